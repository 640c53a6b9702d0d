// wink-nlp readers (one wink instance each), their typed accessors, and the versions recorded in `meta`.
import { createRequire } from 'node:module';
import winkNLP, { type Document, type ItsFunction, type ItsHelpers } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Only POS: lemma, stop-word flag and spacing come from the core model; sentences are cut by our own rules
 * (boundaries.ts), so wink's `sbd` is not needed (its POS tags are the same without it); NER, negation and sentiment
 * would add ~40% to readDoc without changing any token or sentence we store.
 */
export const WINK_PIPE = ['pos'];

/**
 * One wink instance and what goes with it. wink learns every word outside its lexicon that it reads, and a learned
 * word changes later readings of the same instance (a fresh instance reads "Our President's words" as `President`
 * + `'s`; one that has read "The President's-message" reads `President's` whole). So a reading depends on every text
 * its reader read before: the pipeline gives each lane of documents its own reader (pool.ts), and the caches that hold
 * what a reading gave (lemmas.ts, tokens.ts) are kept per reader.
 */
export interface Reader {
	/** wink's reading of a text (which teaches this reader the words it did not know). */
	readDoc(text: string): Document;
	/** Whether a token's lexeme id (its.uniqueId) is a word wink's lexicon does not know (it has no lemma for it). */
	isOutOfVocabulary(id: number): boolean;
}

/** A fresh reader: a new wink instance on the shared model (~1 s; the model's memory is shared). */
export function createReader(): Reader {
	const nlp = winkNLP(model, WINK_PIPE);
	// The first lexeme id wink gives a word outside its lexicon. wink numbers its own lexemes from 0 and appends each
	// unknown word after them, so the first unknown word read by a fresh instance gets exactly the lexicon's size: the
	// same for every reader (read first, with a string no lexicon holds).
	const oovFrom = nlp.readDoc('qxzjqvkw').tokens().out(itsId)[0] as number;
	return { readDoc: (text) => nlp.readDoc(text), isOutOfVocabulary: (id) => id >= oovFrom };
}

let shared: Reader | null = null;

/**
 * The reader of callers that read a few texts on their own (tests, the bench), made on first use. The pipeline never
 * uses it: its lanes have their own.
 */
export function sharedReader(): Reader {
	return (shared ??= createReader());
}

const require = createRequire(import.meta.url);

/** wink's `its` helpers: one module of wink, shared by every instance (`instance.its` is this same object). */
const its = require('wink-nlp/src/its.js') as ItsHelpers;

// wink's `its` helpers are typed loosely; these casts name the value each one yields (svelte-check needs them).
export const itsLemma = its.lemma as ItsFunction<string>;
export const itsPos = its.pos as ItsFunction<string>;
export const itsStop = its.stopWordFlag as ItsFunction<boolean>;
export const itsSpaces = its.precedingSpaces as ItsFunction<string>;
export const itsId = its.uniqueId as ItsFunction<number>;

/** The bare readDoc of the shared reader, for the bench (scripts/bench/pipeline.ts). */
export const nlp = { readDoc: (text: string) => sharedReader().readDoc(text) };

const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

export const WINK_MODEL_VERSION = versionOf('wink-eng-lite-web-model');
export const WINK_NLP_VERSION = versionOf('wink-nlp');
