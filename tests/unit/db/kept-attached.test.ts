// A corpus opened before on the page stays attached (up to KEEP_ATTACHED corpora and KEEP_BYTES): switching back to it
// opens nothing (no download, no ATTACH, no reads of its facts); one whose engine was stopped is opened again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalAnswers, Query } from '../../../src/lib/db/sql';

const opened: string[] = [];
const closed: string[] = [];
/** Runners the fake engine handed out, by corpus URL; `alive` can be turned off as a stopped engine would. */
const runners = new Map<string, { alive: boolean; local: LocalAnswers[] }>();

vi.mock('../../../src/lib/db/open', () => ({
	openCorpus: ({ url }: { url: string }) => {
		opened.push(url.split('/').at(-2)!);
		const runner = {
			alive: true,
			bytes: 1_000,
			ready: Promise.resolve(true),
			run: async (q: Query) => (/FROM meta/.test(q.sql) ? [{ key: 'corpus_title', value: 'T' }] : []),
			/** What the loader gave the runner to answer locally. */
			local: [] as LocalAnswers[],
			answerLocally: (answers: LocalAnswers) => void runner.local.push(answers),
			close: async () => {
				runner.alive = false;
				closed.push(url.split('/').at(-2)!);
			}
		};
		runners.set(url, runner);
		return runner;
	}
}));

const { CorpusLoader, evictions, KEEP_ATTACHED } = await import('../../../src/lib/db/loader.svelte');

describe('evictions', () => {
	const mb = (corpus: string, n: number) => ({ corpus, bytes: n * 1_048_576 });
	it('lets the least recently opened go beyond the count, never the one just opened', () => {
		expect(evictions([mb('a', 1), mb('b', 1), mb('c', 1)], 3)).toEqual([]);
		expect(evictions([mb('a', 1), mb('b', 1), mb('c', 1), mb('d', 1)], 3)).toEqual(['a']);
		expect(evictions([mb('a', 300)], 3, 256 * 1_048_576)).toEqual([]);
	});
	it('lets go until the kept bytes fit', () => {
		expect(evictions([mb('a', 100), mb('b', 100), mb('c', 100)], 3, 256 * 1_048_576)).toEqual(['a']);
		expect(evictions([mb('a', 10), mb('b', 200), mb('c', 100)], 3, 256 * 1_048_576)).toEqual(['a', 'b']);
	});
});

describe('CorpusLoader', () => {
	beforeEach(() => {
		vi.stubGlobal('location', { href: 'http://localhost/' });
		// No summary.json: every corpus is read from its database.
		vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
		opened.length = closed.length = 0;
		runners.clear();
	});
	afterEach(() => vi.unstubAllGlobals());

	it('switches back to a corpus still attached without opening it again', async () => {
		const loader = new CorpusLoader();
		await loader.load('default');
		const first = loader.runner;
		await loader.load('copy');
		expect(loader.status).toBe('ready');
		await loader.load('default');
		expect(opened).toEqual(['default', 'copy']);
		expect(closed).toEqual([]);
		expect(loader.runner).toBe(first);
		expect(loader.info?.name).toBe('T');
		expect(loader.generation).toBe(3);
		// Each runner was given its local answers once, when its facts were read: a kept one keeps them.
		expect([...runners.values()].map((r) => r.local.length)).toEqual([1, 1]);
	});

	it(`keeps at most ${KEEP_ATTACHED} corpora attached, letting the least recently opened go`, async () => {
		const loader = new CorpusLoader();
		for (const c of ['a', 'b', 'c', 'd']) await loader.load(c);
		expect(closed).toEqual(['a']);
		await loader.load('b');
		await loader.load('a');
		expect(opened).toEqual(['a', 'b', 'c', 'd', 'a']);
		expect(closed).toEqual(['a', 'c']);
	});

	it('opens again a corpus whose engine has stopped', async () => {
		const loader = new CorpusLoader();
		await loader.load('default');
		await loader.load('copy');
		for (const r of runners.values()) r.alive = false;
		await loader.load('default');
		expect(opened).toEqual(['default', 'copy', 'default']);
		expect(loader.status).toBe('ready');
	});
});
