// The term box grammar: what a person types ("uprising, armed uprising, revolution*") as a list of terms.
//
// - Terms are separated by commas or new lines; spaces inside a term make a phrase (consecutive words of one
//   sentence; punctuation between them is skipped, a sentence boundary is not crossed).
// - Case-insensitive: everything is lower-cased and matched against `tokens.lower` (or `tokens.lemma`).
// - A trailing `*` on a word is a prefix wildcard (`revolution*` finds revolution, revolutions, revolutionary);
//   a `*` anywhere else is an error.
// - Lemma mode (a switch, not part of the text) matches every inflection of the word: `soviets` and `soviet`
//   both find Soviet and Soviets (see src/lib/db/queries/terms.ts for how the lemma set is found).
// - Hyphenated compounds are single words (`Social-Democratic`). A term with a hyphen matches the compound
//   itself. By default a plain term does NOT match the parts of a compound, so counts agree with AntConc and
//   quanteda; the "inside compounds" switch (`parts`) makes `democratic` also find `Social-Democratic`.
// - Quotes around a term and punctuation at the ends of a word are dropped; a word without a letter cannot
//   match (numbers and punctuation are not words in the corpus), and is reported.

import { controlProblem, quoteValue } from './control';
import { readingForm } from '../db/contract/text';

export { QUOTE_CHARS, quoteValue, controlProblem } from './control';

export interface TermWord {
	/** Lower-cased text without the wildcard. */
	text: string;
	/** Trailing `*`: matches every word that starts with `text`. */
	prefix: boolean;
}

export interface Term {
	/** The normalised term as shown in legends and URLs: words joined by one space, `*` kept. */
	label: string;
	words: TermWord[];
}

export interface TermOptions {
	/** Match on lemmas: any inflection of the typed word. */
	lemma: boolean;
	/** Also match a word inside a hyphenated compound. */
	parts: boolean;
	/** Matched forms left out, per term label (a form: its lower-cased words joined by one space). */
	exclude?: Readonly<Record<string, readonly string[]>>;
}

/** More terms than colours cannot be told apart on a chart. */
export const MAX_TERMS = 8;
/** Words in one phrase. */
const MAX_PHRASE_WORDS = 6;
/** Characters in one term: the URL (src/lib/terms/state.ts) keeps no longer term, so the box takes none either. */
export const MAX_TERM_CHARS = 200;

export interface ParsedTerms {
	terms: Term[];
	/** Readable problems with the text; the terms that parsed are still returned. */
	errors: string[];
}

const QUOTES = /^["'“”‘’«»]+|["'“”‘’«»]+$/g;
const EDGE_PUNCT = /^[.,;:!?()[\]{}"“”‘’«»]+|[.,;:!?()[\]{}"“”«»]+$/gu;
const LETTER = /\p{L}/u;

function parseWord(raw: string): TermWord | string {
	const word = raw.replace(EDGE_PUNCT, '');
	const prefix = word.endsWith('*');
	const text = prefix ? word.slice(0, -1) : word;
	if (text.includes('*')) return `“${quoteValue(raw)}”: a wildcard can only end a word`;
	if (!LETTER.test(text)) return `“${quoteValue(raw)}” has no letter, so it is not a word in the corpus`;
	return { text, prefix };
}

/** Parse the term box. Duplicates are dropped; more than MAX_TERMS are cut with an error. */
export function parseTerms(input: string): ParsedTerms {
	const terms: Term[] = [];
	const errors: string[] = [];
	const seen = new Set<string>();
	for (const piece of readingForm(input).split(/[,\n\r]+/)) {
		// The pipeline stores `lower`/`lemma` with a straight apostrophe (Lenin’s → lenin's): type either.
		const trimmed = piece.trim().replace(QUOTES, '').trim().toLowerCase().replaceAll('’', "'");
		if (!trimmed) continue;
		const control = controlProblem(trimmed);
		if (control) {
			errors.push(`${control}; it is left out — type the term again without it`);
			continue;
		}
		const raws = trimmed.split(/\s+/);
		if (raws.length > MAX_PHRASE_WORDS) {
			errors.push(`“${quoteValue(trimmed)}”: a phrase has at most ${MAX_PHRASE_WORDS} words (this one has ${raws.length})`);
			continue;
		}
		const words: TermWord[] = [];
		let bad = false;
		for (const raw of raws) {
			const w = parseWord(raw);
			if (typeof w === 'string') {
				errors.push(w);
				bad = true;
				break;
			}
			words.push(w);
		}
		if (bad || !words.length) continue;
		const label = words.map((w) => w.text + (w.prefix ? '*' : '')).join(' ');
		if (label.length > MAX_TERM_CHARS) {
			errors.push(`“${quoteValue(label)}” is too long: a term has at most ${MAX_TERM_CHARS} characters (this one has ${label.length})`);
			continue;
		}
		if (seen.has(label)) continue;
		if (terms.length >= MAX_TERMS) {
			errors.push(`At most ${MAX_TERMS} terms at once: “${quoteValue(label)}” and any after it are left out`);
			break;
		}
		seen.add(label);
		terms.push({ label, words });
	}
	return { terms, errors };
}

/** One line for methods stamps and tooltips: how the terms were matched. */
export function describeMatching(opts: TermOptions): string {
	return [
		opts.lemma ? 'lemmas (any inflection of the word)' : 'word forms (case-insensitive)',
		'trailing * = prefix',
		'phrases = consecutive words within a sentence',
		opts.parts ? 'also inside hyphenated compounds' : 'hyphenated compounds are single words',
		...Object.entries(opts.exclude ?? {})
			.filter(([, forms]) => forms.length)
			.map(([term, forms]) => `${term} without ${forms.join(', ')}`)
	].join('; ');
}
