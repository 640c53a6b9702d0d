// The pipeline as one call: read (load + validate) → clean → segment → count and write (→ corpora.json), with hooks
// for progress. Each stage is a folder of analysis/src; types.ts holds the structures passed between them.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanDocument, SegmentedDocument } from './types';
import { loadCorpus } from './read/corpus';
import { cleanCorpus, RULES } from './clean/index';
import { segmentDocument } from './segment/segment';
import { corpusVocabulary } from './segment/tokens';
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
}

export interface AnalyzeHooks {
	/** Called once validation passed, with the number of documents and their raw characters. */
	onStart?(documents: number, characters: number): void;
	/** Called after each document is segmented (and queued for writing). */
	onDocument?(doc: SegmentedDocument, index: number): void;
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
	 * Wall time of each stage in milliseconds: segment is the time spent segmenting (wink-nlp included), write all
	 * the rest after cleaning (handing rows over, waiting for DuckDB, the final commit); they add up to total.
	 */
	timings: { load: number; clean: number; segment: number; write: number; total: number };
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

export async function analyzeCorpus(opts: AnalyzeOptions = {}, hooks: AnalyzeHooks = {}): Promise<AnalyzeResult> {
	const t0 = performance.now();
	const dir = resolve(opts.corpus ?? DEFAULT_CORPUS);
	const name = corpusName(dir, opts.name);
	const outDir = resolve(opts.out ?? DEFAULT_OUT);
	const corpus = loadCorpus(dir);
	const t1 = performance.now();
	hooks.onStart?.(corpus.docs.length, corpus.docs.reduce((n, d) => n + d.text.length, 0));

	// DuckDB opens the temporary file on its own threads while this one cleans.
	const path = join(outDir, name, DATABASE_FILE);
	const writerReady = opts.dryRun ? null : CorpusWriter.create(path);
	let writer: CorpusWriter | null = null;
	try {
		const clean = cleanCorpus(corpus.docs);
		const t2 = performance.now();
		const documents: DocumentSummary[] = [];
		const problems: Problem[] = [];
		// Every word of the corpus, so that a plural's singular may be attested in any of its documents.
		const vocabulary = corpusVocabulary(clean.flatMap((c) => c.paragraphs.map((p) => p.text)));
		let segmentTime = performance.now() - t2;
		for (const [i, c] of clean.entries()) {
			const ts = performance.now();
			const doc = segmentDocument(c, vocabulary);
			segmentTime += performance.now() - ts;
			if (doc.n_words === 0) {
				problems.push(error({ file: c.entry.file, value: c.entry.id, message: `has no words left after cleaning (manifest line ${c.entry.line}).`, fix: 'check that the file holds the running text; `npm run analyze -- --report --dry-run` shows what each cleaning rule removed.' }));
			}
			documents.push({ id: c.entry.id, file: c.entry.file, n_sentences: doc.sentences.length, n_words: doc.n_words });
			if (writerReady && !problems.length) {
				writer ??= await writerReady;
				// Resolves once the previous document is in the database: this one goes in while the next is segmented.
				await writer.addDocument(doc);
			}
			hooks.onDocument?.(doc, i);
		}
		if (problems.length) throw new CorpusError([...problems, ...corpus.warnings]);
		const t3 = performance.now();
		const n_sentences = documents.reduce((n, d) => n + d.n_sentences, 0);
		const n_words = documents.reduce((n, d) => n + d.n_words, 0);
		const title = corpusTitle(dir, opts.title);
		if (writerReady) {
			writer ??= await writerReady;
			await writer.finish(metaRows({ name, title, hash: corpus.hash, n_documents: documents.length, n_sentences, n_words, rules: RULES }));
			updateCatalog(outDir, { name, ...(title ? { title } : {}), n_documents: documents.length, n_words, hash: corpus.hash });
		}
		const t4 = performance.now();
		return {
			name, title, hash: corpus.hash, clean, documents, warnings: corpus.warnings, n_sentences, n_words,
			...(writerReady ? { path } : {}),
			timings: { load: t1 - t0, clean: t2 - t1, segment: segmentTime, write: t4 - t3 + (t3 - t2 - segmentTime), total: t4 - t0 }
		};
	} catch (e) {
		if (writerReady) await (writer ?? (await writerReady.catch(() => null)))?.abort();
		throw e;
	}
}
