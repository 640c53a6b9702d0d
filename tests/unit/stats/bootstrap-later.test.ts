// The bootstrap computed later (where there is no Web Worker, as here, in a task of its own): the same interval as
// computed at once, and nothing given once cancelled.
import { describe, expect, it } from 'vitest';
import { bootstrapMedianDifference } from '../../../src/lib/stats/bootstrap';
import { bootstrapLater } from '../../../src/lib/stats/bootstrap-later';
import { tallyOf } from '../../../src/lib/stats/tally';

const A = [24, 31, 12, 40, 18, 22, 27, 35, 9, 51, 24, 19, 28, 33, 16];
const B = [14, 19, 22, 11, 17, 25, 9, 13, 20, 18, 16, 12];
// What the view sends: each group's lengths tallied.
const [TA, TB] = [tallyOf(A), tallyOf(B)];

/** Resolves after every task queued before it (the job's own task is queued first). */
const afterQueued = () => new Promise<'later'>((resolve) => setTimeout(() => resolve('later')));

describe('bootstrapLater', () => {
	it('gives the same seeded interval as bootstrapMedianDifference, and not before the current task ends', async () => {
		let settled = false;
		const job = bootstrapLater(TA, TB, { resamples: 500, seed: 3 });
		job.result.then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		expect(await job.result).toEqual(bootstrapMedianDifference(A, B, { resamples: 500, seed: 3 }));
		expect(await bootstrapLater(TA, TB).result).toEqual(bootstrapMedianDifference(A, B));
	});
	it('a cancelled job never answers; the next one does', async () => {
		const first = bootstrapLater(TA, TB);
		first.cancel();
		const second = bootstrapLater(TB, TA);
		expect(await Promise.race([first.result, afterQueued()])).toBe('later');
		expect(await second.result).toEqual(bootstrapMedianDifference(B, A));
	});
	it('the bootstrap’s own errors reach the caller', async () => {
		await expect(bootstrapLater(tallyOf([]), TB).result).rejects.toThrow('at least one value in each group');
	});
});
