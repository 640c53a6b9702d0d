// The corpus loader: state of the loading screen (stage, bytes, error), Retry, and the facts every view starts
// from once the database is attached (documents, authors, meta).
import { base } from '$app/paths';
import { LoadError, errorMessage, type LoadProgress } from './load';
import type { QueryRunner } from './sql';
import { localAnswers, readCorpusInfo, type CorpusInfo } from './corpus-info';
import { corpusNameProblem } from './contract/names';
import { keyOf } from './answers';
import { READ_BY_INFO, VIEW_ANSWERS_FILE, fetchSummary, summaryQueries, type Summary } from './summary';
import type { LocalAnswers, Query } from './sql';
import type { WasmRunner } from './runner';
import { openCorpus } from './open';

export type { CorpusInfo } from './corpus-info';

export type LoaderStatus = 'idle' | 'loading' | 'ready' | 'error';

/** One entry of static/data/corpora.json (written by the pipeline). */
export interface CorpusEntry {
	name: string;
	title?: string;
}

export function corpusUrl(name: string): string {
	return `${base}/data/${encodeURIComponent(name)}/corpus.duckdb`;
}

/**
 * The corpora listed in data/corpora.json, or [] when there is no list. Tolerates [..] and {corpora: [..]}; an entry
 * whose name breaks the corpus-name rule (contract/names.ts) is left out: the app could not open it.
 */
export async function fetchCorpora(): Promise<CorpusEntry[]> {
	try {
		const res = await fetch(`${base}/data/corpora.json`);
		if (!res.ok) return [];
		const json = (await res.json()) as unknown;
		const list = Array.isArray(json) ? json : ((json as { corpora?: unknown[] })?.corpora ?? []);
		return list
			.map((c) => (typeof c === 'string' ? { name: c } : (c as CorpusEntry)))
			.filter((c): c is CorpusEntry => typeof c?.name === 'string' && corpusNameProblem(c.name) === null)
			.map((c) => ({ name: c.name, ...(typeof c.title === 'string' ? { title: c.title } : {}) }));
	} catch {
		return [];
	}
}

/** A failure outside the engine's own checks, with what to do: a script of the app that is gone means a rebuilt site. */
function withAdvice(message: string): string {
	if (/dynamically imported module|module script|Failed to fetch/i.test(message))
		return `${message}. The app's files changed or the server stopped: reload the page; if it persists, run \`npm start\` again.`;
	return message;
}

interface Closable extends QueryRunner {
	close(): Promise<void>;
}

/** What the loader needs of a corpus's runner (runner.ts WasmRunner). */
interface Opened extends Attached {
	/** Resolves once the database is attached and checked: false when answers given in advance were not its own. */
	readonly ready: Promise<boolean>;
	seed(query: Query, rows: unknown[], checked?: boolean): boolean;
	/** Given what it can answer without the engine, from documents read from (or checked against) the database. */
	answerLocally(answers: LocalAnswers): void;
	/** Asks the database the answers given unchecked, at idle: false when one was not its own (all forgotten), null
	 *  when stopped before the end. */
	checkGiven(): Promise<boolean | null>;
}

/**
 * Gives `runner` the summary's answers in advance, if they include everything readCorpusInfo reads (with the app's
 * own SQL: a summary written for other queries answers nothing); returns how many were given (0: the loader reads the
 * database, as without a summary). They are checked against the database when it is attached.
 */
export function seed(runner: Pick<Opened, 'seed'>, summary: Summary): number {
	const byKey = new Map(summary.answers.map((a) => [keyOf(a), a.rows]));
	const wanted = summaryQueries();
	if (!wanted.slice(0, READ_BY_INFO).every((q) => byKey.has(keyOf(q)))) return 0;
	let given = 0;
	for (const q of wanted) if (byKey.has(keyOf(q)) && runner.seed(q, byKey.get(keyOf(q))!)) given++;
	return given;
}

/**
 * Gives `runner` the views' first answers (view-answers.json) in advance when they were written for the same database
 * file as `summary` (whose answers were given and are checked); they are trusted with them, and forgotten with them
 * when those disagree. Returns how many were given.
 */
export function seedViews(runner: Pick<Opened, 'seed'>, summary: Summary, views: Summary): number {
	if (!summary.database || views.database !== summary.database) return 0;
	let given = 0;
	for (const a of views.answers) if (runner.seed({ sql: a.sql, params: a.params }, a.rows, false)) given++;
	return given;
}

const noSummary = () => null;

/** An attached database kept after a switch: still usable while the engine that holds it runs. */
interface Attached extends Closable {
	readonly alive: boolean;
	readonly bytes: number;
}

/**
 * How many corpora stay attached (the open one included), and how many bytes they may hold together: switching back to
 * one of them costs no download, no ATTACH and no reads. The databases live in the engine's memory, so a large one
 * pushes the oldest out.
 */
export const KEEP_ATTACHED = 3;
export const KEEP_BYTES = 256 * 1_048_576;

/** Which kept corpora to let go (the least recently opened first) so that at most `count` and `bytes` remain. */
export function evictions(kept: readonly { corpus: string; bytes: number }[], count = KEEP_ATTACHED, bytes = KEEP_BYTES): string[] {
	// `kept` runs from the least to the most recently opened; the most recent always stays.
	let total = kept.reduce((t, k) => t + k.bytes, 0);
	let left = kept.length;
	const out: string[] = [];
	for (const k of kept.slice(0, -1)) {
		if (left <= count && total <= bytes) break;
		out.push(k.corpus);
		total -= k.bytes;
		left--;
	}
	return out;
}

/** A load under way: the summary and the engine's runner (the download and the engine start with it). */
interface Begun {
	summary: Promise<Summary | null>;
	/** The views' first answers (view-answers.json), asked for beside the summary. */
	views: Promise<Summary | null>;
	runner: WasmRunner;
	/** Sends the load's progress to `onProgress` from now on, the latest one at once. */
	listen(onProgress: (p: LoadProgress) => void): void;
}

function begin(url: string): Begun {
	let latest: LoadProgress | null = null;
	let listener: ((p: LoadProgress) => void) | null = null;
	// The summary (a few KB) is asked for at once, beside the engine's script.
	const summary = fetchSummary(url);
	const views = fetchSummary(url, VIEW_ANSWERS_FILE);
	// The runner at once (it answers what the summary gives); the engine's script is imported by it, in the browser only.
	const runner = openCorpus({
		url,
		onProgress: (p) => {
			latest = { ...p };
			listener?.(latest);
		}
	});
	return {
		summary,
		views,
		runner,
		listen(onProgress) {
			listener = onProgress;
			if (latest) onProgress(latest);
		}
	};
}

/** Begun by `preload`, not yet taken over by a load. */
let early: { corpus: string; begun: Begun } | null = null;

/**
 * Begins loading `corpus` at the app's start (hooks.client.ts), before the page exists: the engine's worker, its
 * .wasm, the database and the summary download while the page's scripts run and hydrate. The page's first load of
 * that corpus takes it over, failures included; another corpus lets it go.
 */
export function preload(corpus: string): void {
	early = { corpus, begun: begin(absoluteCorpusUrl(corpus)) };
}

/** Whether `pathname` is the dashboard's (the root page, under the site's `root`): the one page that loads corpora. */
export function isDashboardPath(pathname: string, root: string = base): boolean {
	return pathname.startsWith(root) && /^\/?(index\.html)?$/.test(pathname.slice(root.length));
}

/** Absolute, so the error screen and the download link name the full address. */
const absoluteCorpusUrl = (corpus: string) => new URL(corpusUrl(corpus), location.href).href;

/** The load begun early for `corpus`, or a new one (an early load of another corpus is closed). */
function takeOver(corpus: string, url: string): Begun {
	const pre = early;
	early = null;
	if (pre?.corpus === corpus) return pre.begun;
	pre?.begun.runner.close().catch(() => undefined);
	return begin(url);
}

export class CorpusLoader {
	status = $state<LoaderStatus>('idle');
	progress = $state<LoadProgress>({ stage: 'engine', engineReady: false, loaded: 0, total: null });
	error = $state.raw<LoadError | null>(null);
	/** The corpus being (or last) loaded. */
	corpus = $state('');
	info = $state.raw<CorpusInfo | null>(null);
	runner = $state.raw<Closable | null>(null);
	/** Increases with every successful load, so views are rebuilt for a new database. */
	generation = $state(0);
	/** Whether the views may be drawn: their first answers given in advance are in (or will not come), so that a view
	 *  mounted now does not ask the engine what the corpus's view-answers.json answers. */
	answered = $state(false);
	private attempt = 0;
	/** Corpora opened on this page and still attached, from the least to the most recently opened. */
	private kept = new Map<string, { runner: Attached; info: CorpusInfo }>();

	async load(corpus: string): Promise<void> {
		const attempt = ++this.attempt;
		performance.mark('tribune:load-start', { detail: corpus });
		this.runner = null;
		this.info = null;
		this.corpus = corpus;
		const kept = this.kept.get(corpus);
		this.kept.delete(corpus);
		if (kept?.runner.alive) {
			// Opened before on this page and still attached: shown at once.
			this.kept.set(corpus, kept);
			this.error = null;
			this.info = kept.info;
			this.runner = kept.runner;
			this.answered = true;
			this.generation++;
			this.status = 'ready';
			performance.mark('tribune:corpus-ready', { detail: corpus });
			return;
		}
		kept?.runner.close().catch(() => undefined);
		this.status = 'loading';
		this.error = null;
		this.progress = { stage: 'engine', engineReady: false, loaded: 0, total: null };
		const url = absoluteCorpusUrl(corpus);
		const current = () => attempt === this.attempt;
		let viewsGiven = false;
		try {
			const begun = takeOver(corpus, url);
			begun.listen((p) => {
				if (current()) this.progress = p;
			});
			const runner = begun.runner;
			// Not waited for past the database's readiness (a summary that never arrives must not hold the page).
			const summary = await Promise.race([begun.summary, runner.ready.then(noSummary, noSummary)]);
			if (!current()) return void runner.close();
			const seeded = summary ? seed(runner, summary) : 0;
			let seededInfo: CorpusInfo | null = null;
			if (seeded) {
				// Drawn from the summary while the engine starts; the views' other questions wait for the database.
				seededInfo = await readCorpusInfo(runner, corpus, url);
				if (!current()) return void runner.close();
				performance.mark('tribune:summary-ready', { detail: corpus });
				this.show(seededInfo, runner, corpus, false);
				// The views wait for their answers (after the first chart), not past the database's readiness.
				const views = await Promise.race([begun.views, runner.ready.then(noSummary, noSummary)]);
				if (!current()) return void runner.close();
				viewsGiven = !!views && !!summary && seedViews(runner, summary, views) > 0;
				if (viewsGiven) performance.mark('tribune:view-answers-ready', { detail: corpus });
				this.answered = true;
			}
			const agreed = await runner.ready;
			if (seededInfo && agreed) {
				// The summary's documents are the database's: the runner answers the groups' documents from them.
				runner.answerLocally(localAnswers(seededInfo));
				// Kept even when another corpus was chosen meanwhile (the page was usable from the summary): it is attached
				// and checked, so switching back to it downloads nothing.
				this.keep(corpus, runner, seededInfo);
				if (current()) {
					performance.mark('tribune:duckdb-ready');
					performance.mark('tribune:summary-checked', { detail: corpus });
				}
				if (viewsGiven) void this.checkViews(corpus, runner);
				return;
			}
			if (!current()) return void runner.close();
			performance.mark('tribune:duckdb-ready');
			if (seeded) {
				// Not this database's summary (left from another run): the runner let its answers go before any view's
				// question ran; the views are built again from the database.
				performance.mark('tribune:summary-stale', { detail: corpus });
				// What is drawn is the summary's: the views wait (their regions busy) until the facts are read again.
				this.answered = false;
				console.warn(`Tribune: ${corpus}/summary.json does not match its database; it is ignored (re-run \`npm run analyze\` to rewrite it).`);
			}
			const info = await readCorpusInfo(runner, corpus, url).catch((e: unknown) => {
				void runner.close();
				throw e;
			});
			if (!current()) return void runner.close();
			runner.answerLocally(localAnswers(info));
			this.keep(corpus, runner, info);
			this.show(info, runner, corpus);
		} catch (e) {
			if (!current()) return;
			this.runner = null;
			this.info = null;
			this.error = e instanceof LoadError ? e : new LoadError(this.progress.stage, url, withAdvice(errorMessage(e)));
			this.status = 'error';
		}
	}

	/**
	 * The views' first answers (view-answers.json), drawn before the database was attached, are asked of it at idle
	 * (WasmRunner.checkGiven); one that is not the database's (a file left from another run) has every view drawn
	 * again from the database.
	 */
	private async checkViews(corpus: string, runner: Opened): Promise<void> {
		// Not checked to the end (the runner closed, a question failed: the view that asks it reports that): no mark.
		const same = await runner.checkGiven().catch(() => null);
		if (same === null) return;
		if (same) {
			performance.mark('tribune:view-answers-checked', { detail: corpus });
			return;
		}
		performance.mark('tribune:view-answers-stale', { detail: corpus });
		console.warn(`Tribune: ${corpus}/view-answers.json does not match its database; the views are drawn from the database (re-run \`npm run analyze\` to rewrite it).`);
		if (this.runner === runner) this.generation++;
	}

	/** The views are (re)built over `runner`, with `info`; `answered`: they may be drawn at once. */
	private show(info: CorpusInfo, runner: Attached, corpus: string, answered = true): void {
		performance.mark('tribune:corpus-info');
		this.answered = answered;
		this.info = info;
		this.runner = runner;
		this.generation++;
		this.status = 'ready';
		performance.mark('tribune:corpus-ready', { detail: corpus });
	}

	private keep(corpus: string, runner: Attached, info: CorpusInfo): void {
		this.kept.set(corpus, { runner, info });
		const list = [...this.kept].map(([name, k]) => ({ corpus: name, bytes: k.runner.bytes }));
		for (const name of evictions(list)) {
			this.kept.get(name)?.runner.close().catch(() => undefined);
			this.kept.delete(name);
		}
	}

	retry(): Promise<void> {
		return this.load(this.corpus);
	}
}
