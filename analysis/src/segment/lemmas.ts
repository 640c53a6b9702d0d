// Lemmas: wink's, lowercased and repaired: capitalised words and hyphenated heads lemmatised, British spelling kept,
// plurals wink does not know reduced when the singular is attested, and a few of wink's slips corrected.
import { isEnglishWord } from '../english-words';
import { itsId, itsLemma, sharedReader, type Reader } from './nlp';

/** `’` as `'`: the stored `lower` and `lemma` spell the apostrophe one way (`surface` keeps the text's). */
const normaliseApostrophe = (s: string) => (s.includes('’') ? s.replaceAll('’', "'") : s);

/** The stored lowercase form of a surface. */
export const lowerOf = (surface: string) => normaliseApostrophe(surface.toLowerCase());

/**
 * wink's lemma slips, corrected (each met in the default corpus):
 * - `masses` → `masse`: wink takes it for the plural of the French loan `masse`; in political prose it is `mass`.
 * - `through` → `thru`, `themselves` → `themself`, `ourselves` → `ourself`, `yourselves` → `yourself`: wink's
 *   lexicon maps these to informal or singular forms; the standard word is its own lemma.
 * - `artel` → `rotl`: a wrong entry in wink's lexicon (an artel is a Russian workers' cooperative).
 * - `species` → `specie`: a different word (coined money).
 */
const OVERRIDES: Record<string, string> = {
	masses: 'mass',
	through: 'through',
	thru: 'through',
	themselves: 'themselves',
	ourselves: 'ourselves',
	yourselves: 'yourselves',
	artel: 'artel',
	artels: 'artel',
	species: 'species'
};

/**
 * US spellings wink's lemmatiser turns British ones into, as [US, British] spellings of a part of the word:
 * `centre` → `center`, `labour` → `labor`, `organisation` → `organization`, `defence` → `defense`, `plough` → `plow`,
 * `caesarean` → `cesarean`. Lemmatising is not respelling: the lemma keeps the text's spelling.
 */
const RESPELLINGS: [string, string][] = [
	['or', 'our'], ['er', 're'], ['iz', 'is'], ['yz', 'ys'], ['ense', 'ence'], ['ow', 'ough'], ['e', 'ae'], ['e', 'oe'], ['og', 'ogue'], ['l', 'll']
];

/**
 * wink's lemma with the form's British spelling put back, if wink respelled it: a lemma that is not the start of the
 * form, where undoing one US spelling makes it so (`centres` → `center` → `centre`; `organising` → `organize` → `organise`).
 */
export function keepSpelling(lower: string, lemma: string): string {
	if (lemma === lower || lower.startsWith(lemma) || lower.startsWith(lemma.replace(/e$/, ''))) return lemma;
	for (const [us, uk] of RESPELLINGS) {
		for (let i = lemma.indexOf(us); i >= 0; i = lemma.indexOf(us, i + 1)) {
			const british = lemma.slice(0, i) + uk + lemma.slice(i + us.length);
			if (lower === british || lower.startsWith(british) || (british.endsWith('e') && lower.startsWith(british.slice(0, -1)))) return british;
		}
	}
	return lemma;
}

/**
 * The singular of a plural wink left whole (`kulaks`, `Mensheviks`, `garrisons`), or null: a word ending in -s (not
 * -ss, -us, -is) whose form without -s, -es or -ies (→ -y) is `known` — attested in the corpus or an English word.
 */
export function singularOf(lower: string, known: (word: string) => boolean): string | null {
	if (!/[a-z]s$/.test(lower) || /(?:ss|us|is)$/.test(lower)) return null;
	const candidates = [lower.slice(0, -1)];
	if (lower.endsWith('es')) candidates.push(lower.slice(0, -2));
	if (lower.endsWith('ies')) candidates.push(`${lower.slice(0, -3)}y`);
	for (const c of candidates) if (c.length >= 3 && known(c)) return c;
	return null;
}

interface LemmaOptions {
	/** wink's part of speech for the token (a plural is reduced only for NOUN and PROPN). */
	pos?: string;
	/** Whether wink's lexicon does not know the lowercase form (then its unchanged lemma says nothing). */
	oov?: boolean;
	/** Lowercase words of the corpus: a singular attested there counts as known. */
	vocabulary?: ReadonlySet<string>;
	/** Next to another capitalised name (`Rhys Williams`, `Sciences Politiques`): a name, not a plural. */
	inName?: boolean;
	/** The wink instance that read the token (default: the shared one); its caches below are its own. */
	reader?: Reader;
}

/**
 * What a reader made of a word, per reader: a noun reading teaches the reader the word, and what wink makes of a word
 * depends on what it learned before (see Reader), so one lane's caches must not answer for another's.
 */
interface Caches {
	nounReadings: Map<string, { lemma: string; oov: boolean }>;
	readings: Map<string, { winkLemma: string; pos: string | undefined; flags: number; reading: Reading }>;
}
const cachesOf = new WeakMap<Reader, Caches>();
function cachesFor(reader: Reader): Caches {
	let c = cachesOf.get(reader);
	if (c === undefined) cachesOf.set(reader, (c = { nounReadings: new Map(), readings: new Map() }));
	return c;
}

/**
 * wink's lemma of a lowercase word read as a noun, after "the" (cached: a corpus has a few thousand such types), and
 * whether wink knows the word. Used for capitalised words, which wink tags PROPN and leaves unlemmatised
 * (`Soviets` → `soviet`; the article makes `Left` a noun, not `leave`), and for the head of a hyphenated compound.
 */
function nounReading(lower: string, reader: Reader): { lemma: string; oov: boolean } {
	const { nounReadings } = cachesFor(reader);
	let r = nounReadings.get(lower);
	if (r === undefined) {
		const tokens = reader.readDoc(`the ${lower}`).tokens();
		const lemmas = tokens.out(itsLemma);
		r =
			lemmas.length === 2
				? { lemma: normaliseApostrophe(String(lemmas[1]).toLowerCase()), oov: reader.isOutOfVocabulary(tokens.out(itsId)[1] as number) }
				: { lemma: lower, oov: true };
		nounReadings.set(lower, r);
	}
	return r;
}

/** Prefixes that make a verb of a verb (`re-elected` is a form of `re-elect`), unlike `well-`, `so-`, `self-`. */
const VERB_PREFIXES = new Set(['re', 'pre', 'post', 'co', 'de', 'dis', 'mis', 'un', 'non', 'sub', 'semi', 'pseudo', 'anti', 'counter', 'inter', 'over', 'under', 'out', 'ex', 'super', 'trans', 'ultra', 'multi', 'neo', 'proto']);
const HYPHEN_SPLIT = /([-\u2010\u2011])/;
const LETTER = /\p{L}/u;

/**
 * A lemma as far as it goes without the corpus: `lemma`, or, for a plural wink does not know, `prefix` + the singular
 * of `plural` if attested (see singularOf), else `lemma`.
 */
interface Reading {
	lemma: string;
	prefix: string;
	plural: string | null;
}

/** The lemma of one word (no hyphen): wink's, repaired. */
function wordLemma(lower: string, winkLemma: string, capitalised: boolean, o: LemmaOptions, prefix = ''): Reading {
	const done = (lemma: string): Reading => ({ lemma: prefix + lemma, prefix, plural: null });
	const override = OVERRIDES[lower];
	if (override !== undefined) return done(override);
	let lemma = normaliseApostrophe(winkLemma.toLowerCase());
	let oov = o.oov ?? false;
	if (lemma === lower && capitalised) ({ lemma, oov } = nounReading(lower, o.reader ?? sharedReader()));
	const fixed = OVERRIDES[lemma];
	if (fixed !== undefined) return done(fixed);
	lemma = keepSpelling(lower, lemma);
	// wink reduces the plurals of words it knows; a known word it leaves whole is invariant (`news`, `politics`).
	const plural = lemma === lower && oov && (capitalised ? !o.inName : o.pos === 'NOUN' || o.pos === 'PROPN') && /[a-z]s$/.test(lower);
	return { lemma: prefix + lemma, prefix, plural: plural ? lower : null };
}

/**
 * The stored lemma of a token: lowercase, `’` as `'`.
 * - One word: wink's lemma, with capitalised words read as nouns (`Soviets` → `soviet`; names wink does not know stay
 *   whole: `Paris`, `Engels`), wink's respellings undone (`centre`), its slips corrected (`masses` → `mass`), and
 *   plurals it does not know reduced when the singular is attested (`Mensheviks` → `menshevik`, `kulaks` → `kulak`;
 *   not a capitalised word next to another name, `Rhys Williams`).
 * - A hyphenated compound: its head (last part) lemmatised so (`sub-committees` → `sub-committee`,
 *   `counter-revolutionaries` → `counter-revolutionary`), except a participial adjective, which stays whole
 *   (`so-called`, `well-known`, `self-proclaimed`, not `so-call`).
 */
export function lemmaOf(surface: string, winkLemma: string, o: LemmaOptions = {}, lower = lowerOf(surface)): string {
	// The same token read the same way has the same reading: cached by surface (a corpus repeats its words, and most
	// of them are always read one way). Only a plural's singular depends on the corpus.
	const flags = (o.oov ? 1 : 0) | (o.inName ? 2 : 0);
	const { readings } = cachesFor(o.reader ?? sharedReader());
	let hit = readings.get(surface);
	if (hit === undefined || hit.winkLemma !== winkLemma || hit.pos !== o.pos || hit.flags !== flags) {
		hit = { winkLemma, pos: o.pos, flags, reading: read(surface, winkLemma, o, lower) };
		readings.set(surface, hit);
	}
	const { lemma, prefix, plural } = hit.reading;
	if (plural === null) return lemma;
	const vocabulary = o.vocabulary;
	const singular = singularOf(plural, (w) => vocabulary?.has(w) === true || isEnglishWord(w));
	return singular === null ? lemma : prefix + singular;
}

function read(surface: string, winkLemma: string, o: LemmaOptions, lower: string): Reading {
	const parts = lower.split(HYPHEN_SPLIT);
	if (parts.length === 1 || !LETTER.test(parts[parts.length - 1]) || !LETTER.test(parts[0])) {
		return wordLemma(lower, winkLemma, /^\p{Lu}/u.test(surface) && lower !== surface, o);
	}
	const head = parts[parts.length - 1];
	const first = parts[0];
	const participle = /(?:ed|ing)$/.test(head) || (/(?:en|wn|t)$/.test(head) && (o.pos === 'VERB' || o.pos === 'ADJ'));
	if (participle && !VERB_PREFIXES.has(first)) return { lemma: lower, prefix: '', plural: null };
	const reading = nounReading(head, o.reader ?? sharedReader());
	return wordLemma(head, reading.lemma, false, { ...o, pos: 'NOUN', oov: reading.oov }, parts.slice(0, -1).join(''));
}
