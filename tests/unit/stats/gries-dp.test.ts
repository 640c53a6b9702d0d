// Gries' DP and DPnorm on worked examples, by both definitions: the contract's SQL fragment (griesDp in
// src/lib/db/contract/fragments.ts, what the app computes with, run here in native DuckDB) and the independent
// TypeScript definition (src/lib/stats/gries-dp.ts, what the SQL of the keyword contrasts is cross-checked against).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { griesDP } from '../../../src/lib/stats/gries-dp';
import { dpOverParts } from '../../fixtures/gries-dp';

let db: NodeRunner;
beforeAll(async () => {
	db = await NodeRunner.memory();
});
afterAll(() => db?.close());

type Dp = (counts: number[], sizes: number[]) => Promise<{ dp: number; dpNorm: number } | null>;
const definitions: [string, Dp][] = [
	['SQL fragment', (c, s) => dpOverParts(db, c, s)],
	['TypeScript', async (c, s) => griesDP(c, s)]
];

describe.each(definitions)('Gries’ DP (%s)', (_, dpOf) => {
	it("Gries' (2008) five-part example: DP = 0.18", async () => {
		// sizes 9, 10, 10, 10, 11 of 50 words → s = .18 .20 .20 .20 .22
		// counts 1, 2, 3, 4, 5 of 15        → p = .0667 .1333 .2000 .2667 .3333
		// |p − s| = .1133 + .0667 + 0 + .0667 + .1133 = .36 → DP = .18; DPnorm = .18 / (1 − .18) = .219512
		const d = (await dpOf([1, 2, 3, 4, 5], [9, 10, 10, 10, 11]))!;
		expect(d.dp).toBeCloseTo(0.18, 12);
		expect(d.dpNorm).toBeCloseTo(0.18 / 0.82, 12);
	});
	it('is 0 when the term follows the part sizes exactly', async () => {
		// p = .25 .5 .25 = s
		expect((await dpOf([2, 4, 2], [100, 200, 100]))!.dp).toBeCloseTo(0, 14);
	});
	it('all in one of four equal parts: DP = .75, DPnorm = 1', async () => {
		// p = 0 1 0 0, s = .25 each: ½(.25 + .75 + .25 + .25) = .75; DPnorm = .75 / (1 − .25) = 1
		const d = (await dpOf([0, 6, 0, 0], [10, 10, 10, 10]))!;
		expect(d.dp).toBeCloseTo(0.75, 14);
		expect(d.dpNorm).toBeCloseTo(1, 14);
	});
	it('all in the smaller of two parts: DPnorm reaches 1', async () => {
		// s = .2 .8, p = 1 0: ½(.8 + .8) = .8; DPnorm = .8 / (1 − .2) = 1
		const d = (await dpOf([3, 0], [2, 8]))!;
		expect(d.dp).toBeCloseTo(0.8, 14);
		expect(d.dpNorm).toBeCloseTo(1, 14);
	});
	it('is undefined without occurrences, and needs one size per part', async () => {
		expect(await dpOf([0, 0], [5, 5])).toBeNull();
		await expect(dpOf([1], [1, 2])).rejects.toThrow();
	});
});

it('one part: the SQL gives DP 0 and DPnorm 0 by convention', async () => {
	expect(await dpOverParts(db, [4], [9])).toEqual({ dp: 0, dpNorm: 0 });
});
