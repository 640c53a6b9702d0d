// What the inside-one-document view asks of the database: stated once, here, for the view (DocumentProfile.svelte)
// and for the questions answered in advance (views/first-questions.ts).
import { termCountsQuery, termHitsQuery } from '$lib/db/queries/terms';
import type { Query } from '$lib/db/sql';
import type { CurrentTerms } from '$lib/terms/current';

/**
 * Without a document in the address or in group A, the view shows the one where the current terms occur most: it is
 * found from the term change's one counts query (shared with the forms box and the decades). Null: no need.
 */
export function topDocQuery(chosen: string | null, groupA: readonly string[], current: CurrentTerms): Query | null {
	return !chosen && !groupA.length && current.terms.length > 0 ? termCountsQuery(current.terms, current.opts) : null;
}

/** One query inside the document: its hits; the bins and DP are counted from them (from-hits.ts). */
export function insideHitsQuery(current: CurrentTerms, docId: string | null): Query | null {
	return current.terms.length > 0 && docId !== null ? termHitsQuery(current.terms, current.opts, docId) : null;
}
