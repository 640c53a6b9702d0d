// The passages behind a trajectory point (pointFocus): a document, an author, a decade, a facet value or a smoothing
// window, as the passages' address carries them; and the level shown without one in the address (a crowded corpus).
import { describe, expect, it } from 'vitest';
import { chartNotes, documentPoints, pointFocus, poolPoints, smoothPoints } from '../../../../src/lib/views/trajectories/shape';
import { CROWDED_DOCS, shownLevel, trajectorySlice, type TrajectoryState } from '../../../../src/lib/views/trajectories/state';
import { passagesSlice } from '../../../../src/lib/views/passages/state';
import { describeFocus, toTarget } from '../../../../src/lib/views/passages/shape';
import { parseTerms } from '../../../../src/lib/terms/parse';
import { NO_VALUE, type TermDocRow, type TermPoolRow } from '../../../../src/lib/db/queries/terms';

const view = (over: Partial<TrajectoryState>): TrajectoryState => ({ datedParts: true, level: 'documents', x: 'year', colorBy: 'term', ...over });
const pool = (grp: string): TermPoolRow => ({ term: 0, label: 'war', grp, n_docs: 2, first_year: 1913, last_year: 1919, n_words: 100, count: 3, rate: 300 });
const doc = (over: Partial<TermDocRow>): TermDocRow => ({
	term: 0, label: 'war', doc_id: 'd1', section: null, unit: 'd1', title: 'T', author: 'Ann', year: 1917, when: 1917.5,
	date: '1917', doc_order: 1, n_words: 1000, count: 1, rate: 10, ...over
});

describe('pointFocus: the passages behind a point', () => {
	it('a decade: the documents of its ten years; "(none)": the undated ones', () => {
		const [p] = poolPoints([pool('1910s')]);
		expect(pointFocus(p, view({ level: 'decades' }))).toEqual({ term: 'war', years: { from: 1910, to: 1919 } });
		const [q] = poolPoints([pool(NO_VALUE)]);
		expect(pointFocus(q, view({ level: 'decades' }))).toEqual({ term: 'war', undated: true });
	});
	it('a facet value (and "(none)") names the facet and the value', () => {
		const [p] = poolPoints([pool('Whig')], 'party');
		expect(pointFocus(p, view({ level: 'facet', facet: 'party' }))).toEqual({ term: 'war', facet: { name: 'party', value: 'Whig' } });
		const [q] = poolPoints([pool(NO_VALUE)], 'party');
		expect(pointFocus(q, view({ level: 'facet', facet: 'party' }))).toEqual({ term: 'war', facet: { name: 'party', value: NO_VALUE } });
	});
	it('a smoothed point: its window of years, by dated part when parts are counted apart', () => {
		const rows = [doc({}), doc({ doc_id: 'd2', unit: 'd2', year: 1920, when: 1920.5 })];
		const [s] = smoothPoints(documentPoints(rows, 'year', () => '', false), rows, 3);
		expect(s.window).toEqual({ years: 3, docs: 2, from: 1914, to: 1920 });
		expect(pointFocus(s, view({ smooth: 3 }))).toEqual({ term: 'war', partYears: { from: 1914, to: 1920 } });
		expect(pointFocus(s, view({ smooth: 3, datedParts: false }))).toEqual({ term: 'war', years: { from: 1914, to: 1920 } });
	});
	it('a document or a dated part: itself', () => {
		const [p, q] = documentPoints([doc({}), doc({ unit: 'd1#0', section: 'Preface' })], 'year', () => '', false);
		expect(pointFocus(p, view({}))).toEqual({ term: 'war', docId: 'd1' });
		expect(pointFocus(q, view({}))).toEqual({ term: 'war', docId: 'd1', section: 'Preface' });
	});
});

describe('the pooled documents in the passages address', () => {
	const terms = parseTerms('war, peace').terms;
	const roundTrip = (q: string) => {
		const problems: string[] = [];
		const v = passagesSlice.read(new URLSearchParams(q), problems);
		const out = new URLSearchParams();
		passagesSlice.write(v, out);
		return { v, problems, q: decodeURIComponent(out.toString()).replace(/\+/g, ' ') };
	};
	it('decade, undated, window and facet round-trip, become the query target, and are named in the title', () => {
		const d = roundTrip('pt=war&py=1910-1919');
		expect(d.q).toBe('pt=war&py=1910-1919');
		expect(toTarget(d.v.focus!, terms)).toEqual({ term: 0, years: { from: 1910, to: 1919 } });
		expect(describeFocus(d.v.focus!, String)).toBe('“war” in the documents of 1910–1919');
		const u = roundTrip('pt=peace&py=none');
		expect([u.q, toTarget(u.v.focus!, terms)]).toEqual(['pt=peace&py=none', { term: 1, undated: true }]);
		const w = roundTrip('pt=war&pw=-5-3');
		expect([w.q, toTarget(w.v.focus!, terms)]).toEqual(['pt=war&pw=-5-3', { term: 0, partYears: { from: -5, to: 3 } }]);
		const f = roundTrip('pt=war&pf=party&pv=Democratic-Republican');
		expect(toTarget(f.v.focus!, terms)).toEqual({ term: 0, facet: { name: 'party', value: 'Democratic-Republican' } });
		expect(describeFocus(f.v.focus!, String)).toBe('“war” in the documents with party Democratic-Republican');
		expect(describeFocus(roundTrip(`pt=war&pf=party&pv=${NO_VALUE}`).v.focus!, String)).toBe('“war” in the documents without a party');
	});
	it('a malformed range or a facet without its value is named and ignored', () => {
		expect(roundTrip('pt=war&py=1919-1910').problems).toHaveLength(1);
		expect(roundTrip('pt=war&pw=abc').problems).toHaveLength(1);
		const f = roundTrip('pt=war&pf=party');
		expect([f.q, f.problems.length]).toEqual(['pt=war', 1]);
	});
	it('a facet the corpus lacks closes the passages, naming it', () => {
		const problems: string[] = [];
		const { v } = roundTrip('pt=war&pf=colour&pv=red');
		expect(passagesSlice.reconcile!(v, { docIds: [], authors: [], facets: { party: ['Whig'] } }, problems).focus).toBeNull();
		expect(problems[0]).toContain('colour');
		expect(passagesSlice.reconcile!(roundTrip('pt=war&pf=party&pv=Whig').v, { docIds: [], authors: [], facets: { party: ['Whig'] } }, []).focus).not.toBeNull();
	});
});

describe('the level shown without one in the address', () => {
	const docs = (n: number, year: number | null = 1900) => Array.from({ length: n }, () => ({ year }));
	const read = (q: string) => trajectorySlice.read(new URLSearchParams(q), []);
	it(`up to ${CROWDED_DOCS} documents: each document; more (dated): each decade; a chosen level is kept`, () => {
		expect(shownLevel(read(''), docs(CROWDED_DOCS))).toBe('documents');
		expect(shownLevel(read(''), docs(CROWDED_DOCS + 1))).toBe('decades');
		expect(shownLevel(read(''), docs(233, null))).toBe('documents');
		expect(shownLevel(read('level=documents'), docs(233))).toBe('documents');
		expect(shownLevel(read('level=authors'), docs(233))).toBe('authors');
	});
	it('a chosen "each document" is written to the address; no choice writes nothing', () => {
		const write = (v: TrajectoryState) => {
			const p = new URLSearchParams();
			trajectorySlice.write(v, p);
			return p.toString();
		};
		expect(write(read(''))).toBe('');
		expect(write(read('level=documents'))).toBe('level=documents');
		expect(write({ ...read(''), level: 'documents', auto: undefined })).toBe('level=documents');
	});
	it('the note says why decades are shown, and that crowded intervals are muted', () => {
		const p = poolPoints([pool('1910s')]);
		expect(chartNotes(p, { level: 'decades', datedParts: true, defaultedFrom: 233 }, false)[0]).toMatch(/^233 documents, .*pooled by decade/);
		const d = documentPoints([doc({})], 'year', () => '', false);
		expect(chartNotes(d, { level: 'documents', datedParts: true, crowded: 233 }, false)[0]).toMatch(/233 documents: intervals muted/);
		expect(chartNotes(d, { level: 'documents', datedParts: true }, false).join(' ')).not.toMatch(/muted|pooled by decade/);
	});
});
