// Exact Poisson (Garwood) intervals against worked values.
import { describe, expect, it } from 'vitest';
import { poissonInterval, poissonRateInterval } from '../../../src/lib/stats/poisson-interval';

describe('poissonInterval', () => {
	it('k = 0: [0, −ln 0.025]', () => {
		// upper solves P(1, x) = 1 − e^−x = 0.975 → x = −ln 0.025 = 3.6888794541139363
		const { lower, upper } = poissonInterval(0);
		expect(lower).toBe(0);
		expect(upper).toBeCloseTo(-Math.log(0.025), 10);
	});
	it('k = 1: lower −ln 0.975, upper solves 1 − e^−x (1 + x) = 0.975', () => {
		// lower: P(1, x) = 0.025 → x = −ln 0.975 = 0.025317807984289786
		// upper: e^−x (1 + x) = 0.025 → x = 5.571643390938898 (check: e^−5.5716 × 6.5716 = 0.02500)
		const { lower, upper } = poissonInterval(1);
		expect(lower).toBeCloseTo(-Math.log(0.975), 12);
		expect(upper).toBeCloseTo(5.571643390938898, 9);
		expect(Math.exp(-upper) * (1 + upper)).toBeCloseTo(0.025, 12);
	});
	it('matches the χ² tables for k = 5, 10, 100', () => {
		// k = 5: χ²(0.025; 10)/2 = 3.24697/2, χ²(0.975; 12)/2 = 23.3367/2
		expect(poissonInterval(5).lower).toBeCloseTo(1.6234863901184207, 9);
		expect(poissonInterval(5).upper).toBeCloseTo(11.66833207932267, 9);
		expect(poissonInterval(10).lower).toBeCloseTo(4.7953886961324335, 9);
		expect(poissonInterval(10).upper).toBeCloseTo(18.39035604201778, 9);
		expect(poissonInterval(100).lower).toBeCloseTo(81.36399125092314, 8);
		expect(poissonInterval(100).upper).toBeCloseTo(121.62679379242638, 8);
	});
	it('rejects counts that are not counts', () => {
		expect(() => poissonInterval(-1)).toThrow();
		expect(() => poissonInterval(1.5)).toThrow();
	});
	it('as a rate: divided by the words, per 10,000', () => {
		// 5 in 2,000 words: rate 25; interval [1.62349, 11.66833] / 2000 × 10000 = [8.1174, 58.3417]
		const r = poissonRateInterval(5, 2000);
		expect(r.lower).toBeCloseTo(8.117431950592104, 8);
		expect(r.upper).toBeCloseTo(58.34166039661335, 8);
	});
});
