// The one wink-nlp instance of the pipeline, its typed accessors, and the versions recorded in `meta`.
import { createRequire } from 'node:module';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Only POS: lemma, stop-word flag and spacing come from the core model; sentences are cut by our own rules
 * (boundaries.ts), so wink's `sbd` is not needed (its POS tags are the same without it); NER, negation and sentiment
 * would add ~40% to readDoc without changing any token or sentence we store.
 */
export const WINK_PIPE = ['pos'];

export const nlp = winkNLP(model, WINK_PIPE);
export const its = nlp.its;

// wink's `its` helpers are typed loosely; these casts name the value each one yields (svelte-check needs them).
export const itsLemma = its.lemma as ItsFunction<string>;
export const itsPos = its.pos as ItsFunction<string>;
export const itsStop = its.stopWordFlag as ItsFunction<boolean>;
export const itsSpaces = its.precedingSpaces as ItsFunction<string>;
export const itsId = its.uniqueId as ItsFunction<number>;

/**
 * The first lexeme id wink gives a word outside its lexicon. wink numbers its own lexemes from 0 and appends each
 * unknown word after them, so the first unknown word read by a fresh instance gets exactly the lexicon's size.
 * (Read here, before any other text, with a string no lexicon holds.)
 */
const OOV_FROM = nlp.readDoc('qxzjqvkw').tokens().out(itsId)[0] as number;

/** Whether a token's lexeme id (its.uniqueId) is a word wink's lexicon does not know (it has no lemma for it). */
export const isOutOfVocabulary = (id: number) => id >= OOV_FROM;

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

export const WINK_MODEL_VERSION = versionOf('wink-eng-lite-web-model');
export const WINK_NLP_VERSION = versionOf('wink-nlp');
