// What the bins input says when the bins asked for are not the bins used.
import { describe, expect, it } from 'vitest';
import { binsCorrection, clampBins } from '../../../../src/lib/views/inside/state';

describe('bins correction', () => {
	it('1000 → 100, 2.5 → 3, 0 → 1 are said; a usable value is not', () => {
		expect(binsCorrection(1000, clampBins(1000))).toBe('At most 100 bins: using 100, not 1000.');
		expect(binsCorrection(2.5, clampBins(2.5))).toBe('Bins are whole: 2.5 rounded to 3.');
		expect(binsCorrection(0, clampBins(0))).toBe('At least 1 bin: using 1, not 0.');
		expect(binsCorrection(NaN, clampBins(NaN))).toBe('Bins is a whole number 1–100: using 10.');
		expect(binsCorrection(20, clampBins(20))).toBeNull();
	});
});
