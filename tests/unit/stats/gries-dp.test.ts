// Gries' DP and DPnorm on worked examples.
import { describe, expect, it } from 'vitest';
import { griesDP } from '../../../src/lib/stats/gries-dp';

describe('griesDP', () => {
	it("Gries' (2008) five-part example: DP = 0.18", () => {
		// sizes 9, 10, 10, 10, 11 of 50 words → s = .18 .20 .20 .20 .22
		// counts 1, 2, 3, 4, 5 of 15        → p = .0667 .1333 .2000 .2667 .3333
		// |p − s| = .1133 + .0667 + 0 + .0667 + .1133 = .36 → DP = .18; DPnorm = .18 / (1 − .18) = .219512
		const d = griesDP([1, 2, 3, 4, 5], [9, 10, 10, 10, 11])!;
		expect(d.dp).toBeCloseTo(0.18, 12);
		expect(d.dpNorm).toBeCloseTo(0.18 / 0.82, 12);
	});
	it('is 0 when the term follows the part sizes exactly', () => {
		expect(griesDP([2, 4, 2], [100, 200, 100])!.dp).toBeCloseTo(0, 14);
	});
	it('all in one of four equal parts: DP = .75, DPnorm = 1', () => {
		// p = 1 0 0 0, s = .25 each: ½(.75 + .25 + .25 + .25) = .75; DPnorm = .75 / (1 − .25) = 1
		const d = griesDP([0, 6, 0, 0], [10, 10, 10, 10])!;
		expect(d.dp).toBeCloseTo(0.75, 14);
		expect(d.dpNorm).toBeCloseTo(1, 14);
	});
	it('is undefined without occurrences', () => {
		expect(griesDP([0, 0], [5, 5])).toBeNull();
		expect(() => griesDP([1], [1, 2])).toThrow();
	});
});
