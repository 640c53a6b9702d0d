// The `meta` rows the pipeline writes: only the contract's keys (src/lib/db/contract/meta.ts), nothing time- or
// machine-dependent, so two runs give the same table.
import { DEFINITIONS, type CleaningRuleInfo, type MetaKey } from '../../../src/lib/db/contract/meta';
import { PIPELINE_VERSION } from '../version';
import type { ManifestEntry } from '../types';
import { WINK_MODEL_VERSION, WINK_NLP_VERSION, WINK_PIPE } from '../segment/nlp';
import { STORAGE_VERSION } from './writer';

export interface MetaInput {
	/** Corpus name (the folder's basename or --name). */
	name: string;
	title?: string;
	hash: string;
	n_documents: number;
	n_sentences: number;
	n_words: number;
	rules: readonly CleaningRuleInfo[];
}

/**
 * The `facets` row: the facet names in manifest order (every entry has the same names, ManifestEntry.facets), as a
 * JSON array, [] for a manifest without facet columns. Written by the writer with the documents' facet rows, since
 * the names come with the entries.
 */
export function facetsMetaRow(entries: readonly Pick<ManifestEntry, 'facets'>[]): [MetaKey, string] {
	return ['facets', JSON.stringify(Object.keys(entries[0]?.facets ?? {}))];
}

/** Key–value rows of `meta` (all but `facets`: facetsMetaRow). */
export function metaRows(m: MetaInput): [MetaKey, string][] {
	return [
		['pipeline_version', PIPELINE_VERSION],
		['wink_model_version', WINK_MODEL_VERSION],
		['wink_nlp_version', WINK_NLP_VERSION],
		['wink_pipe', WINK_PIPE.join(',')],
		['storage_version', STORAGE_VERSION],
		['corpus_hash', m.hash],
		['created_from', m.name],
		...(m.title ? [['corpus_title', m.title] as [MetaKey, string]] : []),
		['n_documents', String(m.n_documents)],
		['n_sentences', String(m.n_sentences)],
		['n_words', String(m.n_words)],
		['cleaning_rules', JSON.stringify(m.rules.map(({ name, description }) => ({ name, description })))],
		...(Object.entries(DEFINITIONS) as [MetaKey, string][])
	];
}
