// summary.json (analysis/src/write/summary.ts) holds exactly what the database answers to the app's first queries,
// and view-answers.json to every view's first questions at the default address (the same rows in the browser's
// engine), both naming the database file; the
// loader seeds a runner with it only when it answers all of what readCorpusInfo reads with the app's own SQL, and
// finds a summary that is not its database's. Any summary.json published under static/data is checked too.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryOf, summaryOfFile, writeSummary } from '../../../analysis/src/write/summary';
import { NodeRunner, withDatabase } from '../../../scripts/db/node-runner';
import { READ_BY_INFO, VIEW_ANSWERS_FILE, agreesWith, readSummary, sameRows, summaryQueries, type GivenAnswer, type Summary } from '../../../src/lib/db/summary';
import { keyOf } from '../../../src/lib/db/answers';
import { toPlainRows } from '../../../src/lib/db/arrow';
import { parseUrl } from '../../../src/lib/state/url';
import { firstQuestions } from '../../../src/lib/views/first-questions';
import { seed, seedViews } from '../../../src/lib/db/loader.svelte';
import { readCorpusInfo } from '../../../src/lib/db/corpus-info';
import { WasmRunner } from '../../../src/lib/db/runner';
import type { Query } from '../../../src/lib/db/sql';

const DEFAULT_DB = 'static/data/default/corpus.duckdb';
let dir: string;
let db: NodeRunner;
let summary: Summary;
/** view-answers.json, written beside it. */
let views: Summary;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tribune-summary-'));
	copyFileSync(DEFAULT_DB, join(dir, 'corpus.duckdb'));
	const path = await writeSummary(join(dir, 'corpus.duckdb'));
	summary = readSummary(JSON.parse(readFileSync(path, 'utf8')))!;
	views = readSummary(JSON.parse(readFileSync(join(dir, VIEW_ANSWERS_FILE), 'utf8')))!;
	db = await NodeRunner.open(DEFAULT_DB);
});
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** A runner whose database is never attached (so whatever it answers was given in advance), and what it was given. */
function recording() {
	const runner = new WasmRunner(new Promise(() => {}));
	const given: GivenAnswer[] = [];
	const seedOf = runner.seed.bind(runner);
	runner.seed = (query: Query, rows: unknown[]) => (given.push({ query, rows }), seedOf(query, rows));
	return { runner, given };
}
const ask = <T extends Record<string, unknown>>(q: Query) => db.run<T>(q);

describe('summary.json', () => {
	it('is written beside the database with the database’s answer to every summary query', async () => {
		expect(summary).not.toBeNull();
		expect(summary.answers.map((a) => a.sql)).toEqual(summaryQueries().map((q) => q.sql));
		for (const a of summary.answers) expect(a.rows).toEqual(await db.run({ sql: a.sql, params: a.params }));
		expect(summary.answers[0].rows.length).toBe(5);
	});

	it('gives the loader the corpus facts without a question to the database', async () => {
		const { runner, given } = recording();
		expect(seed(runner, summary)).toBe(summaryQueries().length);
		// The runner's database never opens: every answer below came from the summary.
		const early = await readCorpusInfo(runner, 'default', 'http://x/data/default/corpus.duckdb');
		const fromDb = await readCorpusInfo(db, 'default', 'http://x/data/default/corpus.duckdb');
		expect(early).toEqual(fromDb);
		expect(await agreesWith(ask, given)).toBe(true);
	});

	it('answers, in view-answers.json, every question the views ask on opening at the default address', async () => {
		const asked: Query[] = [];
		const info = await readCorpusInfo(db, 'default', 'http://x/data/default/corpus.duckdb');
		await firstQuestions(parseUrl('').state, info, async <T extends Record<string, unknown>>(q: Query) => (asked.push(q), db.run<T>(q)));
		// The group members, the trajectories' counts and dated parts, the hits inside the top document, the sentence
		// lengths' five, the contrast's three.
		expect(asked.length).toBeGreaterThanOrEqual(12);
		const given = new Set(views.answers.map((a) => keyOf(a)));
		for (const q of asked) expect(given.has(keyOf(q)), q.sql.slice(0, 100)).toBe(true);
		expect(views.answers.length).toBe(new Set(asked.map(keyOf)).size);
		for (const a of views.answers) expect(a.rows, a.sql.slice(0, 100)).toEqual(await db.run({ sql: a.sql, params: a.params }));
	});

	it('names the database file both answer for; the views’ answers are given only with a summary of the same file', () => {
		expect(summary.database).toMatch(/^[0-9a-f]{16}$/);
		expect(views.database).toBe(summary.database);
		const { runner, given } = recording();
		expect(seedViews(runner, summary, { ...views, database: 'another file' })).toBe(0);
		expect(seedViews(runner, { ...summary, database: undefined }, views)).toBe(0);
		expect(given).toEqual([]);
		expect(seedViews(runner, summary, views)).toBe(views.answers.length);
	});

	it('holds what the browser’s engine (DuckDB-wasm) answers, row for row', async () => {
		const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/blocking'));
		const bundle = { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' };
		const wasm = await createDuckDB({ mvp: { ...bundle, mainModule: join(dist, 'duckdb-mvp.wasm') }, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
		await wasm.instantiate();
		wasm.registerFileBuffer('corpus.duckdb', new Uint8Array(readFileSync(join(dir, 'corpus.duckdb'))));
		const conn = wasm.connect();
		try {
			conn.query(`ATTACH 'corpus.duckdb' AS corpus (READ_ONLY); USE corpus`);
			for (const a of [...summary.answers, ...views.answers]) {
				const table = a.params.length ? conn.prepare(a.sql).query(...a.params) : conn.query(a.sql);
				expect(sameRows(toPlainRows(table), a.rows), a.sql.slice(0, 100)).toBe(true);
			}
		} finally {
			conn.close();
		}
	});

	it('is not used when it lacks one of the facts or was written for other SQL', () => {
		const { runner } = recording();
		const without = { ...summary, answers: summary.answers.filter((_, i) => i !== READ_BY_INFO - 1) };
		expect(seed(runner, without)).toBe(0);
		const otherSql = { ...summary, answers: summary.answers.map((a) => ({ ...a, sql: a.sql + ' ' })) };
		expect(seed(runner, otherSql)).toBe(0);
		expect(readSummary({ format: 2, answers: [] })).toBeNull();
		expect(readSummary({ format: 1, answers: [{ sql: 'x', params: [], rows: [null] }] })).toBeNull();
	});

	it('is found out when it is not its database’s (one title changed)', async () => {
		const { runner, given } = recording();
		const stale = structuredClone(summary);
		stale.answers[0].rows[2] = { ...stale.answers[0].rows[2], title: 'Another title' };
		seed(runner, stale);
		expect(await agreesWith(ask, given)).toBe(false);
	});

	it('leaves out a query an older database cannot answer', async () => {
		const s = await summaryOf({ run: async (q) => (/document_facets/.test(q.sql) ? Promise.reject(new Error('no table')) : db.run(q)) });
		expect(s.answers).toHaveLength(summaryQueries().length - 1);
	});

	it('published under static/data, matches its database', async () => {
		for (const name of readdirSync('static/data')) {
			const path = join('static/data', name, 'summary.json');
			if (!existsSync(path)) continue;
			const published = readSummary(JSON.parse(readFileSync(path, 'utf8')));
			const publishedViews = readSummary(JSON.parse(readFileSync(join('static/data', name, VIEW_ANSWERS_FILE), 'utf8')));
			expect(published, path).not.toBeNull();
			expect(publishedViews?.database, `${name}/${VIEW_ANSWERS_FILE} names another database`).toBe(published!.database);
			const fresh = await summaryOfFile(join('static/data', name, 'corpus.duckdb'));
			expect([...published!.answers, ...publishedViews!.answers], `${path} is not its database's: re-run the analysis`).toEqual(fresh.answers);
		}
	});
});
