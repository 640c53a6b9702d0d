// databaseProblem (src/lib/db/load.ts): a DuckDB file cut short or not a DuckDB file at all is told at once, with the
// fix, before DuckDB-wasm would wait on it; checked on the real default corpus database and copies of it cut short.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { databaseProblem } from '../../src/lib/db/load';
import { URL_MAX_LENGTH, urlLengthProblem } from '../../src/lib/state/url-limit';

const db = readFileSync(join('static', 'data', 'default', 'corpus.duckdb'));

test('the analysed default corpus is a whole DuckDB file', () => {
	expect(databaseProblem(db.subarray(0, 16), db.length)).toBeNull();
});

test('one byte short, or a block short plus a bit, is "truncated" with what to do', () => {
	for (const size of [db.length - 1, db.length - 16_384 - 100, 5000]) {
		const problem = databaseProblem(db.subarray(0, 16), size);
		expect(problem, String(size)).toMatch(/^The file is truncated/);
		expect(problem).toContain('npm run analyze');
	}
});

test('bytes without the DuckDB header are not a database; an empty file is empty', () => {
	expect(databaseProblem(new Uint8Array(16).fill(0x5a), 300_000)).toMatch(/not a readable DuckDB database.*npm run analyze/);
	expect(databaseProblem(new Uint8Array(0), 0)).toMatch(/empty/);
});

test('urlLengthProblem: nothing up to the limit, a notice naming the limit past it', () => {
	expect(urlLengthProblem('x'.repeat(URL_MAX_LENGTH))).toBeNull();
	const notice = urlLengthProblem('x'.repeat(URL_MAX_LENGTH + 1));
	expect(notice).toContain('8,000');
	expect(notice).toContain('8,001');
});
