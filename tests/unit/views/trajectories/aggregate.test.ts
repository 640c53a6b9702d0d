// Trajectories at 233 documents: pooled decades and facet values, smoothing over ±k years (pooled, as worked out by
// hand below), the log rate axis's ticks, the export rows and methods of what is drawn, and the slice's URL form.
import { describe, expect, it } from 'vitest';
import { documentPoints, exportRows, methodsText, chartNotes, poolPoints, smoothPoints } from '../../../../src/lib/views/trajectories/shape';
import { trajectorySlice } from '../../../../src/lib/views/trajectories/state';
import { logRateTicks, scaleLogRate } from '../../../../src/lib/charts/scales/log-rate';
import type { TermDocRow, TermPoolRow } from '../../../../src/lib/db/queries/terms';

const row = (over: Partial<TermDocRow>): TermDocRow => ({
	term: 0, label: 'war', doc_id: 'd1', section: null, unit: 'd1', title: 'Title', author: 'Ann', year: 1917, when: 1917.5,
	date: '1917', doc_order: 1, n_words: 10000, count: 4, rate: 4, ...over
});
const none = () => '' as const;

describe('pooled points (decade, facet value)', () => {
	const r: TermPoolRow = { term: 0, label: 'war', grp: '1910s', n_docs: 3, first_year: 1913, last_year: 1919, n_words: 20000, count: 10, rate: 5 };
	it('a decade: its name, its years, the rate with its Poisson interval, no author', () => {
		const [p] = poolPoints([r]);
		expect(p).toMatchObject({ key: '0|1910s', name: '1910s', x: '1910s', years: '1913–1919', rate: 5, author: '', docId: null });
		// Garwood 95% for 10: 4.7954–18.3904, over 20,000 words → per 10,000: 2.3977–9.1952
		expect(p.lower).toBeCloseTo(2.3977, 3);
		expect(p.upper).toBeCloseTo(9.1952, 3);
	});
	it('a facet value is named with its facet; a pool without years has none', () => {
		const [p] = poolPoints([{ ...r, grp: 'Whig', first_year: null, last_year: null }], 'party');
		expect(p).toMatchObject({ name: 'party: Whig', years: '' });
	});
});

describe('smoothing over ±k years', () => {
	// war in four documents: 1900 (2 in 10,000), 1901 (0 in 5,000), 1903 (6 in 10,000), 1910 (1 in 1,000)
	const rows = [
		row({ doc_id: 'a', unit: 'a', year: 1900, count: 2, n_words: 10000 }),
		row({ doc_id: 'b', unit: 'b', year: 1901, count: 0, n_words: 5000 }),
		row({ doc_id: 'c', unit: 'c', year: 1903, count: 6, n_words: 10000 }),
		row({ doc_id: 'd', unit: 'd', year: 1910, count: 1, n_words: 1000 }),
		row({ term: 1, label: 'peace', doc_id: 'a', unit: 'a', year: 1900, count: 100, n_words: 10000 })
	];
	const points = documentPoints(rows, 'year', none, false);
	it('k = 2: each document pools the same term’s documents within two years (counts and words summed)', () => {
		const s = smoothPoints(points, rows, 2);
		// a (1900): a, b → 2 in 15,000 = 1.333; b (1901): a, b, c → 8 in 25,000 = 3.2; c (1903): b, c → 6 in 15,000 = 4;
		// d (1910): alone → 1 in 1,000 = 10; peace is another term, never pooled with war.
		expect(s.map((p) => [p.count, p.words])).toEqual([[2, 15000], [8, 25000], [6, 15000], [1, 1000], [100, 10000]]);
		expect(s[0].rate).toBeCloseTo(1.3333, 4);
		expect(s[1].rate).toBeCloseTo(3.2, 10);
		expect(s[1].window).toEqual({ years: 2, docs: 3, from: 1899, to: 1903 });
		// The interval is the pooled count's: Garwood for 8 is 3.4538–15.7632, over 25,000 words.
		expect(s[1].lower).toBeCloseTo(1.3815, 3);
		expect(s[1].upper).toBeCloseTo(6.3053, 3);
		// d alone: still under 1,000 words? no — exactly 1,000, not tiny; its own numbers
		expect(s[3]).toMatchObject({ tiny: false, rate: 10 });
	});
	it('k = 0 draws the documents as they are', () => {
		expect(smoothPoints(points, rows, 0)).toEqual(points);
	});
	it('exports what is drawn, with the window, and the methods say how it was computed', () => {
		const s = smoothPoints(points, rows, 2);
		expect(exportRows(s, 'documents')[1]).toMatchObject({ count: 8, words: 25000, rate_per_10k: 3.2, smoothing_years: 2, window_documents: 3, window_from: 1899, window_to: 1903 });
		expect(exportRows(points, 'documents')[1]).toMatchObject({ count: 0, smoothing_years: 0, window_documents: null });
		const m = methodsText({ level: 'documents', smooth: 2, yScale: 'log' }, 'lemmas.');
		expect(m).toContain('Smoothed over ±2 years');
		expect(m).toContain('symmetric log');
		expect(methodsText({ level: 'decades' }, 'lemmas.')).toContain('Each decade: counts and words summed over its documents');
		expect(chartNotes(s, { level: 'documents', datedParts: false, smooth: 2 }, false)[1]).toMatch(/±2 years/);
	});
});

describe('log rate axis', () => {
	it('ticks at 0 and 1–2–5 steps, thinned to powers of ten when too many', () => {
		expect(logRateTicks(60, 7)).toEqual([0, 1, 2, 5, 10, 20, 50]);
		expect(logRateTicks(60, 6)).toEqual([0, 1, 5, 10, 50]);
		expect(logRateTicks(60, 4)).toEqual([0, 1, 10]);
		expect(logRateTicks(0.3)).toEqual([0, 1]);
		expect(logRateTicks(500, 6)).toEqual([0, 1, 10, 100]);
	});
	it('keeps zero at the bottom and its ticks through copy()', () => {
		const s = scaleLogRate().copy().domain([0, 100]).range([200, 0]);
		expect(s(0)).toBe(200);
		expect(s(100)).toBe(0);
		// symlog: log(1 + x): 9 sits halfway to 99
		expect(s(Math.sqrt(101) - 1)).toBeCloseTo(100, 6);
		expect(s.copy().ticks(8)).toEqual([0, 1, 2, 5, 10, 20, 50, 100]);
	});
});

describe('the trajectory slice in the address', () => {
	const read = (q: string) => {
		const problems: string[] = [];
		return { v: trajectorySlice.read(new URLSearchParams(q), problems), problems };
	};
	const write = (q: string) => {
		const p = new URLSearchParams();
		trajectorySlice.write(read(q).v, p);
		return p.toString();
	};
	it('decades, facets, log axis and smoothing round-trip', () => {
		expect(write('level=decades&yscale=log&smooth=5')).toBe('level=decades&yscale=log&smooth=5');
		expect(write('level=facet&facet=party')).toBe('level=facet&facet=party');
		expect(write('smooth=0&yscale=linear')).toBe('');
	});
	it('a bad value is named and left at its default', () => {
		expect(read('smooth=99').problems[0]).toMatch(/smooth.*0–50/);
		expect(read('level=facet').v.level).toBe('documents');
		expect(read('yscale=cubic').problems).toHaveLength(1);
	});
	it('a facet the corpus lacks falls back to documents, naming the facets it has', () => {
		const problems: string[] = [];
		const v = trajectorySlice.reconcile!({ ...read('level=facet&facet=colour').v }, { docIds: [], authors: [], facets: { party: ['Whig'] } }, problems);
		expect(v.level).toBe('documents');
		expect(problems[0]).toContain('party');
		expect(trajectorySlice.reconcile!(read('level=facet&facet=party').v, { docIds: [], authors: [], facets: { party: [] } }, []).level).toBe('facet');
	});
});
