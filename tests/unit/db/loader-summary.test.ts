// The loader with a summary.json: the page is shown (status ready, the corpus facts from the summary) before the
// database is attached; once the runner says the summary agreed, nothing is rebuilt; when it did not, the facts are read
// again from the database and the views rebuilt; a summary that never arrives does not hold the page. The views wait
// for view-answers.json (of the same database), not past the database's readiness. The runner answers the groups'
// documents locally only from documents checked against the database.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalAnswers, Query } from '../../../src/lib/db/sql';
import { SUMMARY_FORMAT, summaryQueries } from '../../../src/lib/db/summary';
import { documentsQuery } from '../../../src/lib/db/queries/documents';
import { groupDocsQuery } from '../../../src/lib/db/groups';

const TITLE = { key: 'corpus_title', value: 'From the summary' };
/** One document in the summary, another in the database: which of them the runner's local answers hold. */
const doc = (doc_id: string) => ({ doc_id, author: 'An Author', year: 1917 });
const isDocuments = (q: Query) => q.sql === documentsQuery().sql;
/** What the database answers. */
const fromDatabase = (q: Query) =>
	/FROM meta/.test(q.sql) ? [{ key: 'corpus_title', value: 'From the database' }] : isDocuments(q) ? [doc('from-database')] : [];
/** The fake engine's runner: ready when the test says, with what the runner found (true: the summary agreed). */
let open: {
	resolve: (agreed: boolean) => void;
	runner: { seeded: string[]; checks: number; local: LocalAnswers[]; run: (q: Query) => Promise<unknown[]> };
} | null = null;
/** The documents local answers put in the groups (both groups `rest`: every document, in A). */
const localDocs = (answers: LocalAnswers) => answers(groupDocsQuery({ a: { kind: 'rest' }, b: { kind: 'rest' } }))?.map((r) => r.doc_id);

vi.mock('../../../src/lib/db/open', () => ({
	openCorpus: () => {
		let resolve = (_: boolean) => {};
		const ready = new Promise<boolean>((r) => (resolve = r));
		const given = new Map<string, unknown[]>();
		const runner = {
			alive: true,
			bytes: 1_000,
			ready,
			seeded: [] as string[],
			seed(q: Query, rows: unknown[]) {
				given.set(q.sql, rows);
				runner.seeded.push(q.sql);
				return true;
			},
			run: async (q: Query) => {
				if (given.has(q.sql)) return given.get(q.sql)!;
				await ready;
				return fromDatabase(q);
			},
			/** Every answerLocally, in order. */
			local: [] as LocalAnswers[],
			answerLocally(answers: LocalAnswers) {
				runner.local.push(answers);
			},
			checks: 0,
			/** The views' answers asked of the database at idle: they agree here. */
			checkGiven: async () => {
				runner.checks++;
				return true;
			},
			close: async () => undefined
		};
		open = { resolve, runner };
		return runner;
	}
}));

const { CorpusLoader } = await import('../../../src/lib/db/loader.svelte');

const summaryBody = () => ({
	format: SUMMARY_FORMAT,
	answers: summaryQueries().map((q) => ({ ...q, rows: /FROM meta/.test(q.sql) ? [TITLE] : isDocuments(q) ? [doc('from-summary')] : [] }))
});
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('CorpusLoader with summary.json', () => {
	beforeEach(() => {
		vi.stubGlobal('location', { href: 'http://localhost/' });
		open = null;
	});
	afterEach(() => vi.unstubAllGlobals());

	it('shows the corpus from the summary before the database is ready, and keeps it when the summary agreed', async () => {
		vi.stubGlobal('fetch', async () => new Response(JSON.stringify(summaryBody()), { status: 200 }));
		const loader = new CorpusLoader();
		const loading = loader.load('default');
		await vi.waitFor(() => expect(loader.status).toBe('ready'));
		expect(loader.info?.name).toBe('From the summary');
		expect(open!.runner.seeded).toHaveLength(summaryQueries().length);
		const generation = loader.generation;
		await settle();
		// The summary's documents are not the runner's to answer from until the database has said they are its own.
		expect(open!.runner.local).toEqual([]);
		open!.resolve(true);
		await loading;
		expect(loader.generation).toBe(generation);
		expect(loader.info?.name).toBe('From the summary');
		expect(open!.runner.local.map(localDocs)).toEqual([['from-summary']]);
	});

	it('lets the views be drawn once view-answers.json of the same database is in, or at once when it is of another', async () => {
		const VIEW_Q = 'SELECT 1 AS view_answer';
		for (const database of ['abc', 'another file']) {
			let sendViews = (_: Response) => {};
			const views = new Promise<Response>((r) => (sendViews = r));
			vi.stubGlobal('fetch', async (url: string) =>
				/view-answers/.test(url) ? views : new Response(JSON.stringify({ ...summaryBody(), database: 'abc' }), { status: 200 })
			);
			const loader = new CorpusLoader();
			const loading = loader.load('default');
			await vi.waitFor(() => expect(loader.status).toBe('ready'));
			// The first chart is drawn; the views wait for their answers.
			expect(loader.answered).toBe(false);
			sendViews(new Response(JSON.stringify({ format: SUMMARY_FORMAT, database, answers: [{ sql: VIEW_Q, params: [], rows: [{ view_answer: 1 }] }] }), { status: 200 }));
			await vi.waitFor(() => expect(loader.answered).toBe(true));
			expect(open!.runner.seeded.includes(VIEW_Q)).toBe(database === 'abc');
			open!.resolve(true);
			await loading;
			// The views' answers given are checked once the database is ready; none given, none checked.
			expect(open!.runner.checks).toBe(database === 'abc' ? 1 : 0);
		}
	});

	it('lets the views be drawn when view-answers.json never comes, once the database is ready', async () => {
		vi.stubGlobal('fetch', async (url: string) => (/view-answers/.test(url) ? new Promise<Response>(() => {}) : new Response(JSON.stringify(summaryBody()), { status: 200 })));
		const loader = new CorpusLoader();
		const loading = loader.load('default');
		await vi.waitFor(() => expect(loader.status).toBe('ready'));
		await settle();
		expect(loader.answered).toBe(false);
		open!.resolve(true);
		await loading;
		expect(loader.answered).toBe(true);
	});

	it('reads the facts again from the database and rebuilds the views when the summary was not its own', async () => {
		vi.stubGlobal('fetch', async () => new Response(JSON.stringify(summaryBody()), { status: 200 }));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const loader = new CorpusLoader();
		const loading = loader.load('default');
		await vi.waitFor(() => expect(loader.status).toBe('ready'));
		const generation = loader.generation;
		await settle();
		expect(open!.runner.local).toEqual([]);
		// The runner forgot the summary's answers when they disagreed: the database answers now.
		open!.runner.run = async (q: Query) => fromDatabase(q);
		open!.resolve(false);
		await loading;
		expect(loader.generation).toBe(generation + 1);
		expect(loader.info?.name).toBe('From the database');
		// Answered locally from the documents read again, never from the summary's.
		expect(open!.runner.local.map(localDocs)).toEqual([['from-database']]);
	});

	it('does not wait for a summary that never arrives once the database is ready', async () => {
		vi.stubGlobal('fetch', () => new Promise(() => {}));
		const loader = new CorpusLoader();
		const loading = loader.load('default');
		await settle();
		expect(loader.status).toBe('loading');
		open!.resolve(true);
		await loading;
		expect(loader.status).toBe('ready');
		expect(loader.info?.name).toBe('From the database');
		expect(open!.runner.seeded).toEqual([]);
		expect(open!.runner.local.map(localDocs)).toEqual([['from-database']]);
	});
});
