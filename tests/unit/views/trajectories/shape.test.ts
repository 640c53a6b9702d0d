// The trajectories: rows to points (rates from the query, exact Poisson intervals), units in corpus order, notes.
import { describe, expect, it } from 'vitest';
import { authorPoints, chartNotes, documentPoints, exportRows, unitOrder } from '../../../../src/lib/views/trajectories/shape';
import type { TermAuthorRow, TermDocRow } from '../../../../src/lib/db/queries/terms';

const row = (over: Partial<TermDocRow>): TermDocRow => ({
	term: 0, label: 'soviet', doc_id: 'd1', section: null, unit: 'd1', title: 'Title', author: 'Ann', year: 1917, when: 1917.8,
	date: '1917-10', doc_order: 1, n_words: 10000, count: 4, rate: 4, ...over
});

describe('trajectory shape', () => {
	it('a document point: the rate as the query gave it, the 95% Garwood interval, group A ringed', () => {
		const [p, q] = documentPoints([row({}), row({ doc_id: 'd2', unit: 'd2', count: 0, rate: 0 })], 'year', new Set(['d1']));
		expect(p).toMatchObject({ key: '0|d1', x: 1917.8, rate: 4, count: 4, words: 10000, emphasis: 'A', years: '1917-10', docId: 'd1' });
		// Garwood interval for 4: 1.0899–10.2416, per 10,000 words here.
		expect(p.lower).toBeCloseTo(1.0899, 3);
		expect(p.upper).toBeCloseTo(10.2416, 3);
		expect(q).toMatchObject({ emphasis: 'dim', lower: 0 });
		expect(documentPoints([row({})], 'order', new Set())[0]).toMatchObject({ x: 'd1', emphasis: null });
	});
	it('a dated part is named by its section and year', () => {
		const [p] = documentPoints([row({ section: 'Preface', unit: 'd1#0', year: 1904 })], 'year', new Set());
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
		const points = documentPoints([row({ section: 'Preface', unit: 'd1#0' })], 'year', new Set(['d1']));
		expect(exportRows(points, 'documents')[0]).toMatchObject({ term: 'soviet', level: 'documents', part: 'Preface', rate_per_10k: 4 });
		expect(chartNotes(points, { level: 'documents', datedParts: true }, true)).toHaveLength(4);
		expect(chartNotes(points, { level: 'authors', datedParts: true }, true)).toHaveLength(1);
	});
});
