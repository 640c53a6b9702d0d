// How components reach the open database: `getDb()` gives the runner and the corpus facts (set by DbProvider).
import { getContext, setContext } from 'svelte';
import type { QueryRunner } from './sql';
import type { CorpusInfo } from './loader.svelte';

export interface Db {
	runner: QueryRunner;
	info: CorpusInfo;
}

const KEY = Symbol('tribune:db');

export function setDb(db: Db): Db {
	return setContext(KEY, db);
}

/** The open corpus database. Only inside <DbProvider>, which exists once the database is attached. */
export function getDb(): Db {
	const db = getContext<Db | undefined>(KEY);
	if (!db) throw new Error('getDb() outside <DbProvider>: the database is not open here');
	return db;
}
