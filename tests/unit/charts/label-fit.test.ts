// Category labels on an axis: which show (no two closer than the gap, evenly thinned) and how they are shortened.
import { describe, expect, it } from 'vitest';
import { fitText, thinLabels } from '../../../src/lib/charts/layers/label-fit';

const row = (n: number, step: number, size: number) => Array.from({ length: n }, (_, i) => ({ pos: i * step, size }));
const shown = (flags: boolean[]) => flags.flatMap((f, i) => (f ? [i] : []));

describe('thinLabels', () => {
	it('shows every label when they clear each other', () => {
		expect(shown(thinLabels(row(5, 50, 40), 6))).toEqual([0, 1, 2, 3, 4]);
	});
	it('keeps every k-th label, k the smallest stride that clears the gap', () => {
		// 42 presidents 20 px apart, labels 50 px wide with a 6 px gap: 56 px needed, so every 3rd (60 px apart).
		const flags = thinLabels(row(42, 20, 50), 6);
		expect(shown(flags)).toEqual(Array.from({ length: 14 }, (_, i) => i * 3));
	});
	it('a left axis: 233 rows of 4 px each, 14 px lines, 2 px gap → every 4th', () => {
		const flags = thinLabels(row(233, 4, 14), 2);
		expect(shown(flags).slice(0, 3)).toEqual([0, 4, 8]);
		expect(shown(flags).length).toBe(59);
	});
	it('uneven widths: one long label forces a longer stride', () => {
		const boxes = [
			{ pos: 0, size: 20 },
			{ pos: 30, size: 20 },
			{ pos: 60, size: 100 },
			{ pos: 90, size: 20 },
			{ pos: 120, size: 20 }
		];
		// Stride 2 keeps 0, 60, 120: the long label (10–110) touches both neighbours; stride 3 keeps 0 and 90.
		expect(shown(thinLabels(boxes, 4))).toEqual([0, 3]);
	});
	it('orders by position, whatever the input order', () => {
		const boxes = [
			{ pos: 40, size: 30 },
			{ pos: 0, size: 30 },
			{ pos: 20, size: 30 }
		];
		// By position: 1 (0), 2 (20), 0 (40); stride 2 keeps 1 and 0.
		expect(thinLabels(boxes, 4)).toEqual([true, true, false]);
	});
	it('one label always shows; none is nothing', () => {
		expect(thinLabels([{ pos: 0, size: 999 }], 10)).toEqual([true]);
		expect(thinLabels([], 10)).toEqual([]);
	});
});

describe('fitText', () => {
	const width = (s: string) => [...s].length * 7;
	it('leaves a label that fits', () => {
		expect(fitText('John Adams', 70, width)).toBe('John Adams');
	});
	it('shortens with an ellipsis to the widest prefix that fits', () => {
		const s = fitText('Dwight D Eisenhower', 70, width);
		expect(s).toBe('Dwight D…');
		expect(width(s)).toBeLessThanOrEqual(70);
	});
	it('keeps at least one character', () => {
		expect(fitText('Washington', 3, width)).toBe('W…');
	});
});
