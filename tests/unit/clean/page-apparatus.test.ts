// Page apparatus of OCR'd books on real snippets of 000 (Lenin 1906): running headers, signature marks, page numbers, page-foot footnotes.
import { describe, expect, it } from 'vitest';
import { pageHeader, isPageHeader } from '../../../analysis/src/clean/rules/page-header';
import { signatureMark } from '../../../analysis/src/clean/rules/signature-mark';
import { pageNumber } from '../../../analysis/src/clean/rules/page-number';
import { footnote } from '../../../analysis/src/clean/rules/footnote';
import { applyRules, cleanSnippet, keptLines, removedOf } from '../../fixtures/ocr/snippets';

/** 000, lines 244–252: a page break with a signature mark, blank lines and a running header, inside a sentence. */
const PAGE_BREAK = [
	'Military tactics depend on the level of military technique. ',
	'This plain truth Engels demonstrated and brought home ',
	'3-1063 ',
	'',
	'',
	'',
	'34 V. I. LENIN ',
	'',
	'to all Marxists. Military technique today is not what it '
];

/** 000, lines 334–338: a signature mark inside a word broken with a hyphen across the page break. */
const SIGNATURE_IN_WORD = [
	'Let us remember that a great mass struggle is approach',
	'ing. It will be an armed uprising. It must, as far as possi-',
	'3* ',
	' ble, be simultaneous. The masses must know that they are '
];

/** 000, lines 31–37: an editor's footnote at the page foot interrupting a sentence; its marker is glued to `occasion*` above. */
const FOOTNOTE_PAGE = [
	'deal with these conclusions on another occasion*; at present ',
	'of fact, however, none of the organisations were prepared ',
	'for this. Even the Joint Council of Volunteer Fighting ',
	'',
	'* See Collected Works, Vol. 11, pp . 189-93.—Ed. ',
	' Squads9 spoke {on December 91) of an uprising as of ',
	'something remote, and it is quite evident that it had no '
];

describe('page-header', () => {
	it('recognises a short line of capitals with a page number, before or after, whoever the author', () => {
		expect(isPageHeader('34 V. I. LENIN ')).toBe(true);
		expect(isPageHeader('LESSONS OF THE MOSCOW UPRISING 173')).toBe(true);
		expect(isPageHeader('212 J. V. STALIN')).toBe(true);
		expect(isPageHeader('THE HISTORY OF THE RUSSIAN REVOLUTION 1017')).toBe(true);
	});
	it('leaves prose, years and chapter headings alone', () => {
		expect(isPageHeader('December 1905 ')).toBe(false);
		expect(isPageHeader('ber 17 the Semyonovsky Regiment12 crushed Presnya ')).toBe(false);
		expect(isPageHeader('CHAPTER 12')).toBe(false);
		expect(isPageHeader('LESSONS OF THE MOSCOW UPRISING ')).toBe(false);
	});
	it('removes the header at the page break of 000 and records its raw line', () => {
		const d = applyRules([signatureMark, pageHeader], PAGE_BREAK);
		expect(removedOf(d)).toEqual(['signature-mark: 3-1063', 'page-header: 34 V. I. LENIN']);
		expect(d.removed.map((r) => r.line)).toEqual([3, 7]);
	});
	it('removes a running head alone on its line beside the page number when it repeats at the page breaks', () => {
		// An OCR-style rendering of 000: the page number on one line, the book's running head on the next.
		const pages = [
			'The principal forms of the December movement in',
			'',
			'— 12 —',
			'THE COLLECTED WORKS',
			'',
			'Moscow were the peaceful strike and demonstrations, and',
			'transform the strike into an armed uprising". As a matter',
			'',
			'— 13 —',
			'THE  COLLECTED WORKS ',
			'',
			'of fact, however, none of the organisations were prepared'
		];
		const d = applyRules([pageHeader, pageNumber], pages);
		expect(removedOf(d)).toEqual(['page-number: — 12 —', 'page-header: THE COLLECTED WORKS', 'page-number: — 13 —', 'page-header: THE  COLLECTED WORKS']);
		expect(keptLines(d)).toEqual([pages[0], pages[5], pages[6], pages[11]]);
	});
	it('keeps a heading of capitals that opens one page, and takes alternating heads (book and chapter) that repeat', () => {
		const opening = ['the end of the chapter.', '', '174', 'THE AGRARIAN QUESTION', '', 'The land is the question of questions.'];
		expect(applyRules([pageHeader], opening).removed).toEqual([]);
		const alternating = ['one', '', '12', 'V. I. LENIN', '', 'two', '', 'LESSONS OF THE MOSCOW UPRISING', '13', '', 'three', '', '14', 'V. I. LENIN', '', 'four', '', 'LESSONS OF THE MOSCOW UPRISING', '15', '', 'five'];
		expect(keptLines(applyRules([pageHeader, pageNumber], alternating))).toEqual(['one', 'two', 'three', 'four', 'five']);
	});
	it('needs a page break: a capitals line with a number inside running text is not a header', () => {
		const d = applyRules([pageHeader], ['the masses of the workers and they did not apply it; ', 'THE RSDLP CONGRESS 1903', 'and so on, and so on. ']);
		expect(d.removed).toEqual([]);
	});
});

describe('signature-mark', () => {
	it('removes 3-1063 and 3* on lines of their own, even with no blank line around them', () => {
		expect(removedOf(applyRules([signatureMark], SIGNATURE_IN_WORD))).toEqual(['signature-mark: 3*']);
		expect(removedOf(applyRules([signatureMark], PAGE_BREAK))).toEqual(['signature-mark: 3-1063']);
	});
	it('leaves numbers inside text alone', () => {
		expect(applyRules([signatureMark], ['within two days 150,000 people had risen at our call, and ', 'Vol. 11, pp. 171-78 ']).removed).toEqual([]);
	});
});

describe('page-number', () => {
	it('removes a number alone on its line at a page break, not a number in prose', () => {
		const d = applyRules([pageNumber], ['brought home ', '', '173', '', 'to all Marxists. ', 'of 1905 and 1906 ']);
		expect(removedOf(d)).toEqual(['page-number: 173']);
	});
});

describe('footnote', () => {
	it('takes out the page-foot footnote whose marker is glued to a word above', () => {
		const d = applyRules([footnote], FOOTNOTE_PAGE);
		expect(removedOf(d)).toEqual(['footnote: * See Collected Works, Vol. 11, pp . 189-93.—Ed.']);
		expect(d.removed[0].line).toBe(5);
		expect(d.lines[4].pageBreak).toBe(true);
	});
	it('re-joins the sentence the footnote interrupts', () => {
		const doc = cleanSnippet(FOOTNOTE_PAGE);
		const text = doc.paragraphs.map((p) => p.text).join(' ');
		expect(text).toContain('Even the Joint Council of Volunteer Fighting Squads spoke {on December 9!) of an uprising as of something remote');
		expect(doc.paragraphs).toHaveLength(1);
	});
	it('is not a footnote without a glued marker above (a numbered list item stays)', () => {
		const d = applyRules([footnote], ['It is consequently the task of the advanced workers: ', '', '1) To tear the mask of an organ of popular ', 'representation from the face of the conference. ']);
		expect(d.removed).toEqual([]);
	});
});

describe('the whole page break', () => {
	it('joins the sentence across signature mark, blank lines and header: "brought home to all Marxists"', () => {
		const doc = cleanSnippet(PAGE_BREAK);
		expect(doc.paragraphs.map((p) => p.text)).toEqual([
			'Military tactics depend on the level of military technique. This plain truth Engels demonstrated and brought home to all Marxists. Military technique today is not what it'
		]);
	});
	it('re-joins a hyphenated word across a signature mark: "possi-" / "3*" / "ble" → "possible"', () => {
		const doc = cleanSnippet(SIGNATURE_IN_WORD);
		expect(doc.paragraphs[0].text).toBe(
			'Let us remember that a great mass struggle is approaching. It will be an armed uprising. It must, as far as possible, be simultaneous. The masses must know that they are'
		);
		expect(keptLines(applyRules([signatureMark], SIGNATURE_IN_WORD))).not.toContain('3*');
	});
});
