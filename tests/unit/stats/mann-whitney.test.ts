// Mann–Whitney U on a worked example by hand and on published R wilcox.test outputs.
import { describe, expect, it } from 'vitest';
import { exactUCdf, mannWhitney, midRanks, rankSum } from '../../../src/lib/stats/mann-whitney';

describe('mid-ranks', () => {
	it('gives tied values the mean of their ranks and counts Σ(t³ − t)', () => {
		// sorted: 1 2 3 3 3 5 → ranks 1 2 4 4 4 6; one tie of 3: 27 − 3 = 24
		const { ranks, tieTerm } = midRanks([3, 1, 3, 5, 2, 3]);
		expect(Array.from(ranks)).toEqual([4, 1, 4, 6, 2, 4]);
		expect(tieTerm).toBe(24);
	});
});

describe('rank sum of two samples sorted apart', () => {
	// The definition: A's mid-ranks in the pooled sample, summed (midRanks).
	const bySlowPath = (a: number[], b: number[]) => {
		const { ranks, tieTerm } = midRanks([...a, ...b]);
		let rankSumA = 0;
		for (let i = 0; i < a.length; i++) rankSumA += ranks[i];
		return { rankSumA, tieTerm };
	};
	it('equals the pooled mid-ranks on the worked example and on ties, negatives and fractions', () => {
		expect(rankSum([3, 5, 5, 9], [1, 5, 7])).toEqual({ rankSumA: 17, tieTerm: 24 });
		for (const [a, b] of [
			[[2, 2, 2], [2, 2]],
			[[-1.5, 0, 0, 3.25], [0, 3.25, 7, -1.5, -1.5]],
			[[1], [2]],
			[[9, 8, 7], [1, 2, 3]]
		])
			expect(rankSum(a, b)).toEqual(bySlowPath(a, b));
	});
	it('equals the pooled mid-ranks on sentence-length-like samples (many ties, unsorted)', () => {
		// A fixed pseudo-random sequence (LCG): lengths 1–120, 5,000 in A and 3,000 in B.
		let x = 12345;
		const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), 1 + (x % 120));
		const a = Array.from({ length: 5000 }, next);
		const b = Array.from({ length: 3000 }, next);
		expect(rankSum(a, b)).toEqual(bySlowPath(a, b));
		expect(mannWhitney(a, b).u).toBe(bySlowPath(a, b).rankSumA - (5000 * 5001) / 2);
	});
	it('refuses values that are not finite, in either sample', () => {
		for (const [a, b] of [[[1, Infinity], [1]], [[1], [-Infinity, 2]], [[1], [NaN]]]) expect(() => rankSum(a, b)).toThrow(RangeError);
	});
});

describe('Mann–Whitney U, worked by hand', () => {
	// A = 3 5 5 9, B = 1 5 7. Pooled: 1(B) 3(A) 5(A) 5(A) 5(B) 7(B) 9(A) → ranks 1, 2, 4, 4, 4, 6, 7.
	// R_A = 2 + 4 + 4 + 7 = 17; U_A = 17 − 4·5/2 = 7 (pairs: 3>1; each 5: >1, =5 (½) → 1.5; 9 > all 3 → 1 + 3 + 3 = 7).
	// Ties: one group of three → Σ(t³ − t) = 24; σ² = (12/12)·(8 − 24/(7·6)) = 52/7.
	// z = (7 − 6 − ½)/√(52/7) = 0.18345; p = 2·(1 − Φ(0.18345)) = 2·(1 − 0.57278) = 0.85445.
	const r = mannWhitney([3, 5, 5, 9], [1, 5, 7]);
	it('U, the effect size and the method', () => {
		expect(r.u).toBe(7);
		expect(r.uB).toBe(5);
		expect(r.effect).toBeCloseTo(7 / 12, 15);
		expect(r.ties).toBe(true);
		expect(r.method).toBe('normal');
	});
	it('z with the tie and continuity corrections, and the two-sided p', () => {
		expect(r.z!).toBeCloseTo(0.5 / Math.sqrt(52 / 7), 12);
		expect(r.p).toBeCloseTo(0.85445, 4);
	});
	it('is symmetric: B against A swaps U and keeps p', () => {
		const s = mannWhitney([1, 5, 7], [3, 5, 5, 9]);
		expect([s.u, s.uB, s.p]).toEqual([5, 7, r.p]);
		expect(s.effect).toBeCloseTo(5 / 12, 15);
	});
	it('without the continuity correction', () => {
		expect(mannWhitney([3, 5, 5, 9], [1, 5, 7], { correct: false }).z!).toBeCloseTo(1 / Math.sqrt(52 / 7), 12);
	});
});

describe('against published R wilcox.test outputs', () => {
	it('mtcars: wilcox.test(mpg ~ am) → W = 42, p = 0.001871391 (ties: normal approximation)', () => {
		const mpg = [21, 21, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 32.4, 30.4, 33.9,
			21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4];
		const am = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1];
		const r = mannWhitney(mpg.filter((_, i) => am[i] === 0), mpg.filter((_, i) => am[i] === 1));
		expect([r.nA, r.nB, r.u, r.method]).toEqual([19, 13, 42, 'normal']);
		expect(r.p).toBeCloseTo(0.001871391, 8);
	});
	it('x = 1 5 9 24 56 21 3 7 21 4 against y = 12 15 5 9 9 14 56 22 3 7 32 5 → W = 51.5, p = 0.5966', () => {
		const x = [1, 5, 9, 24, 56, 21, 3, 7, 21, 4];
		const r = mannWhitney(x, [12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5]);
		expect(r.u).toBe(51.5);
		expect(r.p).toBeCloseTo(0.5966, 4);
		// The same x against y = 1233 4356 987 39999 1111 200000 → W = 0, p = 0.001364
		const s = mannWhitney(x, [1233, 4356, 987, 39999, 1111, 200000]);
		expect(s.u).toBe(0);
		expect(s.effect).toBe(0);
		expect(s.p).toBeCloseTo(0.001364, 6);
	});
	it('exact without ties (R help example, alternative "greater": W = 35, p = 0.1272; two-sided 0.2544)', () => {
		const x = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
		const y = [1.15, 0.88, 0.9, 0.74, 1.21];
		const r = mannWhitney(x, y);
		expect([r.u, r.method, r.z]).toEqual([35, 'exact', null]);
		expect(r.p / 2).toBeCloseTo(0.1272, 4);
	});
});

describe('the exact null distribution of U', () => {
	/** P(U ≤ k) by listing every way to choose which m of the m + n ranks are A's. */
	function brute(m: number, n: number): number[] {
		const counts = new Array(m * n + 1).fill(0);
		let total = 0;
		const walk = (start: number, left: number, sum: number) => {
			if (left === 0) {
				counts[sum - (m * (m + 1)) / 2]++;
				total++;
				return;
			}
			for (let r = start; r <= m + n; r++) walk(r + 1, left - 1, sum + r);
		};
		walk(1, m, 0);
		let acc = 0;
		return counts.map((c) => (acc += c) / total);
	}
	it('equals a full enumeration', () => {
		for (const [m, n] of [[1, 1], [2, 3], [4, 4], [5, 10], [7, 3]]) {
			const got = Array.from(exactUCdf(m, n));
			brute(m, n).forEach((p, k) => expect(got[k], `${m},${n},${k}`).toBeCloseTo(p, 12));
		}
	});
	it('m = n = 2: U is 0, 1, 2, 2, 3, 4 over the six arrangements', () => {
		expect(Array.from(exactUCdf(2, 2))).toEqual([1 / 6, 2 / 6, 4 / 6, 5 / 6, 1]);
	});
	it('gives p = 1 at the centre and the exact tail at the edge', () => {
		// U = 0 for 3 against 3: one arrangement in C(6, 3) = 20 → two-sided p = 0.1
		expect(mannWhitney([1, 2, 3], [4, 5, 6]).p).toBeCloseTo(0.1, 12);
		expect(mannWhitney([1, 4], [2, 3]).p).toBe(1);
	});
});

describe('edge cases', () => {
	it('every value equal: U at the centre, p = 1', () => {
		const r = mannWhitney([5, 5, 5], [5, 5]);
		expect([r.u, r.effect, r.p]).toEqual([3, 0.5, 1]);
	});
	it('refuses an empty sample or a value that is not finite', () => {
		expect(() => mannWhitney([], [1])).toThrow(RangeError);
		expect(() => mannWhitney([1, NaN], [1])).toThrow(RangeError);
	});
	it('large samples use the normal approximation', () => {
		const a = Array.from({ length: 60 }, (_, i) => i * 2 + 0.5);
		const b = Array.from({ length: 60 }, (_, i) => i * 2 + 1);
		const r = mannWhitney(a, b);
		expect(r.method).toBe('normal');
		expect(r.p).toBeGreaterThan(0.5);
	});
});
