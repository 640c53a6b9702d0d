// The Reader's counter scope (the passages' own term and stretch of the document) and its one-line citation.
import { describe, expect, it } from 'vitest';
import { citation, readerScope } from '../../../../src/lib/views/reader/shape';

describe('the scope the Reader counts', () => {
	it('the passages’ term in the document read, with their bin or part when it is that document', () => {
		expect(readerScope({ term: 'soviet', docId: 'd1', section: 'Preface' }, 'd1')).toEqual({ term: 'soviet', docId: 'd1', section: 'Preface' });
		expect(readerScope({ term: 'soviet', docId: 'd1', bin: { index: 2, count: 10 } }, 'd1')).toEqual({ term: 'soviet', docId: 'd1', bin: { index: 2, count: 10 } });
		// A bin or part of another document does not narrow this one.
		expect(readerScope({ term: 'soviet', docId: 'd2', section: 'Preface' }, 'd1')).toEqual({ term: 'soviet', docId: 'd1' });
	});
	it('one occurrence, an author or a group opens onto all the term’s occurrences in the document', () => {
		expect(readerScope({ term: 'soviet', docId: 'd1', token: 40 }, 'd1')).toEqual({ term: 'soviet', docId: 'd1' });
		expect(readerScope({ term: 'soviet', author: 'Ann', group: 'AB' }, 'd3')).toEqual({ term: 'soviet', docId: 'd3' });
	});
	it('no passages, or a sentence-length list: no scope (every term counts)', () => {
		expect(readerScope(null, 'd1')).toBeNull();
		expect(readerScope({ length: { min: 3, max: 9 }, docId: 'd1' }, 'd1')).toBeNull();
	});
});

describe('citation', () => {
	const base = { author: 'V. I. Lenin', title: 'Lessons of the Moscow Uprising', date: '1906-08-29', sentence: 11, text: 'The  uprising\nbegan.' };
	it('author, quoted title, where published, date, part, sentence number and text on one line', () => {
		expect(citation({ ...base, published_in: 'Proletary, No. 2', section: 'Part I' })).toBe(
			'V. I. Lenin, “Lessons of the Moscow Uprising,” Proletary, No. 2, 1906-08-29, Part I, sentence 12: “The uprising began.”'
		);
	});
	it('leaves out what is unknown; a title ending in ? keeps its own mark; inner double quotes become single', () => {
		expect(citation({ ...base, title: 'What Is To Be Done?', date: '1902', published_in: null, section: null, text: 'They said “no” and "yes".' })).toBe(
			'V. I. Lenin, “What Is To Be Done?” 1902, sentence 12: “They said ‘no’ and \'yes\'.”'
		);
	});
});
