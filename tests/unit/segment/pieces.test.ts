// wink reads a long paragraph in pieces cut at sentence ends (segment.ts, winkPieces): the tokens are those of one
// reading, so that no boundary, tag or lemma changes. Checked on the default corpus's own paragraphs, alone and joined
// into one paragraph as long as a State of the Union address (each address is one line).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import { readPieces, readParagraph, winkPieces, WINK_PIECE } from '../../../analysis/src/segment/segment';
import { DEFAULT_CORPUS } from '../pipeline/helpers';

const clean = cleanCorpus(loadCorpus(DEFAULT_CORPUS).docs);
const long = clean.flatMap((d) => d.paragraphs.filter((p) => !p.heading && p.text.length > WINK_PIECE * 1.5).map((p) => p.text));

describe('a long paragraph read in pieces', () => {
	it('the pieces rebuild the paragraph, each after the first starting with the space before a capital', () => {
		expect(long.length).toBeGreaterThan(3);
		for (const text of long) {
			const pieces = winkPieces(text);
			expect(pieces.join('')).toBe(text);
			expect(pieces.length).toBeGreaterThan(1);
			for (const p of pieces.slice(1)) expect(p).toMatch(/^ ["“‘«(]?\p{Lu}/u);
			for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(WINK_PIECE);
		}
	});

	it('gives the tokens (surface, space, tag, lemma, stop word) of one reading, for every long paragraph of the default corpus', () => {
		for (const text of long) expect(readPieces(text)).toEqual(readParagraph(text));
	});

	it('does so for one document’s paragraphs joined into a single line of 20,000 characters or more', () => {
		const doc = clean.find((d) => d.entry.id === 'trotsky-1918-soviet-power')!;
		const line = doc.paragraphs.filter((p) => !p.heading).map((p) => p.text).join(' ').slice(0, 60_000);
		const text = line.slice(0, line.lastIndexOf('. ') + 1);
		expect(text.length).toBeGreaterThan(20_000);
		expect(winkPieces(text).length).toBeGreaterThan(8);
		expect(readPieces(text)).toEqual(readParagraph(text));
	});

	it('leaves a paragraph without a safe sentence end (abbreviations, numbers, no capital after) whole', () => {
		const text = 'see no. 4 and art. 12, '.repeat(200);
		expect(winkPieces(text)).toEqual([text]);
	});
});
