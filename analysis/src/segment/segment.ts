// Segmentation: each clean paragraph read by wink-nlp, its tokens repaired, cut into sentences, numbered in reading order.
import type { CleanDocument, SegmentedDocument, Sentence, Token } from '../types';
import { nlp, itsId, itsLemma, itsPos, itsSpaces, itsStop, isOutOfVocabulary } from './nlp';
import { mergeTokens, toTokens, type WinkToken } from './tokens';
import { isWordWithFullStop, sentenceStarts } from './boundaries';

/** wink's tokens for one text, read column by column (much faster than token by token). */
function readWink(text: string): WinkToken[] {
	const tokens = nlp.readDoc(text).tokens();
	const surface = tokens.out();
	const lemma = tokens.out(itsLemma) as string[];
	const pos = tokens.out(itsPos) as string[];
	const stop = tokens.out(itsStop) as boolean[];
	const space = tokens.out(itsSpaces) as string[];
	const id = tokens.out(itsId) as number[];
	const toks: WinkToken[] = new Array(surface.length);
	for (let i = 0; i < surface.length; i++) {
		// wink leaves the lemma of some contractions undefined (`cannot` before `!`): the surface stands in.
		toks[i] = { surface: surface[i], lemma: lemma[i] ?? surface[i], pos: pos[i] ?? 'X', stop: stop[i] === true, space: space[i] ?? '', oov: isOutOfVocabulary(id[i]), id: id[i] };
	}
	return toks;
}

/**
 * wink's tokens for one paragraph, with every full stop a token of its own unless it belongs to an abbreviation.
 * wink reads a short word with its full stop as an abbreviation (`in.` in "locked them in. Malakhov reached", `no.`,
 * `sat.`), one NOUN token, and runs the two sentences together. Such a paragraph is read again with a space before
 * those full stops, so that wink tags the word in context; the space is then taken out again.
 */
export function readParagraph(text: string): WinkToken[] {
	const toks = readWink(text);
	const glued: number[] = [];
	for (let i = 0; i < toks.length; i++) if (isWordWithFullStop(toks[i].surface, toks[i + 1])) glued.push(i);
	if (glued.length === 0) return toks;
	// Offsets from wink's surfaces and spaces, which rebuild the text.
	const offsets: number[] = new Array(toks.length);
	let at = 0;
	for (let i = 0; i < toks.length; i++) {
		at += toks[i].space.length;
		offsets[i] = at;
		at += toks[i].surface.length;
	}
	if (at !== text.length || toks.some((t, i) => text.startsWith(t.surface, offsets[i]) === false)) return splitByHand(toks, glued);
	let spaced = '';
	let from = 0;
	for (const i of glued) {
		const dot = offsets[i] + toks[i].surface.length - 1;
		spaced += `${text.slice(from, dot)} `;
		from = dot;
	}
	spaced += text.slice(from);
	const again = readWink(spaced);
	// Each glued token became the word and a full stop; all else is read as before.
	const out: WinkToken[] = [];
	let g = 0;
	let k = 0;
	for (let i = 0; i < toks.length; i++) {
		if (glued[g] === i) {
			const word = again[k];
			const dot = again[k + 1];
			if (word?.surface !== toks[i].surface.slice(0, -1) || dot?.surface !== '.') return splitByHand(toks, glued);
			out.push({ ...word, space: toks[i].space }, { ...dot, space: '' });
			k += 2;
			g++;
		} else {
			if (again[k]?.surface !== toks[i].surface) return splitByHand(toks, glued);
			out.push({ ...again[k], space: toks[i].space });
			k++;
		}
	}
	return k === again.length ? out : splitByHand(toks, glued);
}

/** The same split without wink's second reading (should it tokenise the spaced text otherwise): word + full stop. */
function splitByHand(toks: WinkToken[], glued: number[]): WinkToken[] {
	const split = new Set(glued);
	return toks.flatMap((t, i) => {
		if (!split.has(i)) return [t];
		const word = t.surface.slice(0, -1);
		return [
			{ ...t, surface: word, lemma: t.lemma.endsWith('.') ? t.lemma.slice(0, -1) : t.lemma, id: -1 },
			{ surface: '.', lemma: '.', pos: 'PUNCT', stop: false, space: '', oov: false, id: -1 }
		];
	});
}

/** The tokens of one paragraph and its sentence starts (token indices). */
export function paragraphSentences(text: string, heading: boolean): { toks: WinkToken[]; starts: number[] } {
	const tokens = mergeTokens(readParagraph(text));
	if (tokens.length === 0) return { toks: tokens, starts: [] };
	// A heading is one sentence on its own, whatever its full stops.
	return { toks: tokens, starts: heading ? [0] : sentenceStarts(tokens) };
}

/** Sentence text rebuilt from its tokens: the cleaned text, whitespace collapsed to single spaces. */
const sentenceText = (tokens: Token[]) => tokens.map((t, i) => (i === 0 ? t.surface : t.space_before + t.surface)).join('');

/**
 * Sentences and tokens of one clean document. `vocabulary` (the corpus's lowercase words, see corpusVocabulary) lets
 * a plural wink does not know be reduced to a singular attested anywhere in the corpus.
 */
export function segmentDocument(doc: CleanDocument, vocabulary?: ReadonlySet<string>): SegmentedDocument {
	const sentences: Sentence[] = [];
	let tokenId = 0;
	let words = 0;
	doc.paragraphs.forEach((p, paragraphId) => {
		const { toks, starts } = paragraphSentences(p.text, p.heading);
		const tokens = toTokens(toks, tokenId, words, vocabulary);
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
