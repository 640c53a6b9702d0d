// Binomial variates against the binomial probabilities (a χ² goodness of fit per case, seeded so that it cannot
// flicker), on both of the sampler's methods and the edges between them, and their cost in uniforms.
import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3';
import { binomialDraw } from '../../../src/lib/stats/binomial';
import { chiSquareSurvival, logGamma } from '../../../src/lib/stats/gamma';

const logPmf = (n: number, p: number, k: number) =>
	logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);

/** χ² of `draws` draws against Binomial(n, p), the tails pooled into cells of expected count ≥ 5; its p-value. */
function goodnessOfFit(n: number, p: number, draws: number, seed: number): { p: number; mean: number } {
	const random = randomLcg(seed);
	const seen = new Map<number, number>();
	let sum = 0;
	let outside = 0;
	for (let i = 0; i < draws; i++) {
		const k = binomialDraw(random, n, p);
		if (!(Number.isInteger(k) && k >= 0 && k <= n)) outside++;
		seen.set(k, (seen.get(k) ?? 0) + 1);
		sum += k;
	}
	expect(outside).toBe(0);
	let chi = 0;
	let cells = 0;
	let pooledE = 0;
	let pooledO = 0;
	for (let k = 0; k <= n; k++) {
		pooledE += draws * Math.exp(logPmf(n, p, k));
		pooledO += seen.get(k) ?? 0;
		if (pooledE >= 5 || k === n) {
			chi += (pooledO - pooledE) ** 2 / Math.max(pooledE, 1e-12);
			cells++;
			pooledE = pooledO = 0;
		}
	}
	return { p: chiSquareSurvival(chi, cells - 1), mean: sum / draws };
}

describe('binomialDraw', () => {
	// Inversion below a mean of 10, BTRS from it; p above ½ by symmetry; a large n with a tiny p (the bootstrap's
	// halving meets it in the sparse tails of a length distribution).
	const cases: [number, number][] = [
		[5, 0.5], [20, 0.3], [40, 0.24], [40, 0.25], [41, 0.25], [300, 0.5], [1000, 0.99], [63_000, 0.0001], [63_000, 0.3], [100_000, 0.00012]
	];
	it.each(cases)('Binomial(%i, %f): the draws fit the probabilities', (n, p) => {
		const fit = goodnessOfFit(n, p, 60_000, 11);
		expect(fit.p).toBeGreaterThan(0.001);
		expect(Math.abs(fit.mean - n * p)).toBeLessThan(5 * Math.sqrt((n * p * (1 - p)) / 60_000) + 1e-9);
	});

	it('a sampler off by one would not fit', () => {
		// The check above has power: the same draws shifted by one fail it (so a passing fit means something).
		const random = randomLcg(11);
		const n = 300;
		const p = 0.5;
		let chi = 0;
		const seen = new Map<number, number>();
		for (let i = 0; i < 60_000; i++) {
			const k = Math.min(n, binomialDraw(random, n, p) + 1);
			seen.set(k, (seen.get(k) ?? 0) + 1);
		}
		let cells = 0;
		for (let k = 110; k <= 190; k++) {
			const e = 60_000 * Math.exp(logPmf(n, p, k));
			chi += ((seen.get(k) ?? 0) - e) ** 2 / e;
			cells++;
		}
		expect(chiSquareSurvival(chi, cells - 1)).toBeLessThan(1e-6);
	});

	it('is exact at the edges: no trials, p of 0 or 1', () => {
		const random = randomLcg(1);
		expect(binomialDraw(random, 0, 0.3)).toBe(0);
		expect(binomialDraw(random, 50, 0)).toBe(0);
		expect(binomialDraw(random, 50, 1)).toBe(50);
	});

	it('costs a few uniforms a draw whatever n (d3’s beta splitting grew with log n, its inversion with n·p)', () => {
		let used = 0;
		const lcg = randomLcg(5);
		const counted = () => (used++, lcg());
		for (const [n, p] of [[1_000_000, 0.3], [1_000_000, 0.000002], [63_000, 0.02]] as const) {
			used = 0;
			for (let i = 0; i < 10_000; i++) binomialDraw(counted, n, p);
			// BTRS accepts about 9 draws in 10 at once (two uniforms each); inversion takes one while n·p < 10.
			expect(used / 10_000).toBeLessThan(3);
		}
	});

	it('is reproducible from its source', () => {
		const draw = (seed: number) => {
			const random = randomLcg(seed);
			return Array.from({ length: 50 }, () => binomialDraw(random, 1000, 0.4));
		};
		expect(draw(9)).toEqual(draw(9));
		expect(draw(9)).not.toEqual(draw(10));
	});
});
