// Quantiles as DuckDB's quantile_cont (R type 7), on worked examples (the DuckDB cross-check is in tests/unit/db).
import { describe, expect, it } from 'vitest';
import { median, quantile, quantileSorted } from '../../../src/lib/stats/quantile';

describe('quantile (type 7)', () => {
	it('interpolates between order statistics: h = (n − 1)p', () => {
		// 1 2 3 4: p = .25 → h = 0.75 → 1 + 0.75·1; p = .5 → 2.5; p = .9 → h = 2.7 → 3.7
		expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
		expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
		expect(quantile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 12);
		// R: quantile(1:10, 0.9) = 9.1; quantile(c(2, 3, 3, 9, 14), c(.25, .75, .9)) = 3, 9, 12
		expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
		expect([0.25, 0.75].map((p) => quantile([3, 9, 3, 14, 2], p))).toEqual([3, 9]);
		expect(quantile([3, 9, 3, 14, 2], 0.9)).toBeCloseTo(12, 12);
	});
	it('interpolates as DuckDB does, lo·(1 − d) + hi·d, to the last bit', () => {
		// quantile_cont([1, 3], 0.1) is 1.2000000000000002 in DuckDB (0.9 + 0.30000000000000004), not 1 + 0.1·2 = 1.2
		expect(quantile([1, 3], 0.1)).toBe(1.2000000000000002);
		expect(quantile([2, 3, 3, 9, 14], 0.9)).toBe(12.000000000000002);
	});
	it('ends and degenerate samples', () => {
		expect(quantile([5, 1, 9], 0)).toBe(1);
		expect(quantile([5, 1, 9], 1)).toBe(9);
		expect(quantile([7], 0.9)).toBe(7);
		expect(quantile([], 0.5)).toBeNaN();
		expect(median([10, 2, 33])).toBe(10);
		expect(median([10, 2, 33, 4])).toBe(7);
	});
	it('sorts numerically, not as text, and leaves its input alone', () => {
		const v = [10, 9, 100, 1];
		expect(median(v)).toBe(9.5);
		expect(v).toEqual([10, 9, 100, 1]);
		expect(quantileSorted([1, 9, 10, 100], 0.5)).toBe(9.5);
	});
	it('refuses p outside [0, 1]', () => {
		expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
		expect(() => quantile([1, 2], NaN)).toThrow(RangeError);
	});
});
