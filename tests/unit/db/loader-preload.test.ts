// A load begun at the app's start (hooks.client.ts → preload) is taken over by the page's first load of that corpus:
// one engine start, one download, one summary request, the progress so far shown at once, a failure reported by the
// page with its Retry; an early load of another corpus is closed. Only the dashboard's address begins one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadError, type LoadProgress } from '../../../src/lib/db/load';
import type { LocalAnswers } from '../../../src/lib/db/sql';

interface Fake {
	url: string;
	closed: boolean;
	progress: (p: LoadProgress) => void;
	settle: (agreed: boolean) => void;
	fail: (e: Error) => void;
	/** What the loader gave the runner to answer locally. */
	local: LocalAnswers[];
}
let opened: Fake[] = [];

vi.mock('../../../src/lib/db/open', () => ({
	openCorpus: ({ url, onProgress }: { url: string; onProgress: (p: LoadProgress) => void }) => {
		let settle = (_: boolean) => {};
		let fail = (_: Error) => {};
		const ready = new Promise<boolean>((resolve, reject) => ((settle = resolve), (fail = reject)));
		ready.catch(() => undefined);
		const fake: Fake = { url, closed: false, progress: onProgress, settle, fail, local: [] };
		opened.push(fake);
		return {
			alive: true,
			bytes: 1_000,
			ready,
			seed: () => true,
			checkGiven: async () => true,
			answerLocally: (answers: LocalAnswers) => void fake.local.push(answers),
			run: async () => {
				await ready;
				return [];
			},
			close: async () => void (fake.closed = true)
		};
	}
}));

const { CorpusLoader, preload, isDashboardPath } = await import('../../../src/lib/db/loader.svelte');

let fetched: string[] = [];

describe('a load begun at the app start', () => {
	beforeEach(() => {
		vi.stubGlobal('location', { href: 'http://localhost/' });
		fetched = [];
		// No summary: the loader reads the database (the fake answers nothing).
		vi.stubGlobal('fetch', async (url: string) => (fetched.push(String(url)), new Response('', { status: 404 })));
		opened = [];
	});
	afterEach(() => vi.unstubAllGlobals());

	it('is taken over by the first load of its corpus: one engine and download, the progress so far shown', async () => {
		preload('default');
		await vi.waitFor(() => expect(opened).toHaveLength(1));
		opened[0].progress({ stage: 'download', engineReady: false, loaded: 500, total: 1_000 });
		const loader = new CorpusLoader();
		const loading = loader.load('default');
		await vi.waitFor(() => expect(loader.progress.loaded).toBe(500));
		opened[0].settle(true);
		await loading;
		expect(loader.status).toBe('ready');
		expect(opened).toHaveLength(1);
		expect(opened[0].url).toBe('http://localhost/data/default/corpus.duckdb');
		expect(fetched.filter((u) => u.endsWith('summary.json'))).toHaveLength(1);
		// No summary: the local answers come from the documents read from the database, once.
		expect(opened[0].local).toHaveLength(1);
	});

	it('of another corpus is closed, and the page opens its own', async () => {
		preload('other');
		await vi.waitFor(() => expect(opened).toHaveLength(1));
		const loader = new CorpusLoader();
		const loading = loader.load('default');
		await vi.waitFor(() => expect(opened).toHaveLength(2));
		opened[1].settle(true);
		await loading;
		expect(opened[0].closed).toBe(true);
		expect(opened[1].url).toBe('http://localhost/data/default/corpus.duckdb');
		expect(loader.status).toBe('ready');
	});

	it('that failed is reported by the page, and Retry starts a new one', async () => {
		preload('default');
		await vi.waitFor(() => expect(opened).toHaveLength(1));
		opened[0].fail(new LoadError('engine', 'duckdb-eh.wasm', 'The DuckDB engine (WebAssembly) did not start: 404'));
		const loader = new CorpusLoader();
		await loader.load('default');
		expect(loader.status).toBe('error');
		expect(loader.error?.message).toMatch(/did not start: 404/);
		const retrying = loader.retry();
		await vi.waitFor(() => expect(opened).toHaveLength(2));
		opened[1].settle(true);
		await retrying;
		expect(loader.status).toBe('ready');
	});

	it('is taken over once: a later load of the same corpus (Retry) opens it again', async () => {
		preload('default');
		const loader = new CorpusLoader();
		const first = loader.load('default');
		await vi.waitFor(() => expect(opened).toHaveLength(1));
		opened[0].fail(new Error('worker crashed'));
		await first;
		const second = loader.load('default');
		await vi.waitFor(() => expect(opened).toHaveLength(2));
		opened[1].settle(true);
		await second;
		expect(loader.status).toBe('ready');
	});
});

describe('isDashboardPath', () => {
	it('is the root page, at the site root or under a sub-path', () => {
		expect(isDashboardPath('/', '')).toBe(true);
		expect(isDashboardPath('/index.html', '')).toBe(true);
		expect(isDashboardPath('/tribune', '/tribune')).toBe(true);
		expect(isDashboardPath('/tribune/', '/tribune')).toBe(true);
	});
	it('is not another page, nor a page outside the site', () => {
		expect(isDashboardPath('/tables', '')).toBe(false);
		expect(isDashboardPath('/tribune/tables', '/tribune')).toBe(false);
		expect(isDashboardPath('/other/', '/tribune')).toBe(false);
	});
});
