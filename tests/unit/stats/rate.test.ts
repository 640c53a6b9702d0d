// Rate per 10,000 words.
import { describe, expect, it } from 'vitest';
import { ratePer10k } from '../../../src/lib/stats/rate';

describe('ratePer10k', () => {
	it('scales a count to 10,000 words', () => {
		// 7 in 2,962 words → 7 / 2962 × 10000 = 23.6327 per 10,000
		expect(ratePer10k(7, 2962)).toBeCloseTo(23.632680621201894, 12);
		// 3 in 20 words → 1,500 per 10,000
		expect(ratePer10k(3, 20)).toBe(1500);
		expect(ratePer10k(0, 500)).toBe(0);
	});
	it('has no rate without words', () => {
		expect(ratePer10k(0, 0)).toBeNaN();
	});
});
