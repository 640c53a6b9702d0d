// A sample as its distinct values and their counts: every figure read from a tally is the figure of the sample
// itself (quantiles to the last bit, as quantileSorted gives them), whether the tallies were pooled by counting
// whole lengths or, for any other values, by sorting.
import { describe, expect, it } from 'vitest';
import { expandTally, poolTallies, quantileTally, subtractTally, sumTally, tallyOf, tallySorted, valueAt } from '../../../src/lib/stats/tally';
import { quantileSorted, sortedNumbers } from '../../../src/lib/stats/quantile';
import { randomLcg } from 'd3';

const sample = (n: number, seed: number, spread = 60) => {
	const random = randomLcg(seed);
	return Array.from({ length: n }, () => Math.floor(random() ** 2 * spread));
};

describe('tally', () => {
	it('counts each distinct value, in ascending order, with the values below each', () => {
		const t = tallyOf([5, 3, 5, 9, 3, 5]);
		expect(Array.from(t.values)).toEqual([3, 5, 9]);
		expect(Array.from(t.counts)).toEqual([2, 3, 1]);
		expect(Array.from(t.below)).toEqual([0, 2, 5, 6]);
		expect(t.n).toBe(6);
		expect(Array.from(expandTally(t))).toEqual([3, 3, 5, 5, 5, 9]);
		expect(sumTally(t)).toBe(30);
		expect([0, 1, 2, 4, 5].map((r) => valueAt(t, r))).toEqual([3, 3, 5, 5, 9]);
		expect(tallyOf([]).n).toBe(0);
		expect(quantileTally(tallyOf([]), 0.5)).toBeNaN();
	});
	it('gives the quantiles of the sorted sample, to the last bit', () => {
		for (const [n, seed] of [[1, 1], [2, 2], [7, 3], [100, 4], [5001, 5]]) {
			const xs = sample(n, seed);
			const sorted = sortedNumbers(xs);
			const t = tallySorted(sorted);
			for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) expect(quantileTally(t, p)).toBe(quantileSorted(sorted, p));
		}
		expect(() => quantileTally(tallyOf([1]), 1.5)).toThrow('0 ≤ p ≤ 1');
	});
	it('pools samples as the tally of all their values: by counting, or by sorting values that are not small whole numbers', () => {
		const parts = [sample(300, 1), sample(40, 2), [], sample(1000, 3, 200)];
		const pooled = poolTallies(parts.map(tallyOf));
		expect(pooled).toEqual(tallyOf(parts.flat()));
		// Negative, fractional and very large values: sorted instead, with the same result.
		for (const odd of [[-2, 5, 5], [1.5, 3, 1.5], [70000, 2, 2]]) expect(poolTallies([tallyOf(odd), tallyOf([2, 5])])).toEqual(tallyOf([...odd, 2, 5]));
		const one = tallyOf([4, 4, 1]);
		expect(poolTallies([one])).toBe(one);
	});
	it('takes a part out of a whole: the tally of the rest, values no longer present dropped', () => {
		const parts = [sample(300, 1), sample(40, 2), sample(1000, 3, 200)];
		const whole = poolTallies(parts.map(tallyOf));
		expect(subtractTally(whole, tallyOf(parts[1]))).toEqual(tallyOf([...parts[0], ...parts[2]]));
		// 1 2 2 5 without 2 5: 1 2 (5 gone)
		expect(subtractTally(tallyOf([1, 2, 2, 5]), tallyOf([2, 5]))).toEqual(tallyOf([1, 2]));
		expect(subtractTally(tallyOf([3, 3]), tallyOf([3, 3])).n).toBe(0);
		// A part that is not one: a value the whole lacks, or more of one than it has.
		expect(() => subtractTally(tallyOf([1, 2]), tallyOf([4]))).toThrow(/4 occurs 1 times in the part, 0 in the whole/);
		expect(() => subtractTally(tallyOf([1, 2]), tallyOf([2, 2]))).toThrow(/2 occurs 2 times in the part, 1 in the whole/);
	});
});
