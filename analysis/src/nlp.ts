// The one wink-nlp instance of the pipeline, its typed accessors, and the versions recorded in `meta`.
import { createRequire } from 'node:module';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Only sentence boundaries and POS: lemma, stop-word flag and spacing come from the core model, and NER,
 * negation and sentiment would add ~40% to readDoc without changing any token or sentence we store.
 */
export const WINK_PIPE = ['sbd', 'pos'];

export const nlp = winkNLP(model, WINK_PIPE);
export const its = nlp.its;

// wink's `its` helpers are typed loosely; these casts name the value each one yields (svelte-check needs them).
export const itsLemma = its.lemma as ItsFunction<string>;
export const itsPos = its.pos as ItsFunction<string>;
export const itsStop = its.stopWordFlag as ItsFunction<boolean>;
export const itsSpaces = its.precedingSpaces as ItsFunction<string>;
export const itsSpan = its.span as ItsFunction<number[]>;

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

export const WINK_MODEL_VERSION = versionOf('wink-eng-lite-web-model');
export const WINK_NLP_VERSION = versionOf('wink-nlp');
