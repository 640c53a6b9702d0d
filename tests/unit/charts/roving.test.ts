// The roving tab stop's order (reading order along the axis the marks spread on) and its keys.
import { describe, expect, it } from 'vitest';
import { moveTo, readingOrder } from '../../../src/lib/charts/layers/roving';
import { keyRange } from '../../../src/lib/charts/layers/brush-keys';

describe('reading order of marks', () => {
	it('a scatter or timeline: left to right, top to bottom within a column', () => {
		const boxes = [
			{ x: 300, y: 10 },
			{ x: 100, y: 80 },
			{ x: 100, y: 20 },
			{ x: 200, y: 50 }
		];
		expect(readingOrder(boxes)).toEqual([2, 1, 3, 0]);
		expect(readingOrder([])).toEqual([]);
	});
	it('a chart of rows (categories on y: lanes, a column of bars): row by row, each left to right', () => {
		const boxes = [
			{ x: 60, y: 90 },
			{ x: 400, y: 10 },
			{ x: 60, y: 50 },
			{ x: 20, y: 11 }
		];
		expect(readingOrder(boxes, true)).toEqual([3, 1, 2, 0]);
		expect(readingOrder(boxes)).toEqual([3, 2, 0, 1]);
	});
	it('marks within a few px share a column', () => {
		expect(readingOrder([{ x: 101, y: 30 }, { x: 100, y: 10 }, { x: 50, y: 90 }])).toEqual([2, 1, 0]);
	});
});

describe('roving keys', () => {
	it('arrows step and stop at the ends; Home and End jump; other keys do nothing', () => {
		expect(moveTo('ArrowRight', 0, 3)).toBe(1);
		expect(moveTo('ArrowDown', 2, 3)).toBe(2);
		expect(moveTo('ArrowLeft', 0, 3)).toBe(0);
		expect(moveTo('ArrowUp', 2, 3)).toBe(1);
		expect(moveTo('Home', 2, 3)).toBe(0);
		expect(moveTo('End', 0, 3)).toBe(2);
		expect(moveTo('Enter', 0, 3)).toBeNull();
		expect(moveTo('ArrowRight', 0, 0)).toBeNull();
	});
});

describe('the keyboard brush', () => {
	const bounds: [number, number] = [1902, 2017];
	it('a first arrow marks the first year; arrows move; shift+arrows widen and narrow at the right end', () => {
		expect(keyRange(null, 'ArrowRight', false, bounds)).toEqual([1902, 1902]);
		expect(keyRange([1902, 1902], 'ArrowRight', false, bounds)).toEqual([1903, 1903]);
		expect(keyRange([1905, 1905], 'ArrowRight', true, bounds)).toEqual([1905, 1906]);
		expect(keyRange([1905, 1906], 'ArrowLeft', true, bounds)).toEqual([1905, 1905]);
		expect(keyRange([1905, 1905], 'ArrowLeft', true, bounds)).toEqual([1905, 1905]);
		expect(keyRange([1905, 1910], 'ArrowLeft', false, bounds)).toEqual([1904, 1909]);
	});
	it('stays inside the axis; Home and End keep the width', () => {
		expect(keyRange([1902, 1904], 'ArrowLeft', false, bounds)).toEqual([1902, 1904]);
		expect(keyRange([2015, 2017], 'ArrowRight', false, bounds)).toEqual([2015, 2017]);
		expect(keyRange([2010, 2017], 'ArrowRight', true, bounds)).toEqual([2010, 2017]);
		expect(keyRange([1950, 1952], 'End', false, bounds)).toEqual([2015, 2017]);
		expect(keyRange([1950, 1952], 'Home', false, bounds)).toEqual([1902, 1904]);
		expect(keyRange([1950, 1952], 'a', false, bounds)).toBeNull();
	});
	it('steps over a stretch cut out of the axis', () => {
		const gaps = [{ from: 1919.5, to: 2016.5 }];
		expect(keyRange([1918, 1919], 'ArrowRight', false, bounds, gaps)).toEqual([2016, 2017]);
		expect(keyRange([2017, 2017], 'ArrowLeft', false, bounds, gaps)).toEqual([1919, 1919]);
		expect(keyRange([1918, 1919], 'ArrowRight', true, bounds, gaps)).toEqual([1918, 2017]);
		expect(keyRange([1905, 1906], 'ArrowRight', false, bounds, gaps)).toEqual([1906, 1907]);
	});
});
