// The incomplete gamma machinery against closed forms and reference quantiles.
import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, chiSquareSurvival, gammaP, gammaPInverse, gammaQ, logGamma } from '../../../src/lib/stats/gamma';
import { normalQuantile, normalSurvival } from '../../../src/lib/stats/normal';

describe('logGamma', () => {
	it('matches factorials and Γ(½) = √π', () => {
		// Γ(5) = 4! = 24; Γ(½) = √π → ln Γ(½) = ½ ln π = 0.5723649429247001
		expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
		expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
		// lgamma(0.3) = 1.0957979948180752, lgamma(1000.7) = 5910.055746911472 (C library lgamma)
		expect(logGamma(0.3)).toBeCloseTo(1.0957979948180752, 11);
		expect(logGamma(1000.7) / 5910.055746911472).toBeCloseTo(1, 13);
	});
});

describe('gammaP / gammaQ', () => {
	it('reduces to the exponential for a = 1', () => {
		// P(1, x) = 1 − e^−x
		for (const x of [0.01, 0.5, 1, 3, 20]) expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
	});
	it('P(3, 2.5) = 1 − e^−2.5 (1 + 2.5 + 2.5²/2)', () => {
		// = 1 − 0.0820850 × 6.625 = 0.4561868841166704
		expect(gammaP(3, 2.5)).toBeCloseTo(1 - Math.exp(-2.5) * (1 + 2.5 + 3.125), 13);
	});
	it('P + Q = 1 on both sides of the series/fraction switch', () => {
		for (const [a, x] of [[2, 1], [2, 5], [50, 49], [50, 52], [0.5, 0.1], [0.5, 9]]) {
			expect(gammaP(a, x) + gammaQ(a, x)).toBeCloseTo(1, 13);
		}
	});
});

describe('gammaPInverse', () => {
	it('inverts P over a grid of shapes and probabilities', () => {
		for (const a of [0.1, 0.5, 1, 2, 7.5, 30, 200]) {
			for (const p of [1e-8, 0.025, 0.3, 0.5, 0.975, 0.999]) {
				const x = gammaPInverse(p, a);
				expect(gammaP(a, x)).toBeCloseTo(p, 10);
			}
		}
	});
	it('matches reference quantiles', () => {
		// Gamma(0.5) 0.3-quantile = 0.07423593091627269; Gamma(200) 0.999-quantile = 246.5658793699739
		expect(gammaPInverse(0.3, 0.5)).toBeCloseTo(0.07423593091627269, 10);
		expect(gammaPInverse(0.999, 200)).toBeCloseTo(246.5658793699739, 8);
	});
});

describe('χ² and normal', () => {
	it('gives the textbook critical values', () => {
		// χ²₁: 3.84 ↔ p 0.0500, 10.83 ↔ p 0.0010; χ²₁ 0.95 quantile = 1.959964² = 3.841459
		expect(chiSquareSurvival(3.84, 1)).toBeCloseTo(0.05004352124870519, 10);
		expect(chiSquareSurvival(10.83, 1)).toBeCloseTo(0.0009986863791802592, 12);
		expect(chiSquareQuantile(0.95, 1)).toBeCloseTo(1.959963984540054 ** 2, 9);
		expect(chiSquareSurvival(0, 1)).toBe(1);
	});
	it('normal tail and quantile', () => {
		expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
		expect(normalQuantile(0.5)).toBeCloseTo(0, 14);
		expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 10);
		expect(normalSurvival(1.96)).toBeCloseTo(0.024997895148220435, 12);
		expect(normalSurvival(-1.96)).toBeCloseTo(1 - 0.024997895148220435, 12);
	});
});
