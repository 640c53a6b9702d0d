// The documents table: sorting (authors by surname, numbers as numbers) and how cells read.
import { describe, expect, it } from 'vitest';
import { cell, countText, firstAscending, matches, pageOf, PAGE_SIZE, sortRows } from '../../../../src/lib/views/documents/shape';
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
	it('sorts dates in time order, partial dates before the full dates they hold, undated first', () => {
		const dated = (id: string, date: string) => ({ ...doc(id, 'X', 1), date });
		const mixed = [dated('d', '1917-10-25'), dated('y', '1917'), dated('u', ''), dated('m', '1917-10'), dated('e', '1905-01-22'), dated('l', '1991')];
		expect(sortRows(mixed, 'date', true).map((d) => d.doc_id)).toEqual(['u', 'e', 'y', 'm', 'd', 'l']);
		expect(sortRows(mixed, 'date', false).map((d) => d.doc_id)).toEqual(['l', 'd', 'm', 'y', 'e', 'u']);
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

describe('documents table: find, pages and the count', () => {
	const sotu = (id: string, author: string, date: string): DocumentRow => ({ ...doc(id, author, 5000), title: `State of the Union ${date}`, date });
	const rows = [sotu('1790', 'George Washington', '1790'), sotu('1861', 'Abraham Lincoln', '1861'), sotu('2021', 'Joseph R Biden', '2021')];
	it('finds by every typed word in title, author or date, case aside', () => {
		expect(rows.filter((d) => matches(d, 'lincoln')).map((d) => d.doc_id)).toEqual(['1861']);
		expect(rows.filter((d) => matches(d, ' union  20')).map((d) => d.doc_id)).toEqual(['2021']);
		expect(rows.filter((d) => matches(d, 'Washington 2021')).length).toBe(0);
		expect(rows.filter((d) => matches(d, '   ')).length).toBe(3);
	});
	it('pages of 15: 233 rows make 16 pages, the last of 8; a page past the end shows the last', () => {
		expect(pageOf(233, 0, 15)).toEqual({ page: 0, pages: 16, start: 0, end: 15 });
		expect(pageOf(233, 15, 15)).toEqual({ page: 15, pages: 16, start: 225, end: 233 });
		expect(pageOf(233, 99, 15).page).toBe(15);
		expect(pageOf(12, 3, 15)).toEqual({ page: 0, pages: 1, start: 0, end: 12 });
		// The table's own page: 10 rows.
		expect(PAGE_SIZE).toBe(10);
		expect(pageOf(233, 23)).toEqual({ page: 23, pages: 24, start: 230, end: 233 });
		expect(pageOf(0, 0)).toEqual({ page: 0, pages: 1, start: 0, end: 0 });
	});
	it('says how many there are and which are shown', () => {
		expect(countText(233, 233, pageOf(233, 0, 15))).toBe('233 documents, showing 1–15');
		expect(countText(233, 233, pageOf(233, 15, 15))).toBe('233 documents, showing 226–233');
		expect(countText(233, 12, pageOf(12, 0))).toBe('12 of 233 documents match, showing 1–10');
		expect(countText(233, 8, pageOf(8, 0))).toBe('8 of 233 documents match');
		expect(countText(233, 0, pageOf(0, 0))).toBe('None of 233 documents match');
		expect(countText(5, 5, pageOf(5, 0))).toBe('5 documents');
		expect(countText(1, 1, pageOf(1, 0))).toBe('1 document');
	});
});
