// The pipeline on worker threads writes what it writes on one thread, row for row; and every stage reports progress.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzeCorpus, type StageName } from '../../../analysis/src/pipeline';
import { workersFor } from '../../../analysis/src/segment/pool';
import { compareDatabases } from '../../../scripts/db/compare';
import { cleanupTemp, DEFAULT_CORPUS, FIXTURES, tempDir } from './helpers';

afterAll(cleanupTemp);

describe('worker threads', () => {
	it('two workers give the same rows in every table as one thread hosting both lanes, on the default corpus', async () => {
		const one = await analyzeCorpus({ corpus: DEFAULT_CORPUS, out: tempDir(), workers: 0, lanes: 2 });
		const two = await analyzeCorpus({ corpus: DEFAULT_CORPUS, out: tempDir(), workers: 2, lanes: 2 });
		expect(two.workers).toBe(2);
		expect(two.documents).toEqual(one.documents);
		const tables = await compareDatabases(one.path!, two.path!);
		expect(tables.length).toBeGreaterThan(7);
		for (const t of tables) expect(t, t.table).toMatchObject({ rowsA: t.rowsB, differ: 0 });
		expect(tables.find((t) => t.table === 'tokens')!.rowsA).toBeGreaterThan(40_000);
	}, 180_000);

	it('a small corpus stays on this thread; a large one gets a worker per lane, up to the cores', () => {
		expect(workersFor(231_546, 2)).toBe(0);
		expect(workersFor(10_000_000, 2)).toBe(2);
		expect(workersFor(600_000, 8)).toBe(2);
		expect(workersFor(100_000_000, 8)).toBe(2);
		expect(workersFor(10_000_000, 1)).toBe(0);
	});
});

describe('progress', () => {
	it('every stage reports its steps: cleaning and segmenting each document, then the writer’s steps', async () => {
		const seen: [StageName, number, number][] = [];
		let words = 0;
		const r = await analyzeCorpus(
			{ corpus: join(FIXTURES, 'tiny'), out: tempDir() },
			{
				onStage: (stage, steps) => void seen.push([stage, steps, 0]),
				onStep: (n) => {
					seen[seen.length - 1][2]++;
					words += n ?? 0;
				}
			}
		);
		expect(seen.map(([s]) => s)).toEqual(['cleaning', 'segmenting', 'writing']);
		for (const [stage, steps, done] of seen) expect(done, stage).toBe(steps);
		expect(seen[0][1]).toBe(r.documents.length);
		expect(seen[2][1]).toBeGreaterThan(10);
		expect(words).toBe(r.n_words);
	});
});
