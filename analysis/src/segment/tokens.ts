// Token repairs after wink: one token per written word (hyphenated compounds and clitics joined), lemmas, word flags.
import type { Token } from '../types';
import { lemmaOf, lowerOf } from './lemmas';
import { sharedReader, type Reader } from './nlp';

/** What wink gives for one token, before our repairs. */
export interface WinkToken {
	surface: string;
	lemma: string;
	pos: string;
	stop: boolean;
	/** wink's preceding whitespace ('' or spaces). */
	space: string;
	/** wink's lexicon does not know the word (its lemma for it is the form itself). */
	oov: boolean;
	/** wink's lexeme id (its.uniqueId), or -1 for a token joined from several. */
	id: number;
	/**
	 * Set when clitics were joined to a word: the part whose lemma the token takes (`Lenin` in `Lenin's`), or null for a
	 * contraction, whose lemma is its own lowercase form (`don't`, `cannot`, `that's`).
	 */
	host?: string | null;
}

const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
/**
 * Words that do not make a two-part compound after a hyphen: `year-and`, `wars-or`, `abroad-the` are a dash typed as a
 * hyphen (`year - and`). Prepositions and particles are left out of the list: they do make compounds (`lean-to`,
 * `sit-in`, `follow-up`, `stand-by`, `cure-all`).
 */
const NOT_A_COMPOUND_END = new Set([
	'and', 'or', 'but', 'nor', 'yet', 'the', 'a', 'an', 'our', 'we', 'they', 'he', 'she', 'their', 'his', 'its', 'this', 'these',
	'those', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'is', 'are', 'was', 'were', 'if',
	'because', 'whether', 'though', 'although', 'than', 'then', 'there', 'not', 'of', 'it'
]);
/** Words that do head such a compound: `either-or`, `what-if`, `have-not` (`so-and-so` has three parts and is kept anyway). */
const COMPOUND_START = new Set([...NOT_A_COMPOUND_END, 'either', 'so', 'as', 'neither', 'have']);
/** The possessive clitic, which wink tags PART: `Lenin's`, `Russia’s`. */
const POSSESSIVE = /^['’]s$/i;

/** Whether a token is a word: it has a letter (an ASCII letter first, the quick and common case). */
const isWord = (surface: string) => /[a-zA-Z]/.test(surface) || LETTER.test(surface);

/**
 * One token per written word, as AntConc and quanteda count them (DESIGN.md: a word is a token with a letter):
 * - `Social` `-` `Democratic` (no spaces around the hyphen) → `Social-Democratic`: a hyphenated compound is one word;
 * - `Lenin` `'s`, `do` `n't`, `can` `not`, `that` `'s` → `Lenin's`, `don't`, `cannot`, `that's`: wink splits clitics off,
 *   but a clitic is part of the word it is written with, not a word of its own (quanteda's tokens keep `that's`,
 *   `cannot` and `Lenin's` whole).
 * The joined token takes the part of speech and stop-word flag of its first word.
 */
export function mergeTokens(toks: WinkToken[]): WinkToken[] {
	const out: WinkToken[] = [];
	const joins = (j: number) =>
		j + 2 < toks.length &&
		HYPHENS.has(toks[j + 1].surface) &&
		toks[j + 1].space === '' &&
		toks[j + 2].space === '' &&
		ALNUM.test(toks[j].surface) &&
		ALNUM.test(toks[j + 2].surface);
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (!joins(i) || isDash(toks, i)) {
			out.push(t);
			continue;
		}
		let j = i;
		while (joins(j)) j += 2;
		const parts = toks.slice(i, j + 1);
		const surface = parts.map((p) => p.surface).join('');
		const last = parts[parts.length - 1];
		if (!parts.some((p) => LETTER.test(p.surface))) {
			// Numbers like 1905-1907 become one token too, but stay what wink made of their last part.
			out.push({ ...last, surface, lemma: surface, space: t.space, id: -1 });
		} else {
			// The head of an English compound is its last part: it carries the part of speech and the inflection.
			out.push({ surface, lemma: surface, pos: last.pos, stop: false, space: t.space, oov: last.oov, id: -1 });
		}
		i = j;
	}
	// Clitics: a word glued to the word before it (wink splits only contractions and possessives so).
	const merged: WinkToken[] = [];
	for (const t of out) {
		const prev = merged[merged.length - 1];
		if (prev === undefined || t.space !== '' || !LETTER.test(t.surface) || !LETTER.test(prev.surface)) {
			merged.push(t);
			continue;
		}
		const possessive = POSSESSIVE.test(t.surface) && t.pos === 'PART' && prev.host !== null;
		merged[merged.length - 1] = {
			...prev,
			id: -1,
			surface: prev.surface + t.surface,
			host: possessive ? (prev.host ?? prev.surface) : null
		};
	}
	return merged;
}

/**
 * Whether the hyphen after token i, in a run of exactly two parts (`year-and`, not `so-and-so`, `matter-of-fact`), is a dash:
 * the second part is a word that ends no compound (`and`, `the`, `our`) and the first is a word that starts none.
 */
function isDash(toks: WinkToken[], i: number): boolean {
	const glued = (k: number) => k >= 0 && k < toks.length && HYPHENS.has(toks[k].surface) && toks[k].space === '';
	const second = toks[i + 2].surface;
	return (
		NOT_A_COMPOUND_END.has(second) &&
		!COMPOUND_START.has(toks[i].surface.toLowerCase()) &&
		LETTER.test(toks[i].surface) &&
		!(glued(i - 1) && toks[i].space === '') &&
		!(glued(i + 3) && toks[i + 4]?.space === '')
	);
}

const CAPITALISED = /^\p{Lu}/u;
/** Starts with a capital (A–Z first, the quick and common case). */
const capitalised = (s: string) => {
	const c = s.charCodeAt(0);
	return c >= 65 && c <= 90 ? true : c < 128 ? false : CAPITALISED.test(s);
};
const isName = (t: WinkToken | undefined) => t !== undefined && t.pos === 'PROPN' && capitalised(t.surface);

/** A capitalised word with another name just before or after it, a space between (`Albert Rhys Williams`). */
const nextToName = (toks: WinkToken[], i: number) =>
	capitalised(toks[i].surface) && ((toks[i].space !== '' && isName(toks[i - 1])) || (toks[i + 1]?.space !== '' && isName(toks[i + 1])));

/**
 * What a token's lexeme and reading give: cached by wink's lexeme id (the same id is the same surface), one entry per
 * way the lexeme is read (`work` as NOUN and as VERB), chained, so that alternating readings do not evict each other
 * (a single entry was recomputed at every switch). A hit gives what recomputing would: lemmaOf's noun readings are
 * made once per word, so caching more never changes which texts the reader reads, nor when.
 */
interface Reading {
	/** Another reading of the same lexeme. */
	next: Reading | undefined;
	surface: string;
	pos: string;
	winkLemma: string;
	inName: boolean;
	vocabulary: ReadonlySet<string> | undefined;
	lower: string;
	word: boolean;
	lemma: string;
}
/** Per reader, by lexeme id: ids, and what wink makes of a word, are a reader's own (see Reader). */
const readingsOf = new WeakMap<Reader, (Reading | undefined)[]>();

/** lower, is_word and lemma of one token (a joined token has no lexeme id of its own: id -1). */
function readToken(t: WinkToken, inName: boolean, vocabulary: ReadonlySet<string> | undefined, reader: Reader, readings: (Reading | undefined)[]): Reading {
	const first = t.id >= 0 ? readings[t.id] : undefined;
	for (let cached = first; cached !== undefined; cached = cached.next) {
		if (
			cached.pos === t.pos &&
			cached.winkLemma === t.lemma &&
			cached.inName === inName &&
			cached.vocabulary === vocabulary &&
			cached.surface === t.surface
		) {
			return cached;
		}
	}
	const word = isWord(t.surface);
	const lower = lowerOf(t.surface);
	let lemma: string;
	if (!word) lemma = lowerOf(t.lemma);
	else if (t.host === null) lemma = lower;
	else if (t.host !== undefined) lemma = lemmaOf(t.host, t.lemma, { pos: t.pos, oov: t.oov, vocabulary, reader });
	else lemma = lemmaOf(t.surface, t.lemma, { pos: t.pos, oov: t.oov, vocabulary, inName, reader }, lower);
	// Never empty (the writer relies on it), as a lemma of nothing would be meaningless.
	const reading: Reading = { next: first, surface: t.surface, pos: t.pos, winkLemma: t.lemma, inName, vocabulary, lower, word, lemma: lemma || lower };
	if (t.id >= 0) readings[t.id] = reading;
	return reading;
}

/** Final token rows of one paragraph's tokens (read by `reader`), numbering tokens and words on from the given counters. */
export function toTokens(toks: WinkToken[], firstTokenId: number, firstWordIndex: number, vocabulary?: ReadonlySet<string>, reader: Reader = sharedReader()): Token[] {
	let readings = readingsOf.get(reader);
	if (readings === undefined) readingsOf.set(reader, (readings = []));
	const out: Token[] = new Array(toks.length);
	let w = firstWordIndex;
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		const { lower, word, lemma } = readToken(t, nextToName(toks, i), vocabulary, reader, readings);
		out[i] = {
			token_id: firstTokenId + i,
			surface: t.surface,
			lower,
			lemma,
			pos: t.pos,
			is_word: word,
			is_stop: t.stop,
			space_before: t.space === '' ? '' : ' ',
			word_index: word ? w++ : null
		};
	}
	return out;
}

/**
 * The corpus's lowercase words (letter runs, so the parts of `Menshevik-minded` and `Lenin’s` count): where a plural
 * wink does not know finds its singular attested (`Mensheviks` → `menshevik`). A loop over character codes: a /\p{L}+/u
 * match over the corpus costs three times as much.
 */
export function corpusVocabulary(texts: Iterable<string>): Set<string> {
	const words = new Set<string>();
	for (const text of texts) {
		const t = text.toLowerCase();
		let start = -1;
		for (let i = 0; i <= t.length; i++) {
			const c = i < t.length ? t.charCodeAt(i) : 32;
			let letter = c >= 97 && c <= 122;
			if (!letter && c > 127) {
				// A letter outside the BMP is a surrogate pair.
				const wide = c >= 0xd800 && c <= 0xdbff;
				letter = LETTER.test(wide ? t.slice(i, i + 2) : t[i]);
				if (letter && wide) {
					if (start < 0) start = i;
					i++;
					continue;
				}
			}
			if (letter) {
				if (start < 0) start = i;
			} else if (start >= 0) {
				words.add(t.slice(start, i));
				start = -1;
			}
		}
	}
	return words;
}
