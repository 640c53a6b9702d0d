// Segmentation: each clean paragraph read by wink-nlp, tokens and sentence breaks repaired, numbered in reading order.
import type { CleanDocument, SegmentedDocument, Sentence, Token } from './types';
import { nlp, itsLemma, itsPos, itsSpaces, itsSpan, itsStop } from './nlp';
import { mergeCompounds, toTokens, type WinkToken } from './tokens';
import { repairBreaks } from './boundaries';

/** wink's tokens and sentence starts for one paragraph, read column by column (much faster than per token). */
export function readParagraph(text: string): { toks: WinkToken[]; starts: number[] } {
	const doc = nlp.readDoc(text);
	const tokens = doc.tokens();
	const surface = tokens.out();
	const lemma = tokens.out(itsLemma) as string[];
	const pos = tokens.out(itsPos) as string[];
	const stop = tokens.out(itsStop) as boolean[];
	const space = tokens.out(itsSpaces) as string[];
	const toks: WinkToken[] = new Array(surface.length);
	for (let i = 0; i < surface.length; i++) {
		// wink leaves the lemma of some contractions undefined (`cannot` before `!`): the surface stands in.
		toks[i] = { surface: surface[i], lemma: lemma[i] ?? surface[i], pos: pos[i] ?? 'X', stop: stop[i] === true, space: space[i] ?? '' };
	}
	const spans = doc.sentences().out(itsSpan) as unknown as number[][];
	return { toks, starts: spans.map((s) => s[0]) };
}

/** Sentences (as token index ranges into the merged tokens) of one paragraph. */
export function paragraphSentences(text: string, heading: boolean): { toks: WinkToken[]; starts: number[] } {
	const raw = readParagraph(text);
	const { tokens, indexOf } = mergeCompounds(raw.toks);
	if (tokens.length === 0) return { toks: tokens, starts: [] };
	// A heading is one sentence on its own, whatever wink makes of it.
	if (heading) return { toks: tokens, starts: [0] };
	// A wink break that fell inside a merged compound disappears with it.
	const starts = [...new Set(raw.starts.map((s) => indexOf[s]))];
	return { toks: tokens, starts: repairBreaks(tokens, starts) };
}

/** Sentence text rebuilt from its tokens: the cleaned text, whitespace collapsed to single spaces. */
export const sentenceText = (tokens: Token[]) => tokens.map((t, i) => (i === 0 ? t.surface : t.space_before + t.surface)).join('');

export function segmentDocument(doc: CleanDocument): SegmentedDocument {
	const sentences: Sentence[] = [];
	let tokenId = 0;
	let words = 0;
	doc.paragraphs.forEach((p, paragraphId) => {
		const { toks, starts } = paragraphSentences(p.text, p.heading);
		const tokens = toTokens(toks, tokenId, words);
		tokenId += tokens.length;
		for (let k = 0; k < starts.length; k++) {
			const slice = tokens.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : tokens.length);
			let n = 0;
			for (const t of slice) if (t.is_word) n++;
			sentences.push({
				sentence_id: sentences.length,
				paragraph_id: paragraphId,
				section: p.section,
				text: sentenceText(slice),
				n_words: n,
				position: words,
				heading: p.heading,
				line: p.line,
				tokens: slice
			});
			words += n;
		}
	});
	// Positions are word offsets until the document's length is known.
	for (const s of sentences) s.position = words ? s.position / words : 0;
	return { entry: doc.entry, sentences, removed: doc.removed, sections: doc.sections, n_words: words };
}

