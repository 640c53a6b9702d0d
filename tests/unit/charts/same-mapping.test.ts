// A frame keeps its scale when the next one maps the same domain to the same range (sameMapping): the marks whose datum
// is the same object then have nothing to redraw.
import { describe, expect, it } from 'vitest';
import { scaleBand, scaleLinear, scaleTime } from 'd3';
import { sameMapping } from '../../../src/lib/charts/frame/context';
import { scaleBroken } from '../../../src/lib/charts/scales/broken';

describe('sameMapping', () => {
	it('numbers, dates (as numbers), categories and a broken axis’s values: equal when domain and range are', () => {
		expect(sameMapping(scaleLinear().domain([0, 10]).range([0, 300]), scaleLinear().domain([0, 10]).range([0, 300]))).toBe(true);
		const d = (s: string) => new Date(s);
		expect(sameMapping(scaleTime().domain([d('1900-01-01'), d('2000-01-01')]), scaleTime().domain([d('1900-01-01'), d('2000-01-01')]))).toBe(true);
		expect(sameMapping(scaleBand().domain(['a', 'b']).range([0, 100]), scaleBand().domain(['a', 'b']).range([0, 100]))).toBe(true);
		const years = [1790, 1791, 1850, 2020];
		expect(sameMapping(scaleBroken().domain(years).range([0, 800]), scaleBroken().domain([...years]).range([0, 800]))).toBe(true);
	});

	it('differs on any value of the domain or the range, their order or their number', () => {
		const base = scaleLinear().domain([0, 10]).range([0, 300]);
		expect(sameMapping(base, scaleLinear().domain([0, 11]).range([0, 300]))).toBe(false);
		expect(sameMapping(base, scaleLinear().domain([0, 10]).range([0, 301]))).toBe(false);
		expect(sameMapping(base, scaleLinear().domain([0, 5, 10]).range([0, 150, 300]))).toBe(false);
		expect(sameMapping(scaleBand().domain(['a', 'b']).range([0, 100]), scaleBand().domain(['b', 'a']).range([0, 100]))).toBe(false);
		expect(sameMapping(scaleBroken().domain([1790, 2020]).range([0, 800]), scaleBroken().domain([1790, 1850, 2020]).range([0, 800]))).toBe(false);
		// A nice domain is compared as it ends up.
		expect(sameMapping(scaleLinear().domain([0, 9.3]).nice(), scaleLinear().domain([0, 9.6]).nice())).toBe(true);
	});
});
