// The trajectories: rows to points (rates from the query, exact Poisson intervals), units in corpus order, notes.
import { describe, expect, it } from 'vitest';
import {
	authorPoints,
	chartNotes,
	documentPoints,
	drawOrder,
	exportRows,
	MARK_REACH,
	rankRows,
	separate,
	unitOrder
} from '../../../../src/lib/views/trajectories/shape';
import type { TermAuthorRow, TermDocRow } from '../../../../src/lib/db/queries/terms';

/** Group membership as useGroupMembers gives it. */
const groups = (a: string[], b: string[] = []) => (id: string) => (a.includes(id) ? 'A' : b.includes(id) ? 'B' : '') as 'A' | 'B' | '';
const none = groups([]);

const row = (over: Partial<TermDocRow>): TermDocRow => ({
	term: 0, label: 'soviet', doc_id: 'd1', section: null, unit: 'd1', title: 'Title', author: 'Ann', year: 1917, when: 1917.8,
	date: '1917-10', doc_order: 1, n_words: 10000, count: 4, rate: 4, ...over
});

describe('trajectory shape', () => {
	it('a document point: the rate as the query gave it, the 95% Garwood interval, group A ringed, B as itself', () => {
		const rows = [row({}), row({ doc_id: 'd2', unit: 'd2', count: 0, rate: 0 }), row({ doc_id: 'd3', unit: 'd3' })];
		const [p, q, r] = documentPoints(rows, 'year', groups(['d1'], ['d3']), true);
		expect(p).toMatchObject({ key: '0|d1', x: 1917.8, rate: 4, count: 4, words: 10000, emphasis: 'A', years: '1917-10', docId: 'd1' });
		// Garwood interval for 4: 1.0899–10.2416, per 10,000 words here.
		expect(p.lower).toBeCloseTo(1.0899, 3);
		expect(p.upper).toBeCloseTo(10.2416, 3);
		expect(q).toMatchObject({ emphasis: 'dim', lower: 0 });
		expect(r.emphasis).toBe('B');
		expect(documentPoints([row({})], 'order', none, false)[0]).toMatchObject({ x: 'd1', emphasis: null });
	});
	it('a dated part is named by its section and year', () => {
		const [p] = documentPoints([row({ section: 'Preface', unit: 'd1#0', year: 1904 })], 'year', none, false);
		expect(p.name).toBe('Title — Preface (1904)');
		expect(p.section).toBe('Preface');
	});
	it('an author point pools the years', () => {
		const r: TermAuthorRow = { term: 1, label: 'party', author: 'Ann', n_docs: 2, first_year: 1902, last_year: 1917, n_words: 20000, count: 10, rate: 5 };
		expect(authorPoints([r])[0]).toMatchObject({ key: '1|Ann', x: 'Ann', years: '1902–1917', rate: 5, docId: null });
	});
	it('units in corpus order, once each', () => {
		const rows = [row({ doc_id: 'b', unit: 'b', doc_order: 2 }), row({ doc_id: 'a', unit: 'a', doc_order: 1 }), row({ term: 1, doc_id: 'b', unit: 'b', doc_order: 2 })];
		expect(unitOrder(rows).map((r) => r.unit)).toEqual(['a', 'b']);
	});
	it('exports and notes', () => {
		const points = documentPoints([row({ section: 'Preface', unit: 'd1#0' })], 'year', groups(['d1']), true);
		expect(exportRows(points, 'documents')[0]).toMatchObject({ term: 'soviet', level: 'documents', part: 'Preface', rate_per_10k: 4 });
		expect(chartNotes(points, { level: 'documents', datedParts: true }, true)).toHaveLength(4);
		expect(chartNotes(points, { level: 'authors', datedParts: true }, true)).toHaveLength(1);
	});
	it('a part under 1,000 words is tiny (its interval drawn muted), and the notes say so', () => {
		const [small, big] = documentPoints([row({ n_words: 434, count: 1, rate: 23.04 }), row({ doc_id: 'd2', unit: 'd2', n_words: 1000 })], 'year', none, false);
		expect(small.tiny).toBe(true);
		expect(big.tiny).toBe(false);
		expect(chartNotes([small], { level: 'documents', datedParts: false }, false).at(-1)).toMatch(/under 1,000 words/);
		expect(chartNotes([big], { level: 'documents', datedParts: false }, false).join(' ')).not.toMatch(/under 1,000/);
	});
});

describe('reachable marks', () => {
	it('zeros are drawn first, the others keep their order', () => {
		const pts = documentPoints([row({ unit: 'a' }), row({ unit: 'b', count: 0 }), row({ unit: 'c' }), row({ unit: 'd', count: 0 })], 'year', none, false);
		expect(drawOrder(pts).map((p) => p.group)).toEqual(['b', 'd', 'a', 'c']);
	});
	it('a mark closer than the gap to one drawn before moves sideways, right then left, until clear', () => {
		// a at (100, 50); b on top of it → +3 is 3 px away, −3 also, +6 also, −6 also, +9 is clear (gap 9).
		const dx = separate([{ key: 'a', x: 100, y: 50 }, { key: 'b', x: 100, y: 50 }, { key: 'c', x: 100, y: 80 }], 9, 3);
		expect(dx.get('a')).toBe(0);
		expect(dx.get('b')).toBe(9);
		expect(dx.get('c')).toBe(0);
		// a third on the same spot goes left: +9 is taken by b, −9 is clear.
		expect(separate(['a', 'b', 'c'].map((key) => ({ key, x: 0, y: 0 })), 9, 3).get('c')).toBe(-9);
		// After separation no two centres are closer than the gap.
		const marks = Array.from({ length: 30 }, (_, i) => ({ key: String(i), x: (i % 5) * 2, y: (i % 3) * 4 }));
		const off = separate(marks, MARK_REACH, 3);
		const at = marks.map((m) => ({ x: m.x + off.get(m.key)!, y: m.y }));
		for (let i = 0; i < at.length; i++) for (let j = 0; j < i; j++) expect(Math.hypot(at[i].x - at[j].x, at[i].y - at[j].y)).toBeGreaterThanOrEqual(MARK_REACH);
	});
	it('gives the offsets of checking every mark placed before, on random crowds (fractional, negative, coincident)', () => {
		// The reference: the rule as first written, every placed mark checked.
		function everyPair(marks: { key: string; x: number; y: number }[], gap: number, step: number, lo: number, hi: number, maxShift: number) {
			const out = new Map<string, number>();
			const placed: { x: number; y: number }[] = [];
			const clear = (x: number, y: number) => !placed.some((p) => Math.hypot(p.x - x, p.y - y) < gap);
			for (const m of marks) {
				let dx = 0;
				if (!clear(m.x, m.y))
					for (let k = 1; Math.ceil(k / 2) * step <= maxShift; k++) {
						const d = (k % 2 ? 1 : -1) * Math.ceil(k / 2) * step;
						if (m.x + d >= lo && m.x + d <= hi && clear(m.x + d, m.y)) {
							dx = d;
							break;
						}
					}
				out.set(m.key, dx);
				placed.push({ x: m.x + dx, y: m.y });
			}
			return out;
		}
		let seed = 7;
		const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
		for (const [n, width, height, gap] of [[300, 600, 40, MARK_REACH], [700, 300, 10, 9], [200, 50, 50, 4.5]]) {
			const marks = Array.from({ length: n }, (_, i) => ({ key: String(i), x: Math.round(random() * width * 4) / 4 - 20, y: Math.floor(random() * height) }));
			expect(separate(marks, gap, 3, { lo: -20, hi: width })).toEqual(everyPair(marks, gap, 3, -20, width, 300));
		}
	});
	it('in a crowd a mark moves at most maxShift and never out of the plot', () => {
		// 233 documents × 3 terms at zero along a 600 px axis: unbounded, the marks spread hundreds of px past the plot.
		const marks = Array.from({ length: 700 }, (_, i) => ({ key: String(i), x: (i * 7) % 600, y: 0 }));
		const off = separate(marks, MARK_REACH, 3, { lo: 0, hi: 600 });
		for (const m of marks) {
			const x = m.x + off.get(m.key)!;
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(600);
		}
		expect(Math.max(...[...separate(marks, MARK_REACH, 3, { maxShift: 44 }).values()].map(Math.abs))).toBeLessThanOrEqual(44);
	});
});

describe('ranked table', () => {
	const pts = documentPoints(
		[
			row({ unit: 'a', title: 'Alpha', count: 2, n_words: 1000, rate: 20 }),
			row({ unit: 'b', title: 'Beta', count: 9, n_words: 9000, rate: 10 }),
			row({ unit: 'c', title: 'Gamma', count: 0, n_words: 500, rate: 0 }),
			row({ term: 1, unit: 'a', label: 'other', rate: 99 })
		],
		'year',
		none,
		false
	);
	it('one term, by rate descending by default, by count, by name ascending', () => {
		expect(rankRows(pts, 0, 'rate', true).map((p) => p.group)).toEqual(['a', 'b', 'c']);
		expect(rankRows(pts, 0, 'count', true).map((p) => p.group)).toEqual(['b', 'a', 'c']);
		expect(rankRows(pts, 0, 'name', false).map((p) => p.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
		expect(rankRows(pts, 1, 'rate', true).map((p) => p.rate)).toEqual([99]);
	});
});
