// G², Log Ratio, weighted log-odds and Benjamini–Hochberg on worked examples (a, b counts; c, d words).
import { describe, expect, it } from 'vitest';
import { g2Significance, logLikelihood } from '../../../src/lib/stats/log-likelihood';
import { logRatio } from '../../../src/lib/stats/log-ratio';
import { informativePrior, logOdds } from '../../../src/lib/stats/log-odds';
import { benjaminiHochberg } from '../../../src/lib/stats/benjamini-hochberg';

describe('logLikelihood', () => {
	it('a = 10 of 1,000 words against b = 20 of 4,000', () => {
		// N = 5000; E1 = 1000 × 30 / 5000 = 6; E2 = 4000 × 30 / 5000 = 24
		// G² = 2 [10 ln(10/6) + 20 ln(20/24)] = 2 [5.10826 − 3.64643] = 2.923650; a/c = .01 > b/d = .005 → +
		// p = P(χ²₁ ≥ 2.92365) = 0.087290
		const r = logLikelihood(10, 20, 1000, 4000);
		expect(r.g2).toBeCloseTo(2.92365020356163, 10);
		expect(r.p).toBeCloseTo(0.08729019706292858, 10);
	});
	it('is negative where B uses the term more, with 0 ln 0 = 0', () => {
		// a = 0, b = 5, c = d = 1000: E1 = E2 = 2.5; G² = 2 (0 + 5 ln 2) = 6.931472, signed −
		const r = logLikelihood(0, 5, 1000, 1000);
		expect(r.g2).toBeCloseTo(-10 * Math.LN2, 12);
		expect(r.p).toBeCloseTo(0.00846919650753501, 12);
	});
	it('is 0 with p = 1 when the term is absent or equally frequent', () => {
		expect(logLikelihood(0, 0, 10, 10)).toEqual({ g2: 0, p: 1 });
		expect(logLikelihood(3, 6, 100, 200).g2).toBeCloseTo(0, 12);
	});
});

describe('logRatio', () => {
	it('twice as frequent in A: 1, interval ± 1.959964 √(1/10 + 1/20) / ln 2', () => {
		// log2(.01/.005) = 1; half-width = 1.959964 × 0.387298 / 0.693147 = 1.095137
		const r = logRatio(10, 20, 1000, 4000);
		expect(r.value).toBeCloseTo(1, 14);
		expect(r.lower).toBeCloseTo(1 - 1.0951365141755023, 10);
		expect(r.upper).toBeCloseTo(1 + 1.0951365141755023, 10);
	});
	it('takes a zero count as 0.5', () => {
		// a = 0 → 0.5: log2((0.5/1000) / (8/1000)) = log2(1/16) = −4
		expect(logRatio(0, 8, 1000, 1000).value).toBeCloseTo(-4, 14);
		expect(logRatio(8, 0, 1000, 1000).value).toBeCloseTo(4, 14);
	});
});

describe('logOdds (informative Dirichlet prior)', () => {
	it('a = 10 / 1,000, b = 20 / 4,000 with the whole corpus as prior (α = 30, α0 = 5,000)', () => {
		// δ = ln(40 / (1000 + 5000 − 10 − 30)) − ln(50 / (4000 + 5000 − 20 − 30))
		//   = ln(40/5960) − ln(50/8950) = −5.003946 − (−5.187385) = 0.183439
		// σ² = 1/40 + 1/50 = 0.045; z = 0.183439 / 0.212132 = 0.864742
		const alpha = informativePrior(30, 5000);
		expect(alpha).toBe(30);
		const r = logOdds(10, 20, 1000, 4000, alpha, 5000);
		expect(r.delta).toBeCloseTo(0.18343949989529573, 12);
		expect(r.variance).toBeCloseTo(0.045, 14);
		expect(r.z).toBeCloseTo(0.8647420954228839, 12);
		expect(r.p).toBeCloseTo(0.38718035921847216, 9);
	});
	it('scales the prior by α0', () => {
		// 30 of 5,000 words with α0 = 500 → α = 500 × 30 / 5000 = 3
		expect(informativePrior(30, 5000, 500)).toBe(3);
	});
});

describe('benjaminiHochberg', () => {
	it('adjusts in the input order', () => {
		// sorted .005 .01 .03 .04 (m = 4): ×4/1 = .02, ×4/2 = .02, ×4/3 = .04, ×4/4 = .04
		expect(benjaminiHochberg([0.01, 0.04, 0.03, 0.005]).map((q) => +q.toFixed(10))).toEqual([0.02, 0.04, 0.04, 0.02]);
	});
	it('is monotone: a q never exceeds the next larger one', () => {
		// .04 × 3/1 = .12 but .041 × 3/2 = .0615 is smaller and comes later → both .0615
		expect(benjaminiHochberg([0.04, 0.041, 0.5]).map((q) => +q.toFixed(10))).toEqual([0.0615, 0.0615, 0.5]);
	});
	it('gives tied p-values one q, as adjusting them in sorted order does (R’s p.adjust)', () => {
		// The textbook procedure: sort, scale by m / rank, running minimum from the top, back to the input's order.
		const reference = (ps: number[]) => {
			const order = ps.map((_, i) => i).sort((x, y) => ps[x] - ps[y]);
			const out: number[] = [];
			let running = 1;
			for (let r = order.length - 1; r >= 0; r--) out[order[r]] = running = Math.min(running, (ps[order[r]] * ps.length) / (r + 1));
			return out;
		};
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		for (const n of [1, 2, 17, 400]) {
			// Coarse values, so that many are tied; 0 and 1 among them.
			const ps = Array.from({ length: n }, () => Math.floor(random() * 12) / 11);
			expect(benjaminiHochberg(ps)).toEqual(reference(ps));
		}
		expect(benjaminiHochberg([0.02, 0.02, 0.02])).toEqual([0.02, 0.02, 0.02]);
	});
	it('caps at 1 and passes NaN through', () => {
		const q = benjaminiHochberg([0.9, NaN, 0.95]);
		expect(q[0]).toBeCloseTo(0.95, 14);
		expect(q[1]).toBeNaN();
		expect(q[2]).toBeCloseTo(0.95, 14);
	});
});

describe('g2Significance', () => {
	it('takes p of |G²| on χ²₁ whatever the sign, and adjusts over all of them', () => {
		// p(±2.92365) = .087290 (logLikelihood above), p(−6.931472) = .008469; m = 3, sorted .008469 .087290 .087290:
		// ×3/1 = .025408, ×3/2 = .130935 > ×3/3 = .087290, which the two tied p's share.
		const { p, q } = g2Significance([2.92365020356163, -10 * Math.LN2, -2.92365020356163]);
		expect(p[0]).toBeCloseTo(0.08729019706292858, 10);
		expect(p[1]).toBeCloseTo(0.00846919650753501, 12);
		expect(p[2]).toBe(p[0]);
		expect(q[0]).toBeCloseTo(0.08729019706292858, 10);
		expect(q[1]).toBeCloseTo(3 * 0.00846919650753501, 12);
		expect(q[2]).toBe(q[0]);
	});
});
