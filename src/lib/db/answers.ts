// A runner's answers by question (SQL text and parameters), as promises: a question asked while the same one is in
// flight joins that run (several views asking for the documents at once: one run), and an answer, once in, is kept
// for the next asker, because every database is attached read-only and its answers never go stale. A failure is not
// kept (asked again, it runs again); an answer of more than `maxRows` rows is not kept once it is known to be that
// large; at most `maxAnswers` are kept, the least recently asked let go first. Answers can be given in advance
// (a corpus's summary.json: the first chart drawn before the engine has started).
import type { Query } from './sql';

/**
 * The key of a query: its SQL text and parameters. Kept per Query object: a view asks whether its rows answer its query
 * at every update, and a term query's text runs to several kilobytes (stringified anew, ~2 ms a selection change on
 * the State of the Union). A Query is never changed once made (every builder returns a new one).
 */
const keys = new WeakMap<Query, string>();
export function keyOf(q: Query): string {
	let k = keys.get(q);
	if (k === undefined) keys.set(q, (k = JSON.stringify([q.sql, q.params])));
	return k;
}

/** The most rows an answer may have to be kept (a larger one is asked again each time). */
export const KEPT_ROWS_MAX = 5_000;

export class Answers {
	private kept = new Map<string, Promise<unknown[]>>();
	constructor(
		private readonly maxAnswers = 64,
		private readonly maxRows = KEPT_ROWS_MAX
	) {}

	/** The answer to `query`: kept, in flight, or from `compute()` (then kept). */
	get<T>(query: Query, compute: () => Promise<T[]>): Promise<T[]> {
		const key = keyOf(query);
		const known = this.kept.get(key);
		if (known) {
			this.kept.delete(key);
			this.kept.set(key, known);
			return known as Promise<T[]>;
		}
		const running = compute();
		this.hold(key, running);
		const forget = () => {
			if (this.kept.get(key) === running) this.kept.delete(key);
		};
		running.then((rows) => {
			if (rows.length > this.maxRows) forget();
		}, forget);
		return running;
	}

	/** Gives the answer to `query` in advance (it is what the database would answer). */
	seed(query: Query, rows: unknown[]): void {
		this.hold(keyOf(query), Promise.resolve(rows));
	}

	/** Keeps the answer to `query` got with another's (Query.together), unless it is too large to keep. */
	keep(query: Query, rows: unknown[]): void {
		if (rows.length <= this.maxRows && !this.kept.has(keyOf(query))) this.hold(keyOf(query), Promise.resolve(rows));
	}

	has(query: Query): boolean {
		return this.kept.has(keyOf(query));
	}

	clear(): void {
		this.kept.clear();
	}

	private hold(key: string, answer: Promise<unknown[]>): void {
		this.kept.set(key, answer);
		if (this.kept.size > this.maxAnswers) this.kept.delete(this.kept.keys().next().value!);
	}
}
