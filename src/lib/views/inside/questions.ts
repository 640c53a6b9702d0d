// What the inside-one-document view asks of the database: stated once, here, for the view (DocumentProfile.svelte)
// and for the questions answered in advance (views/first-questions.ts).
import { allHitsWorthAsking, termCountsQuery, termHitsQuery, type TermCountRow } from '$lib/db/queries/terms';
import { whenIdleAfter } from '$lib/charts/after-paint';
import { pageBusy } from '$lib/db/busy.svelte';
import type { Query, QueryRunner } from '$lib/db/sql';
import type { CurrentTerms } from '$lib/terms/current';
import { topDocFromCounts, type CountedDoc } from '$lib/terms/counts';
import { profileDoc } from './state';

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

/** The document where the current terms occur most, from the counts query's rows (null: none occurs). */
export const topDocId = (rows: readonly TermCountRow[], current: CurrentTerms, docs: readonly CountedDoc[]): string | null =>
	topDocFromCounts(rows, current.terms, current.opts, docs)?.doc_id ?? null;

/**
 * Asks the top document's hits as soon as the counts (`topDocQuery`'s answer) are in, instead of at this view's turn
 * in the page's update, which comes after the trajectories above it have drawn (effects run in page order): the
 * engine answers while the page draws, and the view's own ask of the same query joins that run (the runner runs one
 * SQL text once). The document is the one the view would pick (profileDoc). Returns a function that calls it off.
 */
export function askHitsEarly(runner: QueryRunner, counts: Query, current: CurrentTerms, docs: readonly CountedDoc[]): () => void {
	let live = true;
	runner.run<TermCountRow>(counts).then(
		(rows) => {
			if (!live) return;
			const hits = insideHitsQuery(current, profileDoc(null, [], topDocId(rows, current, docs), docs[0]?.doc_id ?? null));
			// A failure is the view's to show, when it asks the same query itself.
			if (hits) runner.run(hits).catch(() => undefined);
		},
		() => undefined
	);
	return () => {
		live = false;
	};
}

/**
 * Asks every document's hits of the current terms once the page has drawn the term change, when their counts say
 * they are few (allHitsWorthAsking): the hits of whichever document a click then shows are taken from them
 * (termHitsQuery's `within`) instead of a question to the engine behind the selection change's others. Returns a
 * function that calls it off. Nothing is shown from it: a failure leaves each document's hits to be asked as before.
 */
export function askAllHitsLater(runner: QueryRunner, current: CurrentTerms): () => void {
	if (!current.terms.length) return () => {};
	let live = true;
	let cancelIdle = () => {};
	runner.run<TermCountRow>(termCountsQuery(current.terms, current.opts)).then(
		(counts) => {
			if (!live || !allHitsWorthAsking(counts)) return;
			cancelIdle = whenIdleAfter(pageBusy, () => void runner.run(termHitsQuery(current.terms, current.opts)).catch(() => undefined));
		},
		() => undefined
	);
	return () => {
		live = false;
		cancelIdle();
	};
}
