// The rate ratio of A to B: Log Ratio's when both counts are above zero, exact (Clopper–Pearson on a / (a + b), as
// R's poisson.test) when one is zero; worked by hand.
import { describe, expect, it } from 'vitest';
import { logRatio } from '../../../src/lib/stats/log-ratio';
import { rateRatio } from '../../../src/lib/stats/rate-ratio';

describe('rateRatio', () => {
	it('is 2^Log Ratio, with its interval, when both groups have the term', () => {
		// (3/22) / (1/15) = 45/22
		const r = rateRatio(3, 1, 22, 15);
		const lr = logRatio(3, 1, 22, 15);
		expect(r.value).toBeCloseTo(45 / 22, 12);
		expect([r.lower, r.upper]).toEqual([2 ** lr.lower, 2 ** lr.upper]);
		expect(r.method).toBe('log-ratio');
	});
	it('is 0 when A has none, up to the exact upper limit: not "more often in A" for a small A', () => {
		// One address of 7,000 words without the term against 2 in the 1,780,000 words of the rest. Log Ratio's 0.5
		// puts A above B: log2((0.5/7000) / (2/1780000)) = +5.99.
		expect(logRatio(0, 2, 7000, 1_780_000).value).toBeCloseTo(5.99, 2);
		// p = a/(a+b) has the exact upper limit 1 − 0.025^(1/2) = 0.841886 for 0 of 2; the ratio's is
		// p/(1 − p) × 1,780,000/7,000 = 5.32456 × 254.2857 = 1353.96.
		const r = rateRatio(0, 2, 7000, 1_780_000);
		expect(r.value).toBe(0);
		expect(r.lower).toBe(0);
		expect(r.upper).toBeCloseTo(1353.96, 2);
		expect(r.method).toBe('exact');
	});
	it('is unbounded when B has none, from the exact lower limit', () => {
		// 3 in 22 words against 0 in 15: p's lower limit for 3 of 3 is 0.025^(1/3) = 0.292402; the ratio's is
		// 0.292402/0.707598 × 15/22 = 0.281749.
		const r = rateRatio(3, 0, 22, 15);
		expect(r.value).toBe(Infinity);
		expect(r.lower).toBeCloseTo(0.281749, 5);
		expect(r.upper).toBe(Infinity);
	});
	it('has no estimate when neither group has the term, and needs words in both', () => {
		expect(rateRatio(0, 0, 10, 10).value).toBeNaN();
		expect(() => rateRatio(1, 1, 0, 10)).toThrow(/words/);
	});
});
