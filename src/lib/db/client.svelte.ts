// A view as a client of the query layer: it states its query (a function of the state), and receives rows,
// pending or an error. Created with the component, re-run when the query changes, stale answers dropped.
import { getDb } from './context';
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

const keyOf = (q: Query) => JSON.stringify(q);

/**
 * Runs `query()` now and whenever what it reads changes; `null` means "nothing to ask".
 * Call during component initialisation (it uses $effect and the DB context).
 */
export function useQuery<T extends Record<string, unknown>>(query: () => Query | null, runner: QueryRunner = getDb().runner): QueryResult<T> {
	const result = new QueryResult<T>();
	// The query in flight or last answered; an answer to anything else is dropped.
	let current: { key: string; live: boolean } | null = null;
	$effect(() => {
		const q = query();
		const key = q ? keyOf(q) : '';
		if (current && current.key === key && !result.error) return;
		if (current) current.live = false;
		if (!q) {
			current = null;
			result.rows = null;
			result.answered = null;
			result.pending = false;
			result.error = null;
			return;
		}
		const token = (current = { key, live: true });
		result.pending = true;
		const t0 = performance.now();
		runner.run<T>(q).then(
			(rows) => {
				if (!token.live) return;
				result.rows = rows;
				result.answered = key;
				result.error = null;
				result.pending = false;
				result.ms = performance.now() - t0;
			},
			(e: unknown) => {
				if (!token.live) return;
				result.error = e instanceof Error ? e : new Error(String(e));
				result.pending = false;
			}
		);
	});
	$effect(() => () => {
		if (current) current.live = false;
	});
	return result;
}
