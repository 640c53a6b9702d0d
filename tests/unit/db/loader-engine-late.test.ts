// The first chart does not wait for the engine's script: a load's runner (runner.ts, open.ts) exists at once and
// answers what summary.json gives, while engine.ts (DuckDB-wasm and Arrow, a large script that runs on the page's
// one thread) is still arriving. Here it never arrives: the page is shown from the summary all the same, and the
// questions the summary does not answer wait.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_FORMAT, summaryQueries } from '../../../src/lib/db/summary';

let imported = 0;
vi.mock('../../../src/lib/db/engine', () => {
	imported++;
	return new Promise(() => {});
});

const { CorpusLoader } = await import('../../../src/lib/db/loader.svelte');

describe('CorpusLoader before the engine’s script has arrived', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('shows the corpus from its summary, and keeps every other question waiting', async () => {
		vi.stubGlobal('location', { href: 'http://localhost/' });
		const TITLE = { key: 'corpus_title', value: 'From the summary' };
		const body = { format: SUMMARY_FORMAT, answers: summaryQueries().map((q) => ({ ...q, rows: /FROM meta/.test(q.sql) ? [TITLE] : [] })) };
		vi.stubGlobal('fetch', async (url: string) => (/view-answers/.test(url) ? new Response('', { status: 404 }) : new Response(JSON.stringify(body), { status: 200 })));
		const loader = new CorpusLoader();
		void loader.load('default');
		await vi.waitFor(() => expect(loader.status).toBe('ready'));
		expect(loader.info?.name).toBe('From the summary');
		// The engine's script was asked for (the download and the engine start with the load) and has not come.
		expect(imported).toBe(1);
		let answered = false;
		void loader.runner!.run({ sql: 'SELECT count(*) FROM tokens', params: [] }).then(() => (answered = true));
		await new Promise((r) => setTimeout(r, 20));
		expect(answered).toBe(false);
	});
});
