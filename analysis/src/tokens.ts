// Token repairs after wink: hyphenated compounds made one token, lemmas lowercased (capitalised words lemmatised too), word flags.
import type { Token } from './types';
import { nlp, itsLemma } from './nlp';

/** What wink gives for one token, before our repairs. */
export interface WinkToken {
	surface: string;
	lemma: string;
	pos: string;
	stop: boolean;
	/** wink's preceding whitespace ('' or spaces). */
	space: string;
}

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const CAPITALISED = /^\p{Lu}/u;

export const isWord = (surface: string) => LETTER.test(surface);

/**
 * Joins `Social` `-` `Democratic` (no spaces around the hyphen) into one token `Social-Democratic`, as a
 * hyphenated compound is one word in the contract (AntConc, quanteda). Returns the merged tokens and, for
 * each original index, the index of the token it ended up in (so sentence starts can be carried over).
 */
export function mergeCompounds(toks: WinkToken[]): { tokens: WinkToken[]; indexOf: Int32Array } {
	const out: WinkToken[] = [];
	const indexOf = new Int32Array(toks.length);
	const joins = (j: number) =>
		j + 2 < toks.length &&
		HYPHENS.has(toks[j + 1].surface) &&
		toks[j + 1].space === '' &&
		toks[j + 2].space === '' &&
		ALNUM.test(toks[j].surface) &&
		ALNUM.test(toks[j + 2].surface);
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		indexOf[i] = out.length;
		if (!joins(i)) {
			out.push(t);
			continue;
		}
		let j = i;
		while (joins(j)) j += 2;
		const parts = toks.slice(i, j + 1);
		for (let m = i; m <= j; m++) indexOf[m] = out.length;
		const surface = parts.map((p) => p.surface).join('');
		const last = parts[parts.length - 1];
		if (!parts.some((p) => LETTER.test(p.surface))) {
			// Numbers like 1905-1907 become one token too, but stay what wink made of their last part.
			out.push({ ...last, surface, lemma: surface, space: t.space });
		} else {
			// The head of an English compound is its last part: it carries the POS and the inflection.
			const lemma = [...parts.slice(0, -1).map((p) => p.surface.toLowerCase()), lemmaOf(last.surface, last.lemma)].join('');
			out.push({ surface, lemma, pos: last.pos, stop: false, space: t.space });
		}
		i = j;
	}
	return { tokens: out, indexOf };
}

const lowerLemmas = new Map<string, string>();

/**
 * wink's lemma of a lowercased word read after "the" (cached: a corpus has a few thousand capitalised types).
 * The article makes wink read it as a noun, as a capitalised word mostly is: `Left` → `left`, not `leave`.
 */
function lemmaOfLower(lower: string): string {
	let lemma = lowerLemmas.get(lower);
	if (lemma === undefined) {
		const lemmas = nlp.readDoc(`the ${lower}`).tokens().out(itsLemma);
		lemma = lemmas.length === 2 ? String(lemmas[1]).toLowerCase() : lower;
		lowerLemmas.set(lower, lemma);
	}
	return lemma;
}

/**
 * The stored lemma: lowercased; and since wink leaves capitalised words (tagged PROPN) unlemmatised,
 * a capitalised word whose lemma came back unchanged is lemmatised in lowercase (`Soviets` → `soviet`).
 * wink only strips endings that lead to a word it knows, so names like `Paris` or `Engels` stay whole.
 * (Other lemmas are wink's own, spelling normalisation included: `centre` → `center`, `through` → `thru`.)
 */
export function lemmaOf(surface: string, winkLemma: string, lower = surface.toLowerCase()): string {
	const lemma = winkLemma.toLowerCase();
	if (lemma === lower && lower !== surface && CAPITALISED.test(surface) && !lower.includes('-')) return lemmaOfLower(lower);
	return lemma;
}

/** Final token rows of one document's tokens, numbering tokens and words on from the given counters. */
export function toTokens(toks: WinkToken[], firstTokenId: number, firstWordIndex: number): Token[] {
	const out: Token[] = new Array(toks.length);
	let w = firstWordIndex;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		const word = isWord(t.surface);
		const lower = t.surface.toLowerCase();
		out[i] = {
			token_id: firstTokenId + i,
			surface: t.surface,
			lower,
			lemma: lemmaOf(t.surface, t.lemma, lower),
			pos: t.pos,
			is_word: word,
			is_stop: t.stop,
			space_before: t.space === '' ? '' : ' ',
			word_index: word ? w++ : null
		};
	}
	return out;
}
