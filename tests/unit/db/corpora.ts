// Describe blocks with a real corpus's database open: the default corpus (analysed first if need be) and the State of
// the Union when it has been analysed here (`npm run corpus:sotu`; a fresh clone has none, so those blocks are
// skipped there — the 80-address browser test builds its own).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { ensureDefaultCorpus, DEFAULT_DB } from '../../../scripts/start';

export const SOTU_DB = resolve('static/data/sotu/corpus.duckdb');

function describeOn(title: string, path: string, prepare: () => Promise<void>, body: (db: () => NodeRunner) => void) {
	describe(title, () => {
		let db: NodeRunner;
		beforeAll(async () => {
			await prepare();
			db = await NodeRunner.open(path);
		}, 600_000);
		afterAll(() => db?.close());
		body(() => db);
	});
}

/** A describe block with the default corpus's database open (`db()`). */
export const describeOnDefault = (body: (db: () => NodeRunner) => void) =>
	describeOn('on the default corpus', DEFAULT_DB, () => ensureDefaultCorpus(() => {}, true), body);

/** A describe block with the State of the Union's database open (`db()`), skipped when it is not there. */
export const describeOnSotu = (body: (db: () => NodeRunner) => void) =>
	existsSync(SOTU_DB) ? describeOn('on the State of the Union', SOTU_DB, async () => {}, body) : describe.skip('on the State of the Union', () => {});
