// Page-foot footnotes by shape and position: with or without a blank line above, numbered in any order; not a body line.
import { describe, expect, it } from 'vitest';
import { cleanSnippet, removedOf } from '../../fixtures/ocr/snippets';

const BOOK = { title: 'Address to the Legislature', author: 'Thomas Aldridge', date: '1880', year: 1880 };
const PAGE = [
	'The public debt stood on the first of the year ',
	'at a little under four millions of dollars.12 Of ',
	'this sum, rather more than half was contracted ',
	'for the building of the northern railroad, whose ',
	'earnings have fallen short of what its projec'
];
const NEXT = ['', '', '', 'ADDRESS TO THE LEGISLATURE 173 ', '', ' tors promised, and the mills along the line have ', 'closed within two years of its opening. '];

describe('footnote', () => {
	it('takes a note with no blank line above it, numbered out of sequence, and re-joins the word it splits', () => {
		const d = cleanSnippet([...PAGE, '12 See the message of the preceding year.—Ed. ', '3-1063 ', ...NEXT], BOOK);
		expect(d.paragraphs.map((p) => p.text)).toEqual([
			'The public debt stood on the first of the year at a little under four millions of dollars. Of this sum, rather more than half was contracted for the building of the northern railroad, whose earnings have fallen short of what its projectors promised, and the mills along the line have closed within two years of its opening.'
		]);
		expect(removedOf(d).filter((r) => !r.startsWith('dehyphenate'))).toEqual([
			'footnote-marker: 12',
			'footnote: 12 See the message of the preceding year.—Ed.',
			'signature-mark: 3-1063',
			'page-header: ADDRESS TO THE LEGISLATURE 173'
		]);
	});
	it('keeps a body line that opens with a number when no word above carries it as a marker', () => {
		const lines = [...PAGE.slice(0, 4).map((l) => l.replace('.12', '.')), 'earnings have fallen short of what was hoped: ', '12 Mills closed within two years of its opening. ', '3-1063 ', ...NEXT];
		const d = cleanSnippet(lines, BOOK);
		expect(d.paragraphs.map((p) => p.text).join(' ')).toContain('what was hoped: 12 Mills closed within two years');
		expect(removedOf(d, 'footnote')).toEqual([]);
	});
});
