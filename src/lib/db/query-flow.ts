// How one view's query travels, without Svelte (so it can be tested with a fake runner): a newer query supersedes an
// older one, whose answer is then dropped however late it comes (identical queries asked at once by several views share
// one run in the runner itself: answers.ts); a failure — of the runner or of building the query — becomes an error for the view,
// never an exception thrown past it; and a busy region (the view's <section>) counts the query from its start until
// its answer is on screen.
import type { Query, QueryRunner } from './sql';
import { keyOf } from './answers';

export { keyOf } from './answers';

/** Something that is busy while any of its holders is: `begin` counts one more, the returned function one less (once). */
export interface BusyCounter {
	begin(): () => void;
	/** The error of one query client (null: none); shown by the region. */
	report?(client: object, error: Error | null): void;
}

/** What the flow tells its view. */
export interface QuerySink<T> {
	/** A query was asked (its answer pending); `rows` keep the last answer meanwhile. */
	pending(key: string): void;
	answer(rows: T[], key: string, ms: number): void;
	failed(error: Error, key: string | null): void;
	/** Nothing is asked. */
	idle(): void;
}

/** Makes any thrown value an Error with a message a person can read. */
export function asError(e: unknown): Error {
	return e instanceof Error ? e : new Error(String(e));
}

export class QueryFlow<T extends Record<string, unknown>> {
	private current: { key: string; live: boolean; done: () => void } | null = null;
	private failedKey: string | null = null;
	private lastKey: string | null = null;

	constructor(
		private readonly runner: QueryRunner,
		private readonly sink: QuerySink<T>,
		private readonly busy: BusyCounter | null = null,
		/** Runs a callback once the view has drawn an answer (the app: after Svelte's update and a paint). */
		private readonly afterDraw: (then: () => void) => void = (then) => then(),
		private readonly now: () => number = () => performance.now()
	) {}

	/** Asks `build()` (the view's query, or null for nothing); the same query as the last is not asked again unless it failed. */
	ask(build: () => Query | null): void {
		let q: Query | null;
		try {
			q = build();
		} catch (e) {
			// A query that cannot be built (a value SQL cannot hold) is the view's error, not an uncaught exception.
			this.supersede();
			this.lastKey = null;
			this.failedKey = null;
			this.report(asError(e));
			this.sink.failed(asError(e), null);
			return;
		}
		const key = q ? keyOf(q) : null;
		if (key !== null && key === this.lastKey && this.failedKey !== key) return;
		this.supersede();
		this.lastKey = key;
		this.failedKey = null;
		if (!q || key === null) {
			this.report(null);
			this.sink.idle();
			return;
		}
		const token = { key, live: true, done: this.busy ? once(this.busy.begin()) : () => {} };
		this.current = token;
		this.sink.pending(key);
		const t0 = this.now();
		// Called inside a promise, so that a runner throwing at once is an answer that failed, as any other.
		(async () => this.runner.run<T>(q))().then(
			(rows) => {
				if (!token.live) return;
				this.report(null);
				this.sink.answer(rows, key, this.now() - t0);
				this.afterDraw(() => this.finish(token));
			},
			(e: unknown) => {
				if (!token.live) return;
				this.failedKey = key;
				this.report(asError(e));
				this.sink.failed(asError(e), key);
				this.afterDraw(() => this.finish(token));
			}
		);
	}

	/** The view is gone: nothing it asked is drawn any more, and its region is no longer busy for it. */
	stop(): void {
		this.supersede();
		this.report(null);
	}

	private finish(token: { live: boolean; done: () => void }): void {
		token.done();
		if (this.current === token) this.current = null;
	}

	private supersede(): void {
		const c = this.current;
		if (!c) return;
		c.live = false;
		c.done();
		this.current = null;
	}

	private report(error: Error | null): void {
		this.busy?.report?.(this, error);
	}
}

/** A busy counter's begin: the returned end works once, however often it is called. */
export function once(end: () => void): () => void {
	let ended = false;
	return () => {
		if (!ended) {
			ended = true;
			end();
		}
	};
}
