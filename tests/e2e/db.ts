// Reads the served corpus database with the Node query runner, to compare what the page shows with the data.
import { join } from 'node:path';
import { withDatabase } from '../../scripts/db/node-runner';

export async function readDb<T>(siteDir: string, query: string, corpus = 'default'): Promise<T[]> {
	return (await withDatabase(join(siteDir, 'data', corpus, 'corpus.duckdb'), (db) => db.rows(query))) as T[];
}
