// Clean prose rendered by the tests into OCR pages and web pages: cleaning must give back exactly the original words and remove exactly what was inserted.
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import type { CleanDocument, RemovedSpan } from '../../../analysis/src/types';
import { FOOTNOTES, PROSE } from '../../fixtures/ocr/prose';
import { renderPages } from '../../fixtures/ocr/render-pages';
import { renderNewsPage, renderWiki } from '../../fixtures/ocr/render-web';
import { rawDoc, wordsOf } from '../../fixtures/ocr/snippets';
import { DEHYPHENATE } from '../../../analysis/src/clean/rules/dehyphenate';
import { pageHeader } from '../../../analysis/src/clean/rules/page-header';

const BOOK = { author: 'J. Q. Writer', title: 'The Canal Tolls', date: '1851' };
const clean = (text: string, overrides = BOOK): CleanDocument => cleanCorpus([rawDoc(text.split('\n'), overrides)])[0];
const textOf = (d: CleanDocument) => d.paragraphs.map((p) => p.text).join(' ');
const spans = (removed: readonly Pick<RemovedSpan, 'rule' | 'text'>[]) => removed.map((r) => `${r.rule}: ${r.text}`).sort();
const apparatus = (d: CleanDocument) => d.removed.filter((r) => r.rule !== DEHYPHENATE.name);

describe('OCR pages rendered from clean prose', () => {
	const layouts = [
		{ seed: 7, width: 55, linesPerPage: 24 },
		{ seed: 3, width: 45, linesPerPage: 20 },
		{ seed: 11, width: 65, linesPerPage: 28 },
		{ seed: 42, width: 50, linesPerPage: 17 },
		{ seed: 99, width: 60, linesPerPage: 31 }
	];
	it.each(layouts)('gives back the original words (seed $seed, width $width, $linesPerPage lines a page)', (layout) => {
		const page = renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES, ...layout });
		expect(page.breaks.length).toBeGreaterThan(5);
		expect(page.text).toMatch(/\n\d+ J\. Q\. WRITER \n/);
		expect(page.text).toMatch(/\nTHE CANAL TOLLS \d+ \n/);
		const doc = clean(page.text);
		expect(wordsOf(textOf(doc))).toEqual(wordsOf(PROSE.join(' ')));
	});
	it.each(layouts)('removes exactly what was inserted, each with its rule (seed $seed)', (layout) => {
		const page = renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES, ...layout });
		const doc = clean(page.text);
		expect(spans(apparatus(doc))).toEqual(spans(page.inserted));
		expect(doc.removed.filter((r) => r.rule === DEHYPHENATE.name).length).toBeLessThanOrEqual(page.breaks.length);
	});
	it.each(layouts)('with the page number and the running head on lines of their own: the same words, and exactly what was inserted (seed $seed)', (layout) => {
		const page = renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES, ...layout, head: 'apart' });
		expect(page.text).toMatch(/\n— \d+ —\nJ\. Q\. WRITER \n/);
		expect(page.text).toMatch(/\n— \d+ —\nTHE CANAL TOLLS \n/);
		const doc = clean(page.text);
		expect(wordsOf(textOf(doc))).toEqual(wordsOf(PROSE.join(' ')));
		expect(spans(apparatus(doc))).toEqual(spans(page.inserted));
	});
	it("keeps compounds broken at their hyphen (well-known, long-standing, self-appointed, toll-keeper's)", () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const page = renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES, seed, width: 48 });
			const text = textOf(clean(page.text));
			for (const w of ['well-known', 'long-standing', 'self-appointed', "toll-keeper's"]) expect(text).toContain(w);
		}
	});
	it('keeps the paragraphs (a page break is not a paragraph break unless a sentence ends there)', () => {
		const doc = clean(renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES }).text);
		expect(doc.paragraphs.map((p) => p.text)).toEqual(PROSE);
	});
	it('works for another author and title in the headers', () => {
		const other = { author: 'Mary Ann Evans', title: 'Notes on the Valley', date: '1860' };
		const page = renderPages(PROSE, { ...other, footnotes: FOOTNOTES, firstPage: 12, seed: 5 });
		const doc = clean(page.text, other);
		expect(wordsOf(textOf(doc))).toEqual(wordsOf(PROSE.join(' ')));
		expect(doc.removed.filter((r) => r.rule === pageHeader.name).map((r) => r.text)).toContain('14 MARY ANN EVANS');
	});
	it.each(layouts)("takes out an editor's bracketed insertions, even broken across a line end, and gives back the original words (seed $seed)", (layout) => {
		const interpolations = [
			{ paragraph: 0, word: PROSE[0].split(' ').indexOf('engineers'), text: '[or masons]' },
			{ paragraph: 1, word: PROSE[1].split(' ').indexOf('Thursday'), text: '[Market Day]' },
			{ paragraph: 6, word: 3, text: '[...]' }
		];
		const page = renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES, interpolations, ...layout });
		const doc = clean(page.text);
		expect(wordsOf(textOf(doc))).toEqual(wordsOf(PROSE.join(' ')));
		const flat = (spans: string[]) => spans.map((x) => x.replace(/\s+/g, ' '));
		expect(flat(spans(apparatus(doc)))).toEqual(flat(spans(page.inserted)));
	});
	it('without the trailing-space signal still recovers nearly every word', () => {
		const page = renderPages(PROSE, { ...BOOK, footnotes: FOOTNOTES, trailingSpace: false, seed: 7 });
		const got = wordsOf(textOf(clean(page.text)));
		const want = wordsOf(PROSE.join(' '));
		const missing = want.filter((w) => !got.includes(w));
		expect(missing.length).toBeLessThanOrEqual(3);
		expect(Math.abs(got.length - want.length)).toBeLessThanOrEqual(3);
	});
});

describe('web pages rendered from clean prose', () => {
	it('a wiki page: chrome, subtitle, [edit source] headings, reference marks and notes come out; headings stay', () => {
		const page = renderWiki(PROSE, {
			title: 'The Canal Tolls',
			headings: { 3: 'The Dispute', 6: 'The End of the Affair' },
			notes: [
				{ paragraph: 1, sentence: 2, text: 'The minutes survive only for the years 1836 to 1844.' },
				{ paragraph: 5, sentence: 0, text: 'A copy is kept in the county library.' }
			]
		});
		const doc = clean(page.text);
		expect(spans(doc.removed)).toEqual(spans(page.inserted));
		expect(doc.paragraphs.filter((p) => p.heading).map((p) => p.text)).toEqual(['The Dispute', 'The End of the Affair']);
		expect(doc.paragraphs.filter((p) => !p.heading).map((p) => p.text)).toEqual(PROSE);
	});
	it('a news page: masthead, motto, date line and the editor\'s introduction come out', () => {
		const page = renderNewsPage(PROSE);
		const doc = clean(page.text, { ...BOOK, title: 'Speech at the Town Hall' });
		expect(spans(doc.removed)).toEqual(spans(page.inserted));
		expect(doc.paragraphs.map((p) => p.text)).toEqual(PROSE);
	});
});

describe('a printed volume of the State of the Union as OCR gives it (a rendering not tuned to)', () => {
	// Lincoln's 1862 address set in 62-character lines: a word broken across a page whose foot has a signature mark
	// with an em dash (`14—62`), and lines that end on a whole word without a hyphen (`them` ⏎ `a`, `for` ⏎ `a`).
	const PAGE = [
		'112 ABRAHAM LINCOLN',
		'',
		'Since your last annual assembling another year of health and bounti-',
		'ful harvests has passed. Our struggle has been, of course, con-',
		'templated by foreign nations with reference less to its own',
		'merits than to its supposed and often exaggerated effects and consequen',
		'',
		'14—62',
		'\f',
		'MESSAGES AND PAPERS OF THE PRESIDENTS 113',
		'',
		'ces to themselves. It is for them a duty and for us a trust.',
		'The first and the officers of them',
		'a nation that has been tried anew in a long and',
		'bitter war will answer for',
		'a people that stood. We are to',
		're-enact the law, and so on to the end.'
	];
	const doc = clean(PAGE.join('\n'), { author: 'Abraham Lincoln', title: 'State of the Union, 1862', date: '1862' });
	const text = textOf(doc);
	it('re-joins a word across the page foot and takes the foot out', () => {
		expect(text).toContain('effects and consequences to themselves');
		expect(apparatus(doc).map((r) => `${r.rule}: ${r.text}`)).toEqual(['page-header: 112 ABRAHAM LINCOLN', 'signature-mark: 14—62', 'page-header: MESSAGES AND PAPERS OF THE PRESIDENTS 113']);
	});
	it('keeps two words at a line end without a hyphen apart, `a` included, and a compound after the break whole', () => {
		expect(text).toContain('The first and the officers of them a nation that has been tried anew in a long and bitter war will answer for a people');
		expect(text).not.toMatch(/\bthema\b|\bfora\b/);
		expect(text).toContain('We are to re-enact the law');
		expect(text).toMatch(/bountiful harvests/);
		expect(text).toMatch(/contemplated by foreign nations/);
	});
});
