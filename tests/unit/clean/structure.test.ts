// Paragraph structure: list items, headings, paragraphs split on blank lines and re-joined when a blank line breaks a sentence.
import { describe, expect, it } from 'vitest';
import { cleanSnippet } from '../../fixtures/ocr/snippets';

describe('list items', () => {
	it('keeps each bullet item of 004 as its own paragraph, without the bullet glyph', () => {
		const doc = cleanSnippet([
			'Further, after the committee, you propose the following institutions under it:',
			'',
			'  • Discussion meetings (conferences of the «best» revolutionaries).',
			'  • District groups.',
			'  • A propagandists\' group attached to each of these.',
			'',
			'I fully agree with you that all further institutions should be subordinated to the committee.'
		]);
		expect(doc.paragraphs.map((p) => p.text)).toEqual([
			'Further, after the committee, you propose the following institutions under it:',
			'Discussion meetings (conferences of the «best» revolutionaries).',
			'District groups.',
			"A propagandists' group attached to each of these.",
			'I fully agree with you that all further institutions should be subordinated to the committee.'
		]);
		expect(doc.removed).toEqual([]);
	});
	it("keeps the numbered demands of 003 with their numbers (the author's words)", () => {
		const doc = cleanSnippet([
			'It is consequently the task of the advanced workers:',
			'',
			'1) To tear the mask of an organ of popular representation from the face of the conference.',
			'',
			'2) To expose the Mensheviks and Socialist-Revolutionaries.'
		]);
		expect(doc.paragraphs.map((p) => p.text)).toEqual([
			'It is consequently the task of the advanced workers:',
			'1) To tear the mask of an organ of popular representation from the face of the conference.',
			'2) To expose the Mensheviks and Socialist-Revolutionaries.'
		]);
	});
	it('starts an item on a wrapped line only where the previous sentence ended', () => {
		const doc = cleanSnippet(['the demands were these: ', '1) a constituent assembly; ', '2) the eight-hour day. And the workers sent dele', 'gates to meet them on December ', '3) they marched. ']);
		expect(doc.paragraphs.map((p) => p.text)).toEqual([
			'the demands were these:',
			'1) a constituent assembly;',
			'2) the eight-hour day. And the workers sent delegates to meet them on December 3) they marched.'
		]);
	});
});

describe('headings', () => {
	it('keeps a standalone title-case or capitals line as a heading, never merged into the next sentence', () => {
		const doc = cleanSnippet([
			'Yes, this peace treaty is the bill for Tsardom.',
			'',
			'Nicholas II, Milyukov, Kerensky',
			'',
			'But what is the position in our country as regards the political influence of the bourgeoisie?'
		]);
		expect(doc.paragraphs.map((p) => [p.heading, p.text])).toEqual([
			[false, 'Yes, this peace treaty is the bill for Tsardom.'],
			[true, 'Nicholas II, Milyukov, Kerensky'],
			[false, 'But what is the position in our country as regards the political influence of the bourgeoisie?']
		]);
	});
	it('joins a title-case line that completes a paragraph ending in ":" to it, in wrapped text too (synthetic)', () => {
		const doc = cleanSnippet(['The petition was signed by three men, whose names the council ', 'kept in its minutes: ', '', 'Thomas Brown, John Hale, William Reed ', '', 'The company never answered it. ']);
		expect(doc.paragraphs.map((p) => [p.heading, p.text])).toEqual([
			[false, 'The petition was signed by three men, whose names the council kept in its minutes: Thomas Brown, John Hale, William Reed'],
			[false, 'The company never answered it.']
		]);
	});
	it('keeps a # heading after a colon: the # is markup', () => {
		const doc = cleanSnippet(['These were his words:', '', '#THE SECOND LETTER', '', 'Dear friends, I write again.']);
		expect(doc.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(['THE SECOND LETTER']);
	});
	it('does not take a short sentence or a question for a heading', () => {
		const doc = cleanSnippet(['But how is this to be done?', '', 'That is the crux of the matter.', '', 'First Question']);
		expect(doc.paragraphs.map((p) => p.heading)).toEqual([false, false, true]);
	});
});

describe('paragraphs', () => {
	it('splits on blank lines and records the raw line where each paragraph starts', () => {
		const doc = cleanSnippet(['The counter-revolution is entering a new phase.', '', 'But how is this to be done?', '', '', 'That is the crux of the matter.']);
		expect(doc.paragraphs.map((p) => [p.line, p.text])).toEqual([
			[1, 'The counter-revolution is entering a new phase.'],
			[3, 'But how is this to be done?'],
			[6, 'That is the crux of the matter.']
		]);
	});
	it('keeps one paragraph per line in web text without blank lines (002)', () => {
		const long = 'x '.repeat(100);
		const doc = cleanSnippet([`This should bolster all those today who hope to change the world. ${long}`, `Far from having been a coup by the Bolshevik Party. ${long}`]);
		expect(doc.paragraphs).toHaveLength(2);
	});
	it('re-joins a paragraph that a stray blank line broke mid-sentence (000, lines 3–5)', () => {
		const doc = cleanSnippet([
			'LESSONS OF THE MOSCOW UPRISING ',
			'The publication of the book Moscow in December 1905 ',
			'',
			'(Moscow, 1906) could not have been more timely. It is an ',
			'urgent task of the workers\' party to assimilate the lessons '
		]);
		expect(doc.paragraphs.map((p) => p.text)).toEqual([
			"The publication of the book Moscow in December 1905 (Moscow, 1906) could not have been more timely. It is an urgent task of the workers' party to assimilate the lessons"
		]);
		expect(doc.paragraphs[0].line).toBe(2);
	});
	it('collapses whitespace', () => {
		const doc = cleanSnippet(['First question.\u00a0 Why is one person   merely amused?']);
		expect(doc.paragraphs[0].text).toBe('First question. Why is one person merely amused?');
	});
});
