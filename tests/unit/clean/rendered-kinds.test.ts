// Speeches, letters and articles rendered as OCR'd book pages with randomised layouts: footnotes numbered out of sequence,
// footnotes falling between the halves of a broken word, notes with or without a blank line above, verso/recto headers; every word comes back, no apparatus stays.
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import { DEHYPHENATE } from '../../../analysis/src/clean/rules/dehyphenate';
import type { RemovedSpan } from '../../../analysis/src/types';
import { KINDS } from '../../fixtures/ocr/prose';
import { renderPages, type Footnote } from '../../fixtures/ocr/render-pages';
import { rawDoc, wordsOf } from '../../fixtures/ocr/snippets';

const EDITORS_NOTES = [
	'See the message of the preceding year.—Ed.',
	'The figures are those of the treasurer, not of the clerk.—Ed.',
	'This passage was struck out in the second printing.',
	'Compare the report of the inspectors, printed in the appendix.—Ed.',
	'The original has a blank here; the word is supplied from the draft.—Ed.'
];

/** Deterministic pseudo-random numbers in [0, 1) (the layouts must be the same on every run). */
function random(seed: number): () => number {
	let s = (seed * 2654435761) >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/** A layout and 3–6 footnotes numbered out of sequence (or starred), on words without digits, for one text. */
function layoutFor(paragraphs: string[], seed: number) {
	const rand = random(seed);
	const pick = (n: number) => Math.floor(rand() * n);
	const notes: Footnote[] = [];
	const marks = new Set<string>();
	const count = 3 + pick(4);
	for (let tries = 0; notes.length < count && tries < 50; tries++) {
		const paragraph = pick(paragraphs.length);
		const words = paragraphs[paragraph].split(/\s+/);
		const word = pick(words.length);
		if (/\d/.test(words[word]) || notes.some((n) => n.paragraph === paragraph && Math.abs(n.word - word) < 3)) continue;
		const mark = rand() < 0.2 ? '*' : String(1 + pick(60));
		if (marks.has(mark)) continue;
		marks.add(mark);
		notes.push({ paragraph, word, mark, text: EDITORS_NOTES[pick(EDITORS_NOTES.length)] });
	}
	return { seed, width: 38 + pick(30), linesPerPage: 10 + pick(22), firstPage: 2 + pick(400), noteGap: rand() < 0.5, footnotes: notes };
}

const spans = (removed: readonly Pick<RemovedSpan, 'rule' | 'text'>[]) => removed.map((r) => `${r.rule}: ${r.text.replace(/\s+/g, ' ')}`).sort();
/** A page whose last body line ends inside a word and is followed by a footnote: the note stands between the word's halves. */
const splitsWord = (text: string) => /[^\s]\n\n?(?:\d{1,2}|\*) \p{Lu}/u.test(text);

const CASES = KINDS.flatMap((k) => Array.from({ length: 12 }, (_, s) => ({ ...k, layout: layoutFor(k.paragraphs, 100 * KINDS.indexOf(k) + s + 1) })));

describe('other kinds of prose rendered as OCR pages', () => {
	it.each(CASES.map((c) => [c.kind, c.layout.seed, c] as const))('%s, seed %i: every word back in order, every inserted span removed with its rule', (_kind, _seed, c) => {
		const book = { author: c.author, title: c.title, date: '1880' };
		const page = renderPages(c.paragraphs, { ...book, ...c.layout });
		const doc = cleanCorpus([rawDoc(page.text.split('\n'), book)])[0];
		expect(wordsOf(doc.paragraphs.map((p) => p.text).join(' '))).toEqual(wordsOf(c.paragraphs.join(' ')));
		expect(spans(doc.removed.filter((r) => r.rule !== DEHYPHENATE.name))).toEqual(spans(page.inserted));
	});
	it('the layouts include footnotes out of sequence and footnotes between the halves of a broken word', () => {
		const rendered = CASES.map((c) => ({ c, text: renderPages(c.paragraphs, { author: c.author, title: c.title, ...c.layout }).text }));
		expect(rendered.filter((r) => splitsWord(r.text)).length).toBeGreaterThanOrEqual(3);
		const unordered = CASES.filter((c) => {
			const ns = c.layout.footnotes.filter((n) => /\d/.test(n.mark)).sort((a, b) => a.paragraph - b.paragraph || a.word - b.word).map((n) => Number(n.mark));
			return ns.some((n, k) => k > 0 && n !== ns[k - 1] + 1);
		});
		expect(unordered.length).toBeGreaterThanOrEqual(CASES.length / 2);
		expect(CASES.filter((c) => !c.layout.noteGap).length).toBeGreaterThanOrEqual(CASES.length / 4);
	});
});
