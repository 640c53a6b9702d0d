// The pipeline as one call: read (load + validate) → clean → segment → count and write (→ corpora.json), with hooks
// for progress. Each stage is a folder of analysis/src; types.ts holds the structures passed between them.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanDocument, RawDocument } from './types';
import { loadCorpus } from './read/corpus';
import { buildVocabulary, RULES } from './clean/index';
import { corpusVocabulary } from './segment/tokens';
import { inOrder, inProcess, lanesFor, threadsFor, workerPool } from './segment/pool';
import { CorpusWriter } from './write/writer';
import { metaRows } from './write/meta';
import { updateCatalog } from './write/catalog';
import { CorpusError, error, type Problem } from './problems';
import { corpusNameProblem, toCorpusName } from '../../src/lib/db/contract/names';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DEFAULT_CORPUS = join(ROOT, 'analysis', 'corpus');
const DEFAULT_OUT = join(ROOT, 'static', 'data');
const DEFAULT_NAME = 'default';
export const DATABASE_FILE = 'corpus.duckdb';

export interface AnalyzeOptions {
	/** Corpus folder (manifest.csv + texts); default analysis/corpus. */
	corpus?: string;
	/** Output name: static/data/<name>/corpus.duckdb; default the folder's basename ("default" for analysis/corpus). */
	name?: string;
	/** Output root; default static/data. */
	out?: string;
	title?: string;
	/** Validate, clean and segment, but write nothing. */
	dryRun?: boolean;
	/**
	 * Worker threads that clean and segment (0: all on this thread), at most one per lane. Default: one per lane up to
	 * the cores, none for one lane (threadsFor). The rows written are the same either way.
	 */
	workers?: number;
	/**
	 * Lanes the documents are read in, each by its own wink instance (pool.ts). Default: by the corpus's size
	 * (lanesFor). The rows depend on it (wink learns words within a lane): for tests of small corpora read in lanes.
	 */
	lanes?: number;
}

/** The stages the progress hooks report: each document is cleaned, then segmented (and queued for writing); then
 * the writer's own steps (term counts, metrics, checkpoint, table files). */
export type StageName = 'cleaning' | 'segmenting' | 'writing';

export interface AnalyzeHooks {
	/** Called once validation passed, with the number of documents and their raw characters. */
	onStart?(documents: number, characters: number): void;
	/** Called as each stage starts, with its number of steps (documents, or the writer's steps). */
	onStage?(stage: StageName, steps: number): void;
	/** Called after each step of the current stage: for segmenting, with the document's words. */
	onStep?(words?: number): void;
}

export interface DocumentSummary {
	id: string;
	file: string;
	n_sentences: number;
	n_words: number;
}

export interface AnalyzeResult {
	name: string;
	title?: string;
	/** The database written (absent on a dry run). */
	path?: string;
	hash: string;
	clean: CleanDocument[];
	/** Per document, in manifest order (tokens are not kept: they are in the database). */
	documents: DocumentSummary[];
	warnings: Problem[];
	n_sentences: number;
	n_words: number;
	/**
	 * Wall time of each stage in milliseconds: clean until every document is cleaned, segment until every document is
	 * segmented and its rows handed to DuckDB (which inserts them meanwhile), write the writer's final steps; with load
	 * they add up to total.
	 */
	timings: { load: number; clean: number; segment: number; write: number; total: number };
	/** Worker threads that cleaned and segmented (0: this thread). */
	workers: number;
	/** The process's peak resident memory so far, in bytes (worker threads are part of the process). */
	peakMemory: number;
}

/** The corpus name: --name, else "default" for the bundled corpus, else the folder's basename. */
export function corpusName(dir: string, name?: string): string {
	if (name !== undefined) {
		const problem = corpusNameProblem(name);
		if (problem) throw new CorpusError([error({ file: '--name', value: name, message: problem, fix: `choose a name like "${toCorpusName(name) || 'my-corpus'}".` })]);
		return name;
	}
	if (resolve(dir) === DEFAULT_CORPUS) return DEFAULT_NAME;
	return toCorpusName(basename(resolve(dir))) || DEFAULT_NAME;
}

/** The corpus title: --title, else the first `# ` heading of the folder's README.md, if any. */
function corpusTitle(dir: string, title?: string): string | undefined {
	if (title) return title;
	const readme = join(dir, 'README.md');
	if (!existsSync(readme)) return undefined;
	return /^#\s+(.+)$/m.exec(readFileSync(readme, 'utf8'))?.[1].trim();
}

/** Where a run writes its database (and, beside it, its temporary files). */
export function databasePath(opts: Pick<AnalyzeOptions, 'corpus' | 'name' | 'out'> = {}): string {
	const dir = resolve(opts.corpus ?? DEFAULT_CORPUS);
	return join(resolve(opts.out ?? DEFAULT_OUT), corpusName(dir, opts.name), DATABASE_FILE);
}

const num = (n: number) => n.toLocaleString('en-US');
const LETTERS = /\p{L}/gu;

/** A document that cleaning left without words: what its text holds, what took it out, and what to do. */
function noWordsProblem(raw: RawDocument, c: CleanDocument): Problem {
	const letters = raw.text.match(LETTERS)?.length ?? 0;
	const rules = new Map<string, number>();
	for (const r of c.removed) rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
	const by = [...rules].map(([rule, n]) => `${rule} ${num(n)}`).join(', ');
	return error({
		file: c.entry.file,
		value: c.entry.file,
		message: `has no words left after cleaning: its ${num(raw.text.length)} characters (${num(letters)} letters) ${by ? `were all taken out as apparatus (spans by rule: ${by})` : 'hold no running text'}, so "${c.entry.id}" (manifest line ${c.entry.line}) has nothing to count.`,
		fix: `check that ${c.entry.file} holds the author's running text, not only headings, page numbers or notes; \`npm run analyze -- --report --dry-run\` shows what each cleaning rule removed; or remove its row from the manifest.`
	});
}

/** The runs under way in this process, for `interruptRuns`. */
const running = new Set<() => Promise<void>>();

/**
 * Stops every run under way (on Ctrl+C or SIGTERM: analysis/cli.ts): workers ended, DuckDB interrupted and closed, the
 * temporary files removed once DuckDB can no longer write them. The runs' own promises then reject.
 */
export async function interruptRuns(): Promise<void> {
	await Promise.all([...running].map((stop) => stop()));
}

export async function analyzeCorpus(opts: AnalyzeOptions = {}, hooks: AnalyzeHooks = {}): Promise<AnalyzeResult> {
	const t0 = performance.now();
	const dir = resolve(opts.corpus ?? DEFAULT_CORPUS);
	const name = corpusName(dir, opts.name);
	const outDir = resolve(opts.out ?? DEFAULT_OUT);
	const corpus = loadCorpus(dir);
	const t1 = performance.now();
	const characters = corpus.docs.reduce((n, d) => n + d.text.length, 0);
	hooks.onStart?.(corpus.docs.length, characters);

	// DuckDB opens the temporary file on its own threads while the documents are cleaned.
	const path = join(outDir, name, DATABASE_FILE);
	const writerReady = opts.dryRun ? null : CorpusWriter.create(path, { characters });
	writerReady?.catch(() => {});
	// The lanes follow the corpus alone (so the rows do too); the threads that host them, the machine (pool.ts).
	const lanes = opts.lanes ?? lanesFor(characters, corpus.docs.length);
	if (!Number.isInteger(lanes) || lanes < 1) throw new Error(`analyzeCorpus: lanes must be a whole number of 1 or more, not ${lanes}`);
	const threads = opts.workers === undefined ? threadsFor(lanes) : Math.min(opts.workers, lanes);
	const work = threads > 0 ? workerPool(threads, lanes) : inProcess(lanes);
	let writer: CorpusWriter | null = null;
	const stop = async () => {
		await work.close();
		await (await writerReady?.catch(() => null))?.interrupt();
	};
	running.add(stop);
	try {
		hooks.onStage?.('cleaning', corpus.docs.length);
		work.setCleanVocabulary(buildVocabulary(corpus.docs));
		const clean: CleanDocument[] = [];
		await inOrder(corpus.docs, work.ahead, (d) => work.clean(d), (c) => {
			clean.push(c);
			hooks.onStep?.();
		});
		const t2 = performance.now();
		const documents: DocumentSummary[] = [];
		const problems: Problem[] = [];
		// Every word of the corpus, so that a plural's singular may be attested in any of its documents.
		work.setCorpusVocabulary(corpusVocabulary(clean.flatMap((c) => c.paragraphs.map((p) => p.text))));
		if (writerReady) writer = await writerReady;
		hooks.onStage?.('segmenting', clean.length);
		await inOrder(
			clean,
			work.ahead,
			(c, i) => work.segment({ paragraphs: c.paragraphs, files: writer ? writer.rowFiles(i) : null }, i),
			async (doc, i) => {
				const c = clean[i];
				if (doc.n_words === 0) problems.push(noWordsProblem(corpus.docs[i], c));
				documents.push({ id: c.entry.id, file: c.entry.file, n_sentences: doc.n_sentences, n_words: doc.n_words });
				// Resolves once the previous document is in the database: this one goes in while the next are segmented.
				if (writer && doc.files && !problems.length) await writer.addFiles({ ...doc, entry: c.entry, sections: c.sections, removed: c.removed }, doc.files);
				hooks.onStep?.(doc.n_words);
			}
		);
		await work.close();
		if (problems.length) throw new CorpusError([...problems, ...corpus.warnings]);
		const t3 = performance.now();
		const n_sentences = documents.reduce((n, d) => n + d.n_sentences, 0);
		const n_words = documents.reduce((n, d) => n + d.n_words, 0);
		const title = corpusTitle(dir, opts.title);
		if (writer) {
			await writer.finish(metaRows({ name, title, hash: corpus.hash, n_documents: documents.length, n_sentences, n_words, rules: RULES }), (steps) => hooks.onStage?.('writing', steps), () => hooks.onStep?.());
			updateCatalog(outDir, { name, ...(title ? { title } : {}), n_documents: documents.length, n_words, hash: corpus.hash });
		}
		const t4 = performance.now();
		return {
			name, title, hash: corpus.hash, clean, documents, warnings: corpus.warnings, n_sentences, n_words,
			...(writer ? { path } : {}),
			timings: { load: t1 - t0, clean: t2 - t1, segment: t3 - t2, write: t4 - t3, total: t4 - t0 },
			workers: threads,
			peakMemory: process.resourceUsage().maxRSS * 1024
		};
	} catch (e) {
		await work.close();
		if (writerReady) await (writer ?? (await writerReady.catch(() => null)))?.abort();
		throw e;
	} finally {
		running.delete(stop);
	}
}
