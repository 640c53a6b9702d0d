// What the keyword-contrast view asks of the database: stated once, here, for the view (Contrasts.svelte) and for the
// questions answered in advance (views/first-questions.ts). Nothing depends on the selection but the groups' members:
// the stop terms, every term's per-document counts and the documents' words are asked once per corpus and counting;
// the contrast is computed from them in TypeScript (contrastFromCounts).
import { CONTRAST_DEFAULTS, contrastCountsQuery, contrastDocsQuery, contrastStopTermsQuery, type ContrastOptions } from '$lib/db/queries/contrasts';
import type { Query } from '$lib/db/sql';
import type { ContrastState } from './state';

/** The statistics' options for the view's state. */
export const contrastOptions = (view: Pick<ContrastState, 'by' | 'stopWords' | 'minFreq'>): ContrastOptions => ({
	...CONTRAST_DEFAULTS,
	by: view.by,
	stopWords: view.stopWords,
	minFreq: view.minFreq
});

/** The stop terms (null when stop words are counted), the per-document counts, the documents' words. */
export function contrastQueries(options: ContrastOptions): { stop: Query | null; counts: Query; docs: Query } {
	return { stop: options.stopWords ? null : contrastStopTermsQuery(options.by), counts: contrastCountsQuery(options.by), docs: contrastDocsQuery() };
}
