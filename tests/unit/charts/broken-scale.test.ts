// The broken year scale (src/lib/charts/scales/broken.ts): which gaps it cuts, where the stretches go, the ticks.
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { layoutSegments, scaleBroken, splitDomain } from '../../../src/lib/charts/scales/broken';

// The default corpus: Lenin 1902-09 and 1906-08-29 (its 1904 preface), Stalin 1917-08-08, Trotsky 1918-04-21,
// Lutte Ouvrière 2017-10-20, as fractional years.
const CORPUS = [1902.71, 1904.04, 1906.66, 1917.6, 1918.3, 2017.8];

describe('splitDomain', () => {
	it('cuts the one long empty stretch of the default corpus, padding each side by a year', () => {
		expect(splitDomain(CORPUS)).toEqual([
			{ data: [1902.71, 1918.3], domain: [1901, 1920] },
			{ data: [2017.8, 2017.8], domain: [2016, 2019] }
		]);
	});

	it('keeps evenly spread years in one stretch, padded as a linear axis would be', () => {
		// span 100, pad max(1, 3% of 100) = 3
		expect(splitDomain([1900.5, 1950.5, 2000.5])).toEqual([{ data: [1900.5, 2000.5], domain: [1897, 2004] }]);
		const yearly = Array.from({ length: 30 }, (_, i) => 1900.5 + i);
		expect(splitDomain(yearly)).toHaveLength(1);
	});

	it('never cuts two values apart, nor a gap of ten years or less', () => {
		expect(splitDomain([1902.5, 2017.5])).toHaveLength(1);
		expect(splitDomain([1900, 1901, 1902, 1912])).toHaveLength(1);
		expect(splitDomain([1900, 1901, 1902, 1913])).toHaveLength(2);
	});

	it('cuts every long gap between clusters', () => {
		const s = splitDomain([1800.5, 1801.5, 1900.5, 1905.5, 1910.5, 2017.5]);
		expect(s.map((x) => x.domain)).toEqual([
			[1799, 1803],
			[1899, 1912],
			[2016, 2019]
		]);
	});

	it('falls back to [0, 1] without values', () => {
		expect(splitDomain([])).toEqual([{ data: [0, 1], domain: [0, 1] }]);
		expect(splitDomain([NaN])).toEqual([{ data: [0, 1], domain: [0, 1] }]);
	});
});

describe('layoutSegments', () => {
	it('gives every stretch the same px per year, with a break between them', () => {
		// 1000 px − 18 px break = 982 px for 19 + 3 years → 44.64 px a year
		const [a, b] = layoutSegments([[1901, 1920], [2016, 2019]], [0, 1000]);
		expect(a[0]).toBe(0);
		expect(b[1]).toBeCloseTo(1000, 9);
		expect(b[0] - a[1]).toBeCloseTo(18, 9);
		expect((a[1] - a[0]) / 19).toBeCloseTo((b[1] - b[0]) / 3, 9);
		expect((a[1] - a[0]) / 19).toBeCloseTo(982 / 22, 9);
	});

	it('keeps a lone year wide enough for its label', () => {
		// 300 px − 18 = 282; 1 year of 41 would get 6.9 px: it gets 44, the 40 years share 238
		const [a, b] = layoutSegments([[1900, 1940], [2016, 2017]], [0, 300]);
		expect(b[1] - b[0]).toBeCloseTo(44, 9);
		expect(a[1] - a[0]).toBeCloseTo(238, 9);
	});
});

describe('scaleBroken', () => {
	const x = scaleBroken().domain(CORPUS).range([0, 1000]);

	it('places each value at its true year inside its stretch, in order, and inverts', () => {
		const [s1, s2] = x.segments();
		const k = (s1.range[1] - s1.range[0]) / 19;
		expect(x(1917.6) - x(1906.66)).toBeCloseTo((1917.6 - 1906.66) * k, 9);
		expect(x(2017.8)).toBeCloseTo(s2.range[0] + (2017.8 - 2016) * k, 9);
		const px = CORPUS.map(x);
		expect([...px].sort((a, b) => a - b)).toEqual(px);
		for (const v of CORPUS) expect(x.invert(x(v))).toBeCloseTo(v, 9);
	});

	it('gives the crowded years most of the width (a linear axis gave them a sixth)', () => {
		const linear = scaleLinear().domain([1899, 2021]).range([0, 1000]);
		expect(x(1918.3) - x(1902.71)).toBeGreaterThan(5 * (linear(1918.3) - linear(1902.71)));
		expect(x(1918.3) - x(1917.6)).toBeGreaterThan(25);
	});

	it('reports its break in data and px', () => {
		const [s1, s2] = x.segments();
		expect(x.breaks()).toEqual([{ from: 1920, to: 2016, x0: s1.range[1], x1: s2.range[0] }]);
	});

	it('ticks whole years on each side of the break, clear of it, and the lone year itself', () => {
		const ticks = x.ticks(12);
		const [b] = x.breaks();
		expect(ticks.every(Number.isInteger)).toBe(true);
		expect(ticks.filter((t) => t < b.from).length).toBeGreaterThanOrEqual(3);
		expect(ticks.filter((t) => t > b.to)).toEqual([2017]);
		for (const t of ticks) expect(Math.min(Math.abs(x(t) - b.x0), Math.abs(x(t) - b.x1))).toBeGreaterThanOrEqual(16);
	});

	it('at a narrow width still labels both sides', () => {
		const narrow = scaleBroken().domain(CORPUS).range([0, 370]);
		expect(narrow.ticks(6)).toEqual([1905, 1910, 1915, 2017]);
	});

	it('without a long gap is the linear scale over the padded extent', () => {
		const even = [1900.5, 1950.5, 2000.5];
		const b = scaleBroken().domain(even).range([0, 800]);
		const l = scaleLinear().domain([1897, 2004]).range([0, 800]);
		expect(b.breaks()).toEqual([]);
		for (const v of [...even, 1897, 2004]) expect(b(v)).toBeCloseTo(l(v), 9);
		expect(b.ticks(10)).toEqual(l.ticks(10));
	});

	it('copies keep their values and range, and are independent', () => {
		const c = x.copy();
		expect(c.domain()).toEqual(CORPUS);
		expect(c.range()).toEqual([0, 1000]);
		c.range([0, 500]);
		expect(x.range()).toEqual([0, 1000]);
		expect(c(2017.8)).not.toBeCloseTo(x(2017.8), 3);
	});
});
