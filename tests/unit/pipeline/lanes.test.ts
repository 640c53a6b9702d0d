// wink learns the words it reads, so a document's tokens depend on the documents its wink instance read before: the
// pipeline reads a corpus in lanes fixed by its size (pool.ts), so that the database is the same on any number of cores.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import { lanesFor, threadsFor, workersFor } from '../../../analysis/src/segment/pool';
import { createReader } from '../../../analysis/src/segment/nlp';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { segmentDocument } from '../../../analysis/src/segment/segment';
import { compareDatabases } from '../../../scripts/db/compare';
import { cleanupTemp, FIXTURES, tempDir } from './helpers';

afterAll(cleanupTemp);

/** Four State of the Union excerpts: the first (Obama, 2016: "any President's-alone") teaches wink `President's`. */
const LANES = join(FIXTURES, 'lanes');

describe('lanes', () => {
	it('one thread and two workers write the same rows in every table, though a document teaches wink a word another uses', async () => {
		const one = await analyzeCorpus({ corpus: LANES, out: tempDir(), workers: 0, lanes: 2 });
		const two = await analyzeCorpus({ corpus: LANES, out: tempDir(), workers: 2, lanes: 2 });
		expect(one.workers).toBe(0);
		expect(two.workers).toBe(2);
		const tables = await compareDatabases(one.path!, two.path!);
		expect(tables.length).toBeGreaterThan(7);
		for (const t of tables) expect(t, t.table).toMatchObject({ rowsA: t.rowsB, differ: 0 });
	}, 120_000);

	it('each reader learns on its own: what one read does not change another’s tokens or lemmas', () => {
		const [obama, johnson] = cleanCorpus(loadCorpus(LANES).docs);
		const taught = createReader();
		segmentDocument(obama, undefined, taught);
		const afterLesson = segmentDocument(johnson, undefined, taught);
		const fresh = segmentDocument(johnson, undefined, createReader());
		// wink learned `President's` from Obama's "any President's-alone": the taught reader reads Johnson otherwise.
		expect(fresh.sentences).not.toEqual(afterLesson.sentences);
		// A reader made after the lesson, whose caches are its own, reads as the first reader did before it.
		const other = createReader();
		expect(segmentDocument(johnson, undefined, other)).toEqual(fresh);
	}, 60_000);

	it('the lane count follows the corpus’s size, never the cores; the threads follow both', () => {
		expect(lanesFor(231_546)).toBe(1);
		expect(lanesFor(499_999)).toBe(1);
		expect(lanesFor(500_000)).toBe(2);
		expect(lanesFor(10_000_000)).toBe(2);
		expect(lanesFor(10_000_000, 1)).toBe(1);
		expect(lanesFor(10_000_000, 233)).toBe(2);
		expect(threadsFor(2, 8)).toBe(2);
		expect(threadsFor(2, 1)).toBe(0);
		expect(threadsFor(1, 8)).toBe(0);
		expect(workersFor(10_000_000, 8)).toBe(2);
	});
});
