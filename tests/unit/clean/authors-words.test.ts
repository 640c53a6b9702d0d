// Numbers and short texts are the author's: counts after a month stay whole, inline notes go out whole, one-line texts survive.
import { describe, expect, it } from 'vitest';
import { stripFootnoteMarkers, stripLines } from '../../../analysis/src/clean/rules/footnote-marker';
import { cutInlineNotes } from '../../../analysis/src/clean/rules/inline-note';
import { cleanSnippet, removedOf } from '../../fixtures/ocr/snippets';

describe('footnote-marker leaves the author’s numbers alone: counts after a month, addresses, numbers that run on', () => {
	it.each([
		// State of the Union, 1864, 1898, 1918: a count that follows a month is not a day with a marker glued on.
		'the number of national banks organized up to the 25th of November 584 national banks have been organized',
		'On the 1st of December 101,165 officers and men had been mustered out',
		'in August 289,570 and in September 257,438 were transported',
		'On May 45 men were sent',
		'in June 1,200 tons, in July 3.5 million',
		// Never cut inside an address or a number that runs on.
		'the text is at www.example.50.com and nowhere else',
		'write to j.smith2@post.example.org today',
		'the page https://example.org/speech/page2 has it',
		'the scan is in report3.pdf, on the site',
		'as section 4.2.1 says, and as 1,000 men saw'
	])('%s', (text) => {
		expect(stripFootnoteMarkers(text)).toEqual({ text, pieces: [] });
	});
	it.each([
		['spoke on December 91) of an uprising', 'spoke on December 9) of an uprising', '1'],
		['it began on October 172, and ended', 'it began on October 17, and ended', '2'],
		['which they signed in March 34.', 'which they signed in March 3.', '4'],
		['which they signed in March 34', 'which they signed in March 3', '4']
	])('still takes a marker glued to a day before punctuation or the line end: %s', (raw, text, mark) => {
		expect(stripFootnoteMarkers(raw)).toEqual({ text, pieces: [mark] });
	});
});

describe('inline-note', () => {
	it('cuts a keyed-in note whole, brackets inside it balanced, with the space before it', () => {
		const text = 'of the present state of the program. [Footnote 1: Executive Order 9808 (3 CFR [sic], 1943-1948 Comp., p. 590.)] NATURAL RESOURCES';
		expect(cutInlineNotes(text)).toEqual({
			text: 'of the present state of the program. NATURAL RESOURCES',
			pieces: ['[Footnote 1: Executive Order 9808 (3 CFR [sic], 1943-1948 Comp., p. 590.)]']
		});
	});
	it('takes `[Note A:` and `[Footnote:` too, and leaves a note left open and other brackets', () => {
		expect(cutInlineNotes('one [Note A: a gloss] two [Footnote: more] three').text).toBe('one two three');
		expect(cutInlineNotes('one [Footnote 2: never closed')).toEqual({ text: 'one [Footnote 2: never closed', pieces: [] });
		expect(cutInlineNotes('a [sic] and a [noted] thing')).toEqual({ text: 'a [sic] and a [noted] thing', pieces: [] });
	});
	it('goes into removed with its reference mark in the whole cleaning', () => {
		const d = cleanSnippet([
			'I transmit the Report of the Director of War Mobilization.[1] It is a comprehensive discussion of the program. [Footnote 1: The report dated January 1, 1946, is printed in House Document 398 (79th Cong., 2d sess.).] This constitutes, then, as complete a report as I can make.'
		], { title: 'Message', author: 'H. S. Truman' });
		expect(d.paragraphs.map((p) => p.text)).toEqual([
			'I transmit the Report of the Director of War Mobilization. It is a comprehensive discussion of the program. This constitutes, then, as complete a report as I can make.'
		]);
		expect(removedOf(d)).toEqual([
			'inline-note: [Footnote 1: The report dated January 1, 1946, is printed in House Document 398 (79th Cong., 2d sess.).]',
			'reference-mark: [1]'
		]);
	});
});

describe('short documents are running text', () => {
	const entry = { title: 'On Walking', author: 'Jane Roe', date: '1900', year: 1900 };
	it.each([
		[['It was a fine day and we walked to the river.'], 'It was a fine day and we walked to the river.'],
		[['The Long Road Home'], 'The Long Road Home'],
		[['We Shall Overcome Some Day'], 'We Shall Overcome Some Day'],
		[['It was a fine day ', 'and we walked to the river. We sat ', 'there for an hour.'], 'It was a fine day and we walked to the river. We sat there for an hour.'],
		[['It Was a Fine Day', 'and we walked to the river, and sat there.'], 'It Was a Fine Day and we walked to the river, and sat there.']
	])('%j', (lines, text) => {
		const d = cleanSnippet(lines, entry);
		expect(d.paragraphs.map((p) => p.text)).toEqual([text]);
		expect(d.removed).toEqual([]);
	});
	it('still takes a title set apart from the text', () => {
		const d = cleanSnippet(['On Walking', '', 'It was a fine day.'], entry);
		expect(d.paragraphs.map((p) => p.text)).toEqual(['It was a fine day.']);
		expect(removedOf(d)).toEqual(['title: On Walking']);
	});
});

describe('footnote-marker next to addresses', () => {
	it('still takes a marker after a sentence’s full stop and before the next word', () => {
		expect(stripFootnoteMarkers('as the example.5 The next')).toEqual({ text: 'as the example. The next', pieces: ['5'] });
		expect(stripFootnoteMarkers('the website.3 It said')).toEqual({ text: 'the website. It said', pieces: ['3'] });
	});
});

describe('footnote-marker takes a page-foot note’s marker in any glued shape, only where the note exists', () => {
	const page = ['My57 dear sister, your letter reached me on', 'Tuesday, and I38 read it twice, as a44 friend', 'would.', null, '57 See the letter of June.—Ed.'];
	it('cuts the nearest glued number above each note, numbered out of sequence, after a short word', () => {
		const r = stripLines(page, { notes: [], before: [], pageNotes: [{ n: 57, index: 4 }, { n: 38, index: 4 }] });
		expect(r.lines.slice(0, 3)).toEqual(['My dear sister, your letter reached me on', 'Tuesday, and I read it twice, as a44 friend', 'would.']);
		expect(r.removed.map((x) => x.text)).toEqual(['57', '38']);
	});
	it('leaves the same shapes alone without a note', () => {
		expect(stripLines(page.slice(0, 3)).lines).toEqual(page.slice(0, 3));
	});
});
