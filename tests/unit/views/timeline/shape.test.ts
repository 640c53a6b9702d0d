// The timeline's marks for the groups, its export rows and its notes.
import { describe, expect, it } from 'vitest';
import { emphasis, exportRows, groupNote, legendNotes } from '../../../../src/lib/views/timeline/shape';
import type { DocumentRow } from '../../../../src/lib/db/queries/documents';

const doc = (doc_id: string, when: number): DocumentRow => ({
	doc_id, title: `T ${doc_id}`, author: 'Ann', date: '1906-08-29', year: 1906, when, kind: 'article', translation: '', published_in: '',
	n_words: 100, n_sentences: 5, mean_sentence: 20, doc_order: 1
});

describe('timeline shape', () => {
	it('rings A; with B "the rest" nothing else changes, with a chosen B the others are dimmed', () => {
		expect(emphasis('A', true)).toBe('A');
		expect(emphasis('B', true)).toBeNull();
		expect(emphasis('', true)).toBeNull();
		expect(emphasis('A', false)).toBe('A');
		expect(emphasis('B', false)).toBe('B');
		expect(emphasis('', false)).toBe('dim');
	});
	it('exports one row per document with its group and its position to a thousandth of a year', () => {
		const rows = exportRows([doc('x', 1906.65847), doc('y', 1917.5)], (id) => (id === 'x' ? 'A' : ''));
		expect(rows.map((r) => [r.doc_id, r.position_year, r.group])).toEqual([
			['x', 1906.658, 'A'],
			['y', 1917.5, '']
		]);
	});
	it('names group A in its notes, and the dated parts when there are some', () => {
		expect(groupNote(0)).toBe('No group A chosen');
		expect(groupNote(1)).toBe('Group A: 1 document (black ring)');
		expect(legendNotes(2, false)).toEqual(['Group A: 2 documents (black ring).']);
		expect(legendNotes(0, true)).toHaveLength(2);
	});
});
