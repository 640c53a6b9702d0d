// Segmentation: each clean paragraph read by wink-nlp, its tokens repaired, cut into sentences, numbered in reading order.
import type { CleanDocument, CleanParagraph, SegmentedDocument, Sentence, Token } from '../types';
import { itsId, itsLemma, itsPos, itsSpaces, itsStop, sharedReader, type Reader } from './nlp';
import { mergeTokens, toTokens, type WinkToken } from './tokens';
import { isWordWithFullStop, sentenceStarts } from './boundaries';

/** wink's tokens for one text, read column by column (much faster than token by token). */
function readWink(text: string, reader: Reader): WinkToken[] {
	const tokens = reader.readDoc(text).tokens();
	const surface = tokens.out();
	const lemma = tokens.out(itsLemma) as string[];
	const pos = tokens.out(itsPos) as string[];
	const stop = tokens.out(itsStop) as boolean[];
	const space = tokens.out(itsSpaces) as string[];
	const id = tokens.out(itsId) as number[];
	const n = surface.length;
	const toks: WinkToken[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const s = surface[i];
		// wink leaves the lemma of some contractions undefined (`cannot` before `!`): the surface stands in.
		toks[i] = { surface: s, lemma: lemma[i] ?? s, pos: pos[i] ?? 'X', stop: stop[i] === true, space: space[i] ?? '', oov: reader.isOutOfVocabulary(id[i]), id: id[i] };
	}
	return toks;
}

/**
 * wink's tokens for one paragraph, with every full stop a token of its own unless it belongs to an abbreviation.
 * wink reads a short word with its full stop as an abbreviation (`in.` in "locked them in. Malakhov reached", `no.`,
 * `sat.`), one NOUN token, and runs the two sentences together. Such a paragraph is read again with a space before
 * those full stops, so that wink tags the word in context; the space is then taken out again.
 * `reader`: the wink instance that reads (see Reader: its earlier readings matter).
 */
export function readParagraph(text: string, reader: Reader = sharedReader()): WinkToken[] {
	const toks = readWink(text, reader);
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
	const again = readWink(spaced, reader);
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

/**
 * wink reads a text in one piece: a long paragraph (a State of the Union address is one line of up to 217,000
 * characters) is handed over in pieces of at least this many characters, each ending at a sentence end.
 */
export const WINK_PIECE = 2000;

/**
 * Where a paragraph may be cut for wink: after a sentence end that every reading agrees on, a lower-case word of three
 * letters or more (no abbreviation, initial or number) with `.`, `!` or `?` (and closing quotes or brackets), then a
 * space and a capital (after opening quotes or brackets). The cut falls before the space, which the next piece's first
 * token keeps as its preceding space.
 */
const SAFE_END = /\p{Ll}{3}[.!?]["'”’»)\]]*(?= ["“‘«(]?\p{Lu}\p{Ll})/gu;

/** A paragraph cut into pieces for wink (one piece if it is short or has no safe sentence end). */
export function winkPieces(text: string, size = WINK_PIECE): string[] {
	if (text.length <= size * 1.5) return [text];
	const pieces: string[] = [];
	let from = 0;
	while (text.length - from > size * 1.5) {
		SAFE_END.lastIndex = from + size;
		const m = SAFE_END.exec(text);
		if (!m) break;
		const cut = m.index + m[0].length;
		pieces.push(text.slice(from, cut));
		from = cut;
	}
	pieces.push(text.slice(from));
	return pieces;
}

/**
 * wink's tokens for one paragraph, read piece by piece (winkPieces): the same tokens as one reading, as the pieces
 * end where any reading ends a sentence (tests/unit/segment/pieces.test.ts, and the default corpus compared whole).
 */
export function readPieces(text: string, reader: Reader = sharedReader()): WinkToken[] {
	const pieces = winkPieces(text);
	if (pieces.length === 1) return readParagraph(text, reader);
	const out: WinkToken[] = [];
	for (const piece of pieces) for (const t of readParagraph(piece, reader)) out.push(t);
	return out;
}

/** The tokens of one paragraph and its sentence starts (token indices). */
export function paragraphSentences(text: string, heading: boolean, reader: Reader = sharedReader()): { toks: WinkToken[]; starts: number[] } {
	const tokens = mergeTokens(readPieces(text, reader));
	if (tokens.length === 0) return { toks: tokens, starts: [] };
	// A heading is one sentence on its own, whatever its full stops.
	return { toks: tokens, starts: heading ? [0] : sentenceStarts(tokens) };
}

/** Sentence text rebuilt from its tokens: the cleaned text, whitespace collapsed to single spaces. */
function sentenceText(tokens: Token[]): string {
	let text = tokens.length ? tokens[0].surface : '';
	for (let i = 1; i < tokens.length; i++) text += tokens[i].space_before + tokens[i].surface;
	return text;
}

/** What segmenting a document gives besides its sentences. */
export interface SegmentedCounts {
	n_words: number;
	n_sentences: number;
	n_paragraphs: number;
}

/**
 * Sentences and tokens of one clean document, handed to `emit` paragraph by paragraph as they are made (so that a long
 * document is never held whole), with `position` in words from the document's start: divide by n_words for the
 * fraction. `vocabulary` (the corpus's lowercase words, see corpusVocabulary) lets a plural wink does not know be
 * reduced to a singular attested anywhere in the corpus. `reader` reads the paragraphs (and their words' lemmas).
 */
export function segmentParagraphs(
	paragraphs: readonly CleanParagraph[],
	vocabulary: ReadonlySet<string> | undefined,
	emit: (sentences: Sentence[]) => void,
	reader: Reader = sharedReader()
): SegmentedCounts {
	let sentenceId = 0;
	let tokenId = 0;
	let words = 0;
	/** As the writer has always counted them: up to the last paragraph with a sentence. */
	let n_paragraphs = 0;
	for (let paragraphId = 0; paragraphId < paragraphs.length; paragraphId++) {
		const p = paragraphs[paragraphId];
		const { toks, starts } = paragraphSentences(p.text, p.heading, reader);
		const tokens = toTokens(toks, tokenId, words, vocabulary, reader);
		tokenId += tokens.length;
		const sentences: Sentence[] = [];
		for (let k = 0; k < starts.length; k++) {
			const slice = tokens.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : tokens.length);
			let n = 0;
			for (let i = 0; i < slice.length; i++) if (slice[i].is_word) n++;
			sentences.push({
				sentence_id: sentenceId++,
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
		if (sentences.length) {
			n_paragraphs = paragraphId + 1;
			emit(sentences);
		}
	}
	return { n_words: words, n_sentences: sentenceId, n_paragraphs };
}

/** Sentences and tokens of one clean document, whole (positions as fractions); see segmentParagraphs. */
export function segmentDocument(doc: CleanDocument, vocabulary?: ReadonlySet<string>, reader: Reader = sharedReader()): SegmentedDocument {
	const sentences: Sentence[] = [];
	const { n_words: words } = segmentParagraphs(doc.paragraphs, vocabulary, (s) => {
		for (const x of s) sentences.push(x);
	}, reader);
	for (const s of sentences) s.position = words ? s.position / words : 0;
	return { entry: doc.entry, sentences, removed: doc.removed, sections: doc.sections, n_words: words };
}
