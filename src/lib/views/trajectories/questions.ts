// What the trajectories view asks of the database for a state: stated once, here, for the view (Trajectories.svelte,
// GroupRates.svelte) and for the questions answered in advance (views/first-questions.ts).
import {
	datedPartsCountQuery,
	datedPartUnitsQuery,
	termAuthorRatesQuery,
	termCountsQuery,
	termPooledRatesQuery
} from '$lib/db/queries/terms';
import type { Query } from '$lib/db/sql';
import type { CurrentTerms } from '$lib/terms/current';
import type { TrajectoryState } from './state';

export interface TrajectoryQueries {
	/** The parts of the documents with dated parts apart, asked once per corpus (documents level with dated parts). */
	datedParts: Query | null;
	/** Whether the corpus has dated parts at all (the switch is offered then). */
	hasDatedParts: Query;
	byAuthor: Query | null;
	byFacet: Query | null;
	/** The term change's one counts query: decades, whole documents and dated parts are summed from it
	 *  (terms/counts.ts), the forms box and the top document share it. */
	counts: Query | null;
}

/** The view's queries, `view.level` being the level drawn (shownLevel). */
export function trajectoryQueries(view: Pick<TrajectoryState, 'level' | 'datedParts' | 'facet'>, current: CurrentTerms): TrajectoryQueries {
	const { terms, opts } = current;
	const any = terms.length > 0;
	const fromCounts = view.level === 'decades' || view.level === 'documents';
	return {
		datedParts: any && view.level === 'documents' && view.datedParts ? datedPartUnitsQuery() : null,
		hasDatedParts: datedPartsCountQuery(),
		byAuthor: any && view.level === 'authors' ? termAuthorRatesQuery(terms, opts) : null,
		byFacet: any && view.level === 'facet' && view.facet ? termPooledRatesQuery(terms, opts, { kind: 'facet', facet: view.facet }) : null,
		counts: any && fromCounts ? termCountsQuery(terms, opts) : null
	};
}

/** The forms box's query: the counts of the current terms (the same as the trajectories' and the top document's). */
export const formsQuery = (current: CurrentTerms): Query | null => (current.terms.length ? termCountsQuery(current.terms, current.opts) : null);
