// The timeline's lanes (by author, by facet, or one shared lane) and the dodge that keeps marks in a lane apart.
import { describe, expect, it } from 'vitest';
import { ALL, dodge, MAX_AUTHOR_LANES, NO_VALUE, planLanes } from '../../../../src/lib/views/timeline/lanes';

const docs = (n: number) => Array.from({ length: n }, (_, i) => ({ doc_id: `d${i}`, when: 1790 + i }));
const authors = (n: number) => Array.from({ length: n }, (_, i) => `Author ${i}`);

describe('planLanes', () => {
	it('a lane per author while they are few (the default corpus: 3)', () => {
		expect(planLanes(docs(5), ['Lenin', 'Trotsky', 'Stalin'])).toEqual({ by: 'author', lanes: ['Lenin', 'Trotsky', 'Stalin'] });
		expect(planLanes(docs(20), authors(MAX_AUTHOR_LANES)).by).toBe('author');
	});
	it('many authors and a facet of few values: a lane per value, in order of first appearance, no value last', () => {
		// The State of the Union's shape: 42 presidents, parties.
		const party: Record<string, string> = { d0: 'Unaffiliated', d1: 'Federalist', d2: 'Democratic-Republican', d3: 'Democratic', d4: 'Whig', d5: 'Republican', d6: 'Democratic' };
		const plan = planLanes(docs(8), authors(42), [{ name: 'party', valueOf: (id) => party[id] }]);
		expect(plan.by).toBe('facet');
		if (plan.by !== 'facet') return;
		expect(plan.facet).toBe('party');
		expect(plan.lanes).toEqual(['Unaffiliated', 'Federalist', 'Democratic-Republican', 'Democratic', 'Whig', 'Republican', NO_VALUE]);
		expect(plan.laneOf('d7')).toBe(NO_VALUE);
		expect(plan.laneOf('d3')).toBe('Democratic');
	});
	it('skips a facet with one value or too many values; without a usable facet, one shared lane', () => {
		const one = { name: 'genre', valueOf: () => 'address' };
		const many = { name: 'place', valueOf: (id: string) => id };
		expect(planLanes(docs(30), authors(42), [one, many])).toEqual({ by: 'all', lanes: [ALL] });
		const two = { name: 'house', valueOf: (id: string) => (Number(id.slice(1)) % 2 ? 'Senate' : 'House') };
		const plan = planLanes(docs(30), authors(42), [one, many, two]);
		expect(plan.by === 'facet' && plan.facet).toBe('house');
	});
});

describe('dodge', () => {
	it('discs apart along x stay on the centre line', () => {
		expect(dodge([{ x: 0, r: 5 }, { x: 20, r: 5 }, { x: 40, r: 5 }])).toEqual([0, 0, 0]);
	});
	it('discs at one x stack upwards then downwards, each just clearing the last', () => {
		const y = dodge([{ x: 10, r: 4 }, { x: 10, r: 4 }, { x: 10, r: 4 }], 1);
		expect(y).toEqual([0, -9, 9]);
	});
	it('a neighbour 6 px along with radius 5 (need 11) sits sqrt(121 − 36) above', () => {
		const y = dodge([{ x: 0, r: 5 }, { x: 6, r: 5 }], 1);
		expect(y[0]).toBe(0);
		expect(y[1]).toBeCloseTo(-Math.sqrt(85), 9);
	});
	it('no two discs overlap in a crowded lane (233 marks, 5 px apart, radii 2–7)', () => {
		const discs = Array.from({ length: 233 }, (_, i) => ({ x: i * 5, r: 2 + ((i * 37) % 6) }));
		const y = dodge(discs, 1);
		// The worst pair: its distance less the distance it needs (never below zero).
		let worst = Infinity;
		for (let i = 0; i < discs.length; i++)
			for (let j = i + 1; j < discs.length; j++) worst = Math.min(worst, Math.hypot(discs[i].x - discs[j].x, y[i] - y[j]) - (discs[i].r + discs[j].r + 1));
		expect(worst).toBeGreaterThanOrEqual(-1e-6);
		expect(Math.max(...y.map(Math.abs))).toBeLessThan(30);
	});
	it('offsets stay within the limit', () => {
		const y = dodge(Array.from({ length: 9 }, () => ({ x: 0, r: 5 })), 1, 15);
		expect(Math.max(...y.map(Math.abs))).toBe(15);
	});
	it('returns offsets in the input order', () => {
		const y = dodge([{ x: 10, r: 4 }, { x: 0, r: 4 }], 1);
		// x = 0 goes first and stays on the line; x = 10 clears it (need 9 < 10) and stays too.
		expect(y).toEqual([0, 0]);
		const z = dodge([{ x: 5, r: 4 }, { x: 0, r: 4 }], 1);
		expect(z[1]).toBe(0);
		expect(z[0]).toBeCloseTo(-Math.sqrt(81 - 25), 9);
	});
});
