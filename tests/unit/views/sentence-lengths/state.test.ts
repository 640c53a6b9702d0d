// The sentence-length view's slice: its URL parameters (defaults left out, malformed ones ignored with a note),
// reconciled with the corpus, its history steps, and which document is shown along its length.
import { describe, expect, it } from 'vitest';
import { lengthsSlice, alongDoc, clampWhole, DEFAULT_WINDOW, lengthUnit, MAX_AUTHOR_ROWS, MAX_BOX_ROWS, selectionSize } from '../../../../src/lib/views/sentence-lengths/state';
import { defaults, historyKey, parseUrl, serializeUrl } from '../../../../src/lib/state/url';

const read = (q: string) => {
	const problems: string[] = [];
	return { v: lengthsSlice.read(new URLSearchParams(q), problems), problems };
};

describe('sentence-length slice', () => {
	it('writes nothing for the defaults', () => {
		const p = new URLSearchParams();
		lengthsSlice.write(lengthsSlice.defaults(), p);
		expect(p.toString()).toBe('');
		expect(read('')).toEqual({ v: { unit: null, bin: null, window: DEFAULT_WINDOW, doc: null, points: false }, problems: [] });
	});
	it('round-trips every field through the whole address', () => {
		const s = defaults();
		s.lengths = { unit: 'authors', bin: 4, window: 60, doc: 'lenin-1906', points: true };
		const text = serializeUrl(s);
		expect(text).toBe('?su=authors&sb=4&sw=60&sd=lenin-1906&sp=1');
		expect(parseUrl(text)).toEqual({ state: s, problems: [] });
	});
	it('ignores malformed values, each with a note', () => {
		const { v, problems } = read('su=sentences&sb=0&sw=5000&sp=maybe');
		expect(v).toEqual(lengthsSlice.defaults());
		expect(problems).toHaveLength(4);
		expect(read('sb=100&sw=1').v).toMatchObject({ bin: 100, window: 1 });
		expect(read('sb=101').problems).toHaveLength(1);
	});
	it('drops a document the corpus does not have', () => {
		const problems: string[] = [];
		const v = { ...lengthsSlice.defaults(), doc: 'gone', window: 9 };
		expect(lengthsSlice.reconcile!(v, { docIds: ['d1'], authors: [] }, problems)).toEqual({ ...v, doc: null });
		expect(problems).toHaveLength(1);
		const kept = { ...v, doc: 'd1' };
		expect(lengthsSlice.reconcile!(kept, { docIds: ['d1'], authors: [] }, [])).toBe(kept);
	});
	it('the unit, the document and the points are history steps; the bin width and the window are not', () => {
		const s = defaults();
		const key = historyKey(s);
		expect(historyKey({ ...s, lengths: { ...s.lengths, bin: 7, window: 99 } })).toBe(key);
		for (const change of [{ unit: 'authors' as const }, { doc: 'd1' }, { points: true }])
			expect(historyKey({ ...s, lengths: { ...s.lengths, ...change } })).not.toBe(key);
	});
	it('the document along: the chosen one, else group A’s first, else the one with most sentences', () => {
		const docs = [{ doc_id: 'a', n_sentences: 10 }, { doc_id: 'b', n_sentences: 30 }, { doc_id: 'c', n_sentences: 30 }];
		expect(alongDoc('c', ['a'], docs)).toBe('c');
		expect(alongDoc(null, ['a', 'b'], docs)).toBe('a');
		expect(alongDoc(null, [], docs)).toBe('b');
		expect(alongDoc(null, [], [])).toBeNull();
	});
	it('a typed number becomes a whole number in range', () => {
		expect([clampWhole(0, 100, 5), clampWhole(7.6, 100, 5), clampWhole(1e6, 100, 5), clampWhole(NaN, 100, 5)]).toEqual([1, 8, 100, 5]);
	});
	it('a box per document, author or group: as chosen, else as many as stay readable', () => {
		expect(read('su=groups').v.unit).toBe('groups');
		expect(read('su=documents').v.unit).toBe('documents');
		// Chosen: kept, however large the selection.
		expect(lengthUnit('documents', { docs: 233, authors: 45 })).toEqual({ unit: 'documents', auto: false });
		expect(lengthUnit('groups', { docs: 2, authors: 1 })).toEqual({ unit: 'groups', auto: false });
		// Not chosen: per document up to MAX_BOX_ROWS documents, then per author up to MAX_AUTHOR_ROWS, then per group.
		expect([MAX_BOX_ROWS, MAX_AUTHOR_ROWS]).toEqual([40, 60]);
		expect(lengthUnit(null, { docs: 40, authors: 40 })).toEqual({ unit: 'documents', auto: true });
		expect(lengthUnit(null, { docs: 41, authors: 12 })).toEqual({ unit: 'authors', auto: true });
		// The State of the Union: 233 speeches by 43 presidents.
		expect(lengthUnit(null, { docs: 233, authors: 43 })).toEqual({ unit: 'authors', auto: true });
		expect(lengthUnit(null, { docs: 500, authors: 60 })).toEqual({ unit: 'authors', auto: true });
		expect(lengthUnit(null, { docs: 500, authors: 61 })).toEqual({ unit: 'groups', auto: true });
	});
	it('the size of a selection: its distinct documents and their authors', () => {
		const authorOf = new Map([['d1', 'Lenin'], ['d2', 'Lenin'], ['d3', 'Trotsky']]);
		expect(selectionSize([{ doc_id: 'd1' }, { doc_id: 'd2' }, { doc_id: 'd3' }], authorOf)).toEqual({ docs: 3, authors: 2 });
		expect(selectionSize([{ doc_id: 'd1' }, { doc_id: 'd1' }], authorOf)).toEqual({ docs: 1, authors: 1 });
		expect(selectionSize([], authorOf)).toEqual({ docs: 0, authors: 0 });
	});
});
