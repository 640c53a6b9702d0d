// A view as a client of the query layer: it states its query (a function of the state), and receives rows,
// pending or an error. Created with the component, re-run when the query changes; the ordering, sharing and error
// rules are QueryFlow's (query-flow.ts), and the view's region (ViewSection) is busy while a query is pending or drawn.
import { afterPaint } from '$lib/charts/after-paint';
import { getDb } from './context';
import { getBusyRegion } from './busy.svelte';
import { keyOf, QueryFlow } from './query-flow';
import type { Query, QueryRunner } from './sql';

export class QueryResult<T> {
	/** The last rows received (kept while a new query is pending, so charts do not flash). */
	rows = $state.raw<T[] | null>(null);
	pending = $state(false);
	error = $state.raw<Error | null>(null);
	/** Milliseconds the last query took. */
	ms = $state(0);
	/** The key of the query whose answer `rows` holds. */
	answered = $state<string | null>(null);

	/** Whether `rows` answers `query` (and not an earlier one, kept while `query` is pending). */
	answers(query: Query | null): boolean {
		return query !== null && this.answered === keyOf(query);
	}
}

/**
 * Runs `query()` now and whenever what it reads changes; `null` means "nothing to ask". A query that cannot be
 * built (it throws) is reported as the result's error. Call during component initialisation (it uses $effect, the
 * DB context and the nearest busy region).
 */
export function useQuery<T extends Record<string, unknown>>(query: () => Query | null, runner: QueryRunner = getDb().runner): QueryResult<T> {
	const result = new QueryResult<T>();
	const flow = new QueryFlow<T>(
		runner,
		{
			pending() {
				result.pending = true;
			},
			answer(rows, key, ms) {
				result.rows = rows;
				result.answered = key;
				result.error = null;
				result.pending = false;
				result.ms = ms;
			},
			failed(error) {
				result.error = error;
				result.pending = false;
			},
			idle() {
				result.rows = null;
				result.answered = null;
				result.pending = false;
				result.error = null;
			}
		},
		getBusyRegion(),
		afterPaint
	);
	// A pre-effect: the question goes to the engine before this flush updates the page, so the engine answers it while
	// the main thread draws what the same change changed elsewhere (a selection's or a term's other views).
	$effect.pre(() => flow.ask(query));
	$effect(() => () => flow.stop());
	return result;
}
