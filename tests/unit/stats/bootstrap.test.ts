// The seeded percentile bootstrap of a difference of medians: reproducible, and in agreement with the textbook
// procedure (n single draws per resample) that its multinomial draws stand for.
import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3';
import { bootstrapMedianDifference } from '../../../src/lib/stats/bootstrap';
import { median, quantile } from '../../../src/lib/stats/quantile';

/** The textbook procedure, written the slow obvious way. */
function naive(a: number[], b: number[], resamples: number, seed: number, level: number) {
	const random = randomLcg(seed);
	const draw = (x: number[]) => x.map(() => x[Math.floor(random() * x.length)]);
	const sa = [...a].sort((p, q) => p - q);
	const sb = [...b].sort((p, q) => p - q);
	const diffs: number[] = [];
	for (let r = 0; r < resamples; r++) {
		const ra = draw(sa);
		const rb = draw(sb);
		diffs.push(median(ra) - median(rb));
	}
	return [quantile(diffs, (1 - level) / 2), quantile(diffs, (1 + level) / 2)];
}

const A = [24, 31, 12, 40, 18, 22, 27, 35, 9, 51, 24, 19, 28, 33, 16];
const B = [14, 19, 22, 11, 17, 25, 9, 13, 20, 18, 16, 12];

describe('bootstrapMedianDifference', () => {
	it('the estimate is the observed difference of medians', () => {
		// A sorted: 9 12 16 18 19 22 24 24 27 28 31 33 35 40 51 → median 24; B: 9 11 12 13 14 16 17 18 19 20 22 25 → 16.5
		expect(bootstrapMedianDifference(A, B).estimate).toBe(7.5);
	});
	it('agrees with the textbook procedure (odd and even sizes, ties): the same interval up to Monte Carlo error', () => {
		for (const [a, b, seed] of [[A, B, 1], [A.slice(0, 6), B.slice(0, 9), 42], [[3, 3, 3, 8, 8, 9, 3], [1, 2, 2, 5], 7]] as const) {
			const got = bootstrapMedianDifference(a, b, { resamples: 20_000, seed });
			const [lo, hi] = naive([...a], [...b], 20_000, seed + 1000, 0.95);
			// Both are percentiles of the same discrete distribution of differences, estimated from 20,000 draws each.
			expect(Math.abs(got.lo - lo)).toBeLessThanOrEqual(1);
			expect(Math.abs(got.hi - hi)).toBeLessThanOrEqual(1);
		}
	});
	it('agrees with the textbook procedure on sentence-length-like samples (many distinct values, long tails, several levels)', () => {
		const random = randomLcg(11);
		// Lengths 1–120 words, skewed to the right as sentence lengths are; 70 distinct values or so per sample.
		const lengths = (n: number) => Array.from({ length: n }, () => 1 + Math.floor(-Math.log(1 - random()) * 18) % 120);
		for (const [a, b, seed, level] of [[lengths(400), lengths(250), 3, 0.95], [lengths(401), lengths(3), 9, 0.8], [lengths(60), lengths(500), 4, 0.5]] as const) {
			const got = bootstrapMedianDifference(a, b, { resamples: 20_000, seed, level });
			const [lo, hi] = naive([...a], [...b], 20_000, seed + 1000, level);
			expect(Math.abs(got.lo - lo)).toBeLessThanOrEqual(1);
			expect(Math.abs(got.hi - hi)).toBeLessThanOrEqual(1);
		}
	});
	it('the distribution of resampled medians matches the textbook one (a small case worked exactly)', () => {
		// A = [1, 2] and B = [0]: a resample of A is {1,1}, {1,2}/{2,1} or {2,2} with probabilities ¼, ½, ¼, so its
		// median is 1, 1.5 or 2 and the difference's 2.5% and 97.5% percentiles are 1 and 2.
		const r = bootstrapMedianDifference([1, 2], [0], { resamples: 4000, seed: 5 });
		expect([r.lo, r.hi]).toEqual([1, 2]);
		expect(r.estimate).toBe(1.5);
	});
	it('is reproducible with a seed, and states its settings', () => {
		const r1 = bootstrapMedianDifference(A, B);
		const r2 = bootstrapMedianDifference([...A].reverse(), B);
		expect(r1).toEqual(r2);
		expect([r1.resamples, r1.seed, r1.level]).toEqual([2000, 1, 0.95]);
		expect(r1.lo).toBeLessThanOrEqual(r1.estimate);
		expect(r1.hi).toBeGreaterThanOrEqual(r1.estimate);
		// The seed is used: with few resamples, intervals from different seeds are not all the same.
		const few = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(bootstrapMedianDifference(A, B, { seed, resamples: 20 }))));
		expect(few.size).toBeGreaterThan(1);
	});
	it('a shift of 10 moves the interval by 10', () => {
		const shifted = B.map((x) => x + 10);
		const r = bootstrapMedianDifference(A, B, { seed: 3 });
		const s = bootstrapMedianDifference(A, shifted, { seed: 3 });
		expect(s.lo).toBeCloseTo(r.lo - 10, 12);
		expect(s.hi).toBeCloseTo(r.hi - 10, 12);
	});
	it('one value each: every resample is the same', () => {
		expect(bootstrapMedianDifference([5], [3])).toMatchObject({ estimate: 2, lo: 2, hi: 2 });
	});
	it('a narrower level gives a narrower interval', () => {
		const wide = bootstrapMedianDifference(A, B, { level: 0.95 });
		const narrow = bootstrapMedianDifference(A, B, { level: 0.5 });
		expect(narrow.hi - narrow.lo).toBeLessThan(wide.hi - wide.lo);
	});
	it('refuses empty groups and bad settings', () => {
		expect(() => bootstrapMedianDifference([], [1])).toThrow(RangeError);
		expect(() => bootstrapMedianDifference([1], [1], { resamples: 0 })).toThrow(RangeError);
		expect(() => bootstrapMedianDifference([1], [1], { level: 1 })).toThrow(RangeError);
	});
});
