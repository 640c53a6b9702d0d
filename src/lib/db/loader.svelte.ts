// The corpus loader: state of the loading screen (stage, bytes, error), Retry, and the facts every view starts
// from once the database is attached (documents, authors, meta).
import { base } from '$app/paths';
import { LoadError, errorMessage, type LoadProgress } from './load';
import type { QueryRunner } from './sql';
import { readCorpusInfo, type CorpusInfo } from './corpus-info';
import { corpusNameProblem } from './contract/names';

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
	private attempt = 0;

	async load(corpus: string): Promise<void> {
		const attempt = ++this.attempt;
		const old = this.runner;
		this.runner = null;
		this.info = null;
		old?.close().catch(() => undefined);
		this.corpus = corpus;
		this.status = 'loading';
		this.error = null;
		this.progress = { stage: 'engine', engineReady: false, loaded: 0, total: null };
		// Absolute, so the error screen and the download link name the full address.
		const url = new URL(corpusUrl(corpus), location.href).href;
		try {
			// Imported here, in the browser only: DuckDB-wasm has no place in the server render.
			const { openCorpus } = await import('./engine');
			const runner = await openCorpus({
				url,
				onProgress: (p) => {
					if (attempt === this.attempt) this.progress = { ...p };
				}
			});
			if (attempt !== this.attempt) return void runner.close();
			performance.mark('tribune:duckdb-ready');
			const info = await readCorpusInfo(runner, corpus, url);
			if (attempt !== this.attempt) return void runner.close();
			this.info = info;
			this.runner = runner;
			this.generation++;
			this.status = 'ready';
		} catch (e) {
			if (attempt !== this.attempt) return;
			this.error = e instanceof LoadError ? e : new LoadError(this.progress.stage, url, withAdvice(errorMessage(e)));
			this.status = 'error';
		}
	}

	retry(): Promise<void> {
		return this.load(this.corpus);
	}
}
