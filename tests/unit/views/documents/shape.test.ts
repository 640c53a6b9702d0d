// The documents table: sorting (authors by surname, numbers as numbers) and how cells read.
import { describe, expect, it } from 'vitest';
import { cell, firstAscending, sortRows } from '../../../../src/lib/views/documents/shape';
import type { DocumentRow } from '../../../../src/lib/db/queries/documents';

const doc = (doc_id: string, author: string, n_words: number, mean_sentence: number | null = 20.25): DocumentRow => ({
	doc_id, title: doc_id, author, date: '1917', year: 1917, when: 1917.5, kind: '', translation: '', published_in: '',
	n_words, n_sentences: 5, mean_sentence, doc_order: 0
});

describe('documents table shape', () => {
	const rows = [doc('a', 'Leon Trotsky', 900), doc('b', 'V. I. Lenin', 12000), doc('c', 'J. V. Stalin', 80)];
	it('sorts authors by surname and numbers by value, either way', () => {
		expect(sortRows(rows, 'author', true).map((d) => d.doc_id)).toEqual(['b', 'c', 'a']);
		expect(sortRows(rows, 'n_words', true).map((d) => d.doc_id)).toEqual(['c', 'a', 'b']);
		expect(sortRows(rows, 'n_words', false).map((d) => d.doc_id)).toEqual(['b', 'a', 'c']);
		expect(rows.map((d) => d.doc_id)).toEqual(['a', 'b', 'c']);
	});
	it('a number column starts from the largest, a text column from A', () => {
		expect(firstAscending('n_words')).toBe(false);
		expect(firstAscending('title')).toBe(true);
	});
	it('reads cells: thousands separated, the mean to one decimal, empty as a dash', () => {
		expect(cell(rows[1], 'n_words')).toBe('12,000');
		expect(cell(rows[1], 'mean_sentence')).toBe('20.3');
		expect(cell(doc('d', 'X', 1, null), 'mean_sentence')).toBe('—');
		expect(cell(rows[0], 'translation')).toBe('—');
	});
});
