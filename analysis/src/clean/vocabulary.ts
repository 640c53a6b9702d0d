// Word evidence for repairs: the English word list (../english-words.ts) plus the corpus's own counts of whole words.
import type { RawDocument } from '../types';
import { isEnglishWord as isListed } from '../english-words';

export interface Vocabulary {
	/** Lowercase word form (hyphens and apostrophes kept) → occurrences not touching a broken line end. */
	counts: ReadonlyMap<string, number>;
	/** Lowercase word form → occurrences capitalised in mid-sentence (so `Russian` stays capitalised in a name). */
	capitalised: ReadonlyMap<string, number>;
}

/** True when `word` (any case, a final 's dropped) is in the English word list. */
export function isEnglishWord(word: string): boolean {
	return isListed(word.toLowerCase().replace(/[’']s$/, ''));
}

/** How often the corpus has this exact (lowercased) form as a whole word. */
export const countOf = (vocabulary: Vocabulary, word: string): number => vocabulary.counts.get(word.toLowerCase()) ?? 0;

const TOKEN_EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** A whitespace token reduced to its word form: outer punctuation and glued footnote digits dropped. */
export function wordForm(token: string): string {
	return token.replace(TOKEN_EDGE, '').replace(/(?<=\p{L}{3})\d{1,2}$/u, '').replace(/[’]/g, "'");
}

const PLAIN = /^[a-z]+$/i;
const HAS_LETTER = /\p{L}/u;
const UPPER_FIRST = /^\p{Lu}\p{Ll}/u;
const SENTENCE_END = /[.!?:"“”»]$/u;
const BROKEN_END = /\p{L}-?$/u;

/** Counts the whole words of every document; tokens at a line end without a trailing space (maybe half a word) are skipped, with the next line's first token. */
export function buildVocabulary(docs: readonly RawDocument[]): Vocabulary {
	const counts = new Map<string, number>();
	const capitalised = new Map<string, number>();
	for (const doc of docs) {
		let skipFirst = false;
		for (const line of doc.text.split('\n')) {
			const tokens = line.split(/\s+/);
			const broken = line.length < 90 && BROKEN_END.test(line);
			let first = true;
			let prev = '';
			for (let k = 0; k < tokens.length; k++) {
				const tok = tokens[k];
				if (!tok) continue;
				const skip = (first && skipFirst) || (broken && k === tokens.length - 1);
				first = false;
				const form = PLAIN.test(tok) ? tok : HAS_LETTER.test(tok) ? wordForm(tok) : '';
				if (!skip && form && HAS_LETTER.test(form)) {
					const lower = form.toLowerCase();
					counts.set(lower, (counts.get(lower) ?? 0) + 1);
					if (prev && UPPER_FIRST.test(form) && !SENTENCE_END.test(prev)) capitalised.set(lower, (capitalised.get(lower) ?? 0) + 1);
				}
				prev = tok;
			}
			if (!first) skipFirst = broken;
		}
	}
	return { counts, capitalised };
}
