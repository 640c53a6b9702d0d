// The Passages panel's sentence list and group filter: the URL form of a length range and a group (pl=, pg=,
// lsort=), the query targets they become, their titles, and the blocks of group A and B.
import { describe, expect, it } from 'vitest';
import { passagesSlice } from '../../../../src/lib/views/passages/state';
import {
	blockStarts,
	describeFocus,
	emptyGroup,
	lengthRange,
	sentenceExportRows,
	sentenceSort,
	toLengthTarget,
	toTarget
} from '../../../../src/lib/views/passages/shape';
import { parseTerms } from '../../../../src/lib/terms/parse';
import type { Groups } from '../../../../src/lib/db/groups';

const read = (q: string) => {
	const problems: string[] = [];
	return { v: passagesSlice.read(new URLSearchParams(q), problems), problems };
};
const write = (v: ReturnType<typeof passagesSlice.defaults>) => {
	const p = new URLSearchParams();
	passagesSlice.write(v, p);
	return p.toString();
};
const groups: Groups = { a: { kind: 'docs', docs: ['d1'] }, b: { kind: 'rest' } };

describe('sentence and group focus in the URL', () => {
	it('round-trips a length range, a group and the sentence order', () => {
		const v = { focus: { docId: 'd1', length: { min: 40, max: 59 }, group: 'A' as const }, sort: 'doc' as const, desc: false, lsort: 'reading' as const };
		expect(write(v)).toBe('pd=d1&pl=40-59&pg=A&lsort=reading');
		expect(read(write(v))).toEqual({ v, problems: [] });
		expect(read('pt=soviet&pg=AB').v.focus).toEqual({ term: 'soviet', group: 'AB' });
		// The default order (longest first) is not written.
		expect(write({ ...v, lsort: undefined })).toBe('pd=d1&pl=40-59&pg=A');
	});
	it('ignores a malformed range or group with a note', () => {
		for (const q of ['pl=9-3', 'pl=abc', 'pl=1-200000', 'pg=C']) {
			const { v, problems } = read(q);
			expect(v.focus, q).toBeNull();
			expect(problems.length, q).toBeGreaterThan(0);
		}
		const { v, problems } = read('pl=5-9&pg=both');
		expect(v.focus).toEqual({ length: { min: 5, max: 9 } });
		expect(problems).toHaveLength(1);
		expect(read('lsort=random').problems).toHaveLength(1);
	});
});

describe('targets and titles', () => {
	const terms = parseTerms('soviet').terms;
	it('a term focus with a group filters by the groups; without the groups it cannot', () => {
		expect(toTarget({ term: 'soviet', group: 'AB' }, terms, groups)).toEqual({ term: 0, group: { which: 'AB', groups } });
		expect(toTarget({ term: 'soviet', group: 'B' }, terms)).toEqual({ term: 0 });
	});
	it('a length focus becomes the sentences’ target; a term focus has none', () => {
		expect(toLengthTarget({ docId: 'd1', section: 'Preface', group: 'A', length: { min: 3, max: 9 } })).toEqual({
			docId: 'd1', section: 'Preface', group: 'A', min: 3, max: 9
		});
		expect(toLengthTarget({ author: 'Ann', length: { min: 0, max: 0 } })).toEqual({ author: 'Ann', min: 0, max: 0 });
		expect(toLengthTarget({ term: 'soviet' })).toBeNull();
	});
	it('orders: longest first, shortest first, reading order', () => {
		expect([sentenceSort('long'), sentenceSort('short'), sentenceSort('reading')]).toEqual([
			{ sort: 'length', descending: true }, { sort: 'length', descending: false }, { sort: 'doc', descending: false }
		]);
	});
	it('titles', () => {
		const title = (id: string) => `Doc ${id}`;
		expect(describeFocus({ length: { min: 40, max: 59 }, group: 'AB' }, title)).toBe('Sentences of 40–59 words in groups A and B');
		expect(describeFocus({ length: { min: 1, max: 1 }, docId: 'd1', section: 'Preface' }, title)).toBe('Sentences of 1 word in Doc d1 — Preface');
		expect(describeFocus({ length: { min: 7, max: 7 }, author: 'Ann', group: 'B' }, title)).toBe('Sentences of 7 words by Ann in group B');
		expect(describeFocus({ term: 'soviet', group: 'A' }, title)).toBe('“soviet” in group A');
		expect(lengthRange({ min: 2, max: 9 })).toBe('2–9 words');
	});
});

describe('blocks of group A and B', () => {
	const row = (grp: 'A' | 'B' | null, group_total: number, total = 5) => ({ grp, group_total, total });
	it('a heading where the group changes, with the group’s count', () => {
		expect(blockStarts([row('A', 2), row('A', 2), row('B', 3), row('B', 3)])).toEqual([{ grp: 'A', total: 2 }, null, { grp: 'B', total: 3 }, null]);
		expect(blockStarts([row(null, 4), row(null, 4)])).toEqual([null, null]);
	});
	it('says which group has nothing when both were asked for', () => {
		expect(emptyGroup('AB', [row('B', 5)])).toBe('A');
		expect(emptyGroup('AB', [row('A', 5)])).toBe('B');
		expect(emptyGroup('AB', [row('A', 2), row('B', 3)])).toBeNull();
		expect(emptyGroup('A', [row('A', 5)])).toBeNull();
		expect(emptyGroup('AB', [])).toBeNull();
	});
	it('exports the sentences with their length and group', () => {
		const [r] = sentenceExportRows([
			{ doc_id: 'd1', sentence_id: 4, title: 'T', author: 'Ann', year: 1905, section: null, grp: 'A', n_words: 12, position: 0.5, text: 'Words.', total: 1, group_total: 1 }
		]);
		expect(r).toEqual({ doc_id: 'd1', title: 'T', author: 'Ann', year: 1905, group: 'A', section: '', sentence: 5, length_words: 12, text: 'Words.' });
	});
});
