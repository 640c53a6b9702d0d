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
}

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
		const key = q ? JSON.stringify(q) : '';
		if (current && current.key === key && !result.error) return;
		if (current) current.live = false;
		if (!q) {
			current = null;
			result.rows = null;
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
