// A runner of the app's Query objects over one attached corpus: answers kept and given in advance, questions waiting
// for the attach, the summary's answers checked before any other, the views' answers checked at idle. It holds no
// engine code (engine.ts, with DuckDB-wasm and Arrow, is imported by open.ts beside the summary's download), so that
// a load's runner exists, and answers what summary.json gives, before the engine's script has arrived and run.
import type * as duckdb from '@duckdb/duckdb-wasm';
import type { LocalAnswers, Query, QueryRunner, Together, Within } from './sql';
import { toPlainRows } from './arrow';
import { Answers } from './answers';
import { agreesWith, sameRows, type Ask, type GivenAnswer } from './summary';

/** Questions put to the engine and not yet answered, by every runner (they share one worker). */
let asking = 0;
let whenIdle: (() => void)[] = [];

/** Resolves once no question is waiting for the engine and the page has had a moment (the main thread idle). */
async function engineIdle(): Promise<void> {
	while (asking > 0) await new Promise<void>((r) => whenIdle.push(r));
	await new Promise<void>((r) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => r(), { timeout: 1000 }) : setTimeout(r, 0)));
	// A question may have come in meanwhile: it goes first.
	if (asking > 0) return engineIdle();
}

/** What a runner runs on once its database is attached. */
export interface Session {
	conn: duckdb.AsyncDuckDBConnection;
	/** Bytes of the database held in the engine's memory while it stays attached. */
	bytes: number;
	/** Whether the engine that holds it still runs (a runner over a stopped one is dead). */
	alive(): boolean;
	/** Closes the connection and DETACHes the database (its memory is freed); the engine keeps running. */
	detach(): Promise<void>;
}

/**
 * Runs Query objects on one DuckDB-wasm connection; statements with parameters are prepared once and reused. It exists
 * from the start of a load: questions asked before the database is attached wait for it, unless their answers were
 * given in advance (`seed`, from the corpus's summary.json), which are checked against the database before any other
 * question reaches it.
 */
export class WasmRunner implements QueryRunner {
	/** Statements by SQL text: being prepared (a promise), then prepared. */
	private prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement> | duckdb.AsyncPreparedStatement>();
	/** Answers by query, in flight and answered: the database is attached read-only, so an answer never goes stale
	 *  (the documents asked by the loader, the timeline and the table at once: one run; every view's first queries
	 *  when the page switches back to this corpus: none). */
	private answers = new Answers();
	private given: GivenAnswer[] = [];
	/** Answers given unchecked (the views' first answers): checked at idle, after `ready` (checkGiven). */
	private trusted: GivenAnswer[] = [];
	private closed: Promise<void> | null = null;
	private attached: Session | null = null;
	/** The database is attached: answers given from now on could not be checked before the views' questions. */
	private checking = false;
	/** The session once checked (`check`, then the answers given in advance): every question waits for it. */
	private opened: Promise<Session>;
	/**
	 * Resolves once the database is attached and checked: true, or false when an answer given in advance was not the
	 * database's (they are all forgotten then, before any view's question runs); rejects with what stopped it.
	 */
	readonly ready: Promise<boolean>;

	constructor(
		private readonly session: Promise<Session>,
		/** Run first on the attached database (is it a Tribune corpus?): a failure is the load's. */
		check: (ask: Ask) => Promise<void> = async () => {}
	) {
		let agreed = true;
		this.opened = session.then(async (s) => {
			this.checking = true;
			const direct: Ask = (q) => this.askOn(s, q);
			await check(direct);
			const given = this.given;
			this.given = [];
			if (given.length && !(await agreesWith(direct, given))) {
				agreed = false;
				this.answers.clear();
				this.trusted = [];
				// Answered from the summary's documents, which are not the database's: asked of the database until the
				// loader gives the documents read from it.
				this.local = null;
			}
			this.attached = s;
			return s;
		});
		this.ready = this.opened.then(() => agreed);
		this.ready.catch(() => undefined);
	}

	/** Attached in the running engine: it can be shown again without a download (a corpus switched back to). */
	get alive(): boolean {
		return this.closed === null && this.attached !== null && this.attached.alive();
	}

	get bytes(): number {
		return this.attached?.bytes ?? 0;
	}

	run<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		const local = this.local?.(query);
		if (local) return Promise.resolve(local as T[]);
		const { within } = query;
		if (within && this.answers.has(within.query)) return this.answers.get<T>(query, () => this.pickWithin<T>(query, within));
		return this.answers.get<T>(query, () => (query.together ? this.askTogether<T>(query.together) : this.ask<T>(query)));
	}

	/** The rows of `query` taken from the wider answer it is part of (Query.within); asked itself if that one failed. */
	private async pickWithin<T extends Record<string, unknown>>(query: Query, within: Within): Promise<T[]> {
		let wider: Record<string, unknown>[];
		try {
			wider = await this.run(within.query);
		} catch {
			return this.ask<T>(query);
		}
		return within.pick(wider) as T[];
	}

	/** Asks `together.query` in place of the query it stands in for, and keeps the other answers it holds. */
	private async askTogether<T extends Record<string, unknown>>(together: Together): Promise<T[]> {
		const [own, ...others] = together.split(await this.ask(together.query));
		for (const { query, rows } of others) this.answers.keep(query, rows);
		return own.rows as T[];
	}

	private local: LocalAnswers | null = null;

	/** Answers that need no engine (the groups' documents, from the corpus's documents): given at once, in order. */
	answerLocally(answers: LocalAnswers): void {
		this.local = answers;
	}

	/** Asks the database itself, past any answer kept or given in advance. */
	async ask<T extends Record<string, unknown>>(query: Query): Promise<T[]> {
		// Once attached, the question is posted to the engine's worker in this task, not after the page's update has
		// run (an await would put it behind the update that asked it: the engine would wait while the page draws).
		const session = this.attached ?? (await this.opened);
		// Marked for the bench, which starts a timed interaction only once the engine has nothing left to answer.
		if (asking++ === 0) performance.mark('tribune:engine-asking');
		try {
			return await this.askOn<T>(session, query);
		} finally {
			if (--asking === 0) {
				performance.mark('tribune:engine-idle');
				const waiting = whenIdle;
				whenIdle = [];
				for (const wake of waiting) wake();
			}
		}
	}

	/**
	 * Asks the database the questions whose answers were given unchecked (the views' first answers, drawn before it was
	 * attached), one at a time and only while no other question waits for the engine, so that a user's question waits
	 * for one of them at most. True when every answer is the database's; at the first that is not, every answer kept is
	 * forgotten and false is returned (the views must ask again). Besides the check, the engine has then run the views'
	 * queries once: its WebAssembly is compiled to the fast tier only for code that has run, so the first questions a
	 * user asks no longer run on the baseline code. Null: stopped before the end (the runner was closed).
	 */
	async checkGiven(): Promise<boolean | null> {
		await this.opened;
		const list = this.trusted;
		this.trusted = [];
		for (const { query, rows } of list) {
			await engineIdle();
			if (this.closed) return null;
			if (!sameRows(rows, await this.ask(query))) {
				this.answers.clear();
				return false;
			}
		}
		return true;
	}

	private async askOn<T extends Record<string, unknown>>({ conn }: Session, query: Query): Promise<T[]> {
		if (query.params.length === 0) return toPlainRows<T>(await conn.query(query.sql));
		// A statement prepared before is used at once (see ask); one being prepared is waited for.
		let stmt = this.prepared.get(query.sql);
		if (!stmt) {
			const preparing = conn.prepare(query.sql);
			this.prepared.set(query.sql, (stmt = preparing));
			preparing.then(
				(s) => this.prepared.set(query.sql, s),
				() => this.prepared.delete(query.sql)
			);
		}
		return toPlainRows<T>(await (stmt instanceof Promise ? await stmt : stmt).query(...query.params));
	}

	/**
	 * Gives the answer to `query` in advance (what the database would answer), before the database is attached;
	 * false (and nothing kept) once it is: the database answers as fast, and the answer could not be checked first.
	 * `checked`: asked of the database before any other question (the corpus's facts, which name the database); the
	 * other answers are the same file's, trusted once those agree, forgotten with them when they do not, and asked
	 * again at idle once the database is ready (checkGiven).
	 */
	seed(query: Query, rows: unknown[], checked = true): boolean {
		if (this.checking) return false;
		this.answers.seed(query, rows);
		(checked ? this.given : this.trusted).push({ query, rows });
		return true;
	}

	/** Closes the connection and DETACHes the database (its memory is freed); the engine keeps running. */
	close(): Promise<void> {
		this.answers.clear();
		this.closed ??= this.session.then(
			(s) => s.detach(),
			() => undefined
		);
		return this.closed;
	}
}
