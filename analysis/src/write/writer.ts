// The DuckDB writer: hands each segmented document to DuckDB while the next one is segmented, derives the metrics in
// SQL, and publishes the file atomically.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { SegmentedDocument } from '../types';
import { SCHEMA_SQL } from '../../../src/lib/db/contract/schema';
import { CORPUS_METRICS_SQL, DOC_TERMS_SQL } from '../count/metrics';
import { TERM_TABLES_SQL } from '../count/term-tables';
import { yearOf } from '../read/dates';
import { facetsMetaRow } from './meta';
import { literal } from '../../../src/lib/db/sql';
import { tablePaths, writeTables } from './tables';
import type { TableName } from '../../../src/lib/db/contract/schema';
import { removeStaleTemp, tempPathFor } from './temp';
import { removeSummary, writeSummary } from './summary';
import { RowFiles, SENTENCE_COLUMNS, TOKEN_COLUMNS, type DocumentFiles } from './tsv';

/**
 * The storage format written. DuckDB 1.5 defaults to the same, but it is pinned here because the browser's
 * DuckDB-wasm bundles an older DuckDB, which reads v1.0.0 files and not newer formats.
 */
export const STORAGE_VERSION = 'v1.0.0';

/**
 * The vocabulary written again without compression (checkpointed on its own, the other tables keep theirs): every
 * term query reads all of its strings (a word's lemmas, the pairs of those lemmas), and DuckDB-wasm decompressing the
 * FSST strings of the State of the Union's 28,000 pairs took 4–6 ms a read, against ~1 ms uncompressed (EXPLAIN
 * ANALYZE, warmed). ~1 MB more there.
 */
const PLAIN_VOCABULARY_SQL = `SET force_compression = 'uncompressed';
BEGIN TRANSACTION;
CREATE TEMP TABLE vocab_copy AS FROM out.term_vocab;
DELETE FROM out.term_vocab;
INSERT INTO out.term_vocab FROM vocab_copy ORDER BY word_id;
DROP TABLE vocab_copy;
COMMIT;
CHECKPOINT out;
RESET force_compression;`;

/**
 * Block size by the corpus's size. A DuckDB file spends at least a block on each column segment, so large blocks leave
 * a small corpus's file mostly padding (the default corpus, 0.4 M characters: 1.5 MB with 16 KiB blocks, 3.7 MB with
 * 256 KiB, about 2.2 MB of padding); but 16 KiB blocks are too small for DuckDB to compress `token_id` and `word_index`
 * (the State of the Union, 10 M characters: 46 MB with 16 KiB, −24% with 256 KiB). The database is about four bytes
 * per character of text, so 256 KiB pays for its padding from about 2 M characters: above that, DuckDB's default
 * 256 KiB; below, 16 KiB. DuckDB-wasm reads both (tests/unit/pipeline/wasm.test.ts).
 */
export const LARGE_CORPUS_CHARACTERS = 2_000_000;
export const blockSizeFor = (characters: number) => (characters >= LARGE_CORPUS_CHARACTERS ? 262144 : 16384);

const STAGING_SQL = `
CREATE TEMP TABLE section_stage (doc_id VARCHAR, section_order INTEGER, section VARCHAR, date VARCHAR, year INTEGER);
`;

/**
 * How the rows of tokens and sentences reach DuckDB. An appender costs a native call for each value (~0.15 µs, half a
 * million of them for the default corpus) on a JavaScript thread. Instead each document's tokens and sentences are
 * written as tab-separated files (tsv.ts: by the worker that segments it, as it goes), and DuckDB's CSV reader inserts
 * them on its own thread while the next documents are segmented. The small tables (documents, sections, removed spans,
 * meta) keep their appenders, used once every document is in.
 */
/**
 * read_csv of one of our files: typed columns, nothing sniffed; an empty field is '' for text and NULL for a number.
 * DuckDB refuses lines over 2 MB by default: `longest` (a bound on the longest line in UTF-16 units, so at most three
 * times as many UTF-8 bytes) raises the limit if need be.
 */
function readTsv(file: string, columns: Record<string, string>, longest: number): string {
	const types = Object.entries(columns).map(([k, v]) => `'${k}': '${v}'`);
	const text = Object.keys(columns).filter((k) => columns[k] === 'VARCHAR');
	const maxLine = Math.max(2 ** 21, 3 * longest + 64);
	return `read_csv(${literal(file)}, delim = '\\t', quote = '"', escape = '"', header = false, auto_detect = false, new_line = '\\n', max_line_size = ${maxLine}, columns = {${types.join(', ')}}, force_not_null = [${text.map((k) => `'${k}'`).join(', ')}])`;
}

/** One document's sentences and tokens into the file's tables (run on DuckDB's thread). */
function documentSql(id: string, f: DocumentFiles): string {
	const sentenceColumns = Object.keys(SENTENCE_COLUMNS).map((c) => (c === 'position' ? `position / ${f.positionScale}::DOUBLE` : c));
	return `
INSERT INTO out.main.sentences SELECT ${id}, ${sentenceColumns.join(', ')} FROM ${readTsv(f.sentences, SENTENCE_COLUMNS, f.longestSentence)};
INSERT INTO out.main.tokens
SELECT ${id}, sentence_id, token_id, surface,
	CASE WHEN lower = '' THEN lower(surface) ELSE lower END,
	CASE WHEN lemma <> '' THEN lemma WHEN lower = '' THEN lower(surface) ELSE lower END,
	pos, is_word, is_stop, space_before, word_index
FROM ${readTsv(f.tokens, TOKEN_COLUMNS, f.longestToken)};`;
}

/** What the writer needs of a segmented document besides its TSV files. */
export type WrittenDocument = Pick<SegmentedDocument, 'entry' | 'n_words' | 'sections' | 'removed'> & { n_sentences: number; n_paragraphs: number };

/** What one document's rows outside its TSV files need, kept until `finish`. */
interface Staged extends WrittenDocument {
	order: number;
}

/**
 * DuckDB threads while documents come in: all cores but the one JavaScript segments on (the inserts run while it
 * does), and at least one (on two cores, two threads made the inserts no faster: each statement's work is small).
 * `finish` then gives DuckDB every core, since JavaScript only waits: on the State of the Union, quiet, two threads cut
 * the write stage from 7.2 to 4.8 s (the counts and the table files run in parallel; on a busy machine a second thread
 * gains little). Every insert keeps its rows' order, so the tables are the same either way.
 */
const THREADS = String(Math.max(1, availableParallelism() - 1));

/**
 * The tables this writer stores in their TABLE_ORDER, so that their files need no sort (tables.ts): documents (appended
 * by doc_order), sentences and tokens (inserted document by document in doc_order, each document's rows by sentence_id
 * and token_id: tsv.ts), and the tables the metrics insert in that order (count/metrics.ts; not doc_terms).
 */
const STORED_IN_ORDER: ReadonlySet<TableName> = new Set(['documents', 'sentences', 'tokens', 'sections', 'doc_sentence_stats']);

export class CorpusWriter {
	private order = 0;
	/** The last document's insert, running on DuckDB's side. */
	private pending: Promise<void> = Promise.resolve();
	private failure: { error: unknown } | null = null;
	/** Documents' own rows (documents, sections, removed), appended in `finish`. */
	private readonly docs: Staged[] = [];

	private constructor(
		private readonly instance: DuckDBInstance,
		private readonly conn: DuckDBConnection,
		/** A folder for the TSV files beside the temporary file (same disk, surely writable), removed with it. */
		readonly scratch: string,
		/** The temporary file in the target's folder: renamed over the target only once complete. */
		readonly tmpPath: string,
		readonly path: string
	) {}

	/**
	 * Opens a fresh temporary database beside `path`; the file at `path` is not touched until `finish`. `characters`
	 * (the corpus's raw text) chooses the block size (blockSizeFor). Temporary files that runs no longer alive left in
	 * the folder are removed first.
	 */
	static async create(path: string, { characters = 0 }: { characters?: number } = {}): Promise<CorpusWriter> {
		mkdirSync(dirname(path), { recursive: true });
		removeStaleTemp(dirname(path));
		const tmpPath = tempPathFor(path);
		removeDatabaseFiles(tmpPath);
		const instance = await DuckDBInstance.create(':memory:', { threads: THREADS });
		const conn = await instance.connect();
		const scratch = `${tmpPath}.rows`;
		mkdirSync(scratch);
		try {
			// One statement batch, so that it all runs on DuckDB's threads while this one is busy cleaning. Everything
			// after the DDL is one transaction: one commit instead of one per document and table, each with its fsync;
			// and with a zero checkpoint threshold that commit writes the data blocks directly instead of a WAL first.
			await conn.run(`ATTACH ${literal(tmpPath)} AS out (STORAGE_VERSION '${STORAGE_VERSION}', BLOCK_SIZE ${blockSizeFor(characters)}); USE out; ${SCHEMA_SQL}; ${STAGING_SQL}; SET checkpoint_threshold = '0KB'; BEGIN TRANSACTION;`);
			return new CorpusWriter(instance, conn, scratch, tmpPath, path);
		} catch (e) {
			conn.closeSync();
			instance.closeSync();
			removeDatabaseFiles(tmpPath);
			throw e;
		}
	}

	/** The files the rows of the `order`th document go to (written by whoever segments it). */
	rowFiles(order: number): { tokens: string; sentences: string } {
		return { tokens: join(this.scratch, `${order}.tokens.tsv`), sentences: join(this.scratch, `${order}.sentences.tsv`) };
	}

	/**
	 * Hands one segmented document's rows to DuckDB (doc_order is the call order): resolves once the previous document
	 * is in, so that this one is inserted while the caller segments the next.
	 */
	async addDocument(doc: SegmentedDocument): Promise<void> {
		const paths = this.rowFiles(this.order);
		const rows = new RowFiles(paths.tokens, paths.sentences);
		rows.add(doc.sentences);
		const last = doc.sentences[doc.sentences.length - 1];
		await this.addFiles({ ...doc, n_sentences: doc.sentences.length, n_paragraphs: last ? last.paragraph_id + 1 : 0 }, rows.close(1));
	}

	/**
	 * Hands one document whose rows are already in TSV files (tsv.ts) to DuckDB, in manifest order (doc_order is the
	 * call order); resolves once the previous document is in, so that this one is inserted while the next are segmented.
	 */
	async addFiles(doc: WrittenDocument, files: DocumentFiles): Promise<void> {
		const order = this.order++;
		this.docs.push({ order, entry: doc.entry, n_words: doc.n_words, n_sentences: doc.n_sentences, n_paragraphs: doc.n_paragraphs, sections: doc.sections, removed: doc.removed });
		await this.pending;
		this.check();
		this.pending = this.conn.run(documentSql(literal(doc.entry.id), files)).then(
			() => {
				rmSync(files.tokens, { force: true });
				rmSync(files.sentences, { force: true });
			},
			(error: unknown) => {
				this.failure ??= { error };
			}
		);
	}

	private check(): void {
		if (this.failure) throw this.failure.error;
	}

	/**
	 * Appends the small tables, derives the corpus metrics in SQL, writes `meta`, checkpoints, writes every table as
	 * Parquet and CSV beside it, renames the files, and writes summary.json from the published database. `onSteps` is
	 * told how many steps that is, `onStep` each one done.
	 */
	async finish(meta: readonly (readonly [string, string])[], onSteps?: (steps: number) => void, onStep?: () => void): Promise<void> {
		let tables: Awaited<ReturnType<typeof writeTables>> | undefined;
		const sql = [DOC_TERMS_SQL, CORPUS_METRICS_SQL, TERM_TABLES_SQL].filter((q) => q.trim());
		onSteps?.(3 + sql.length + tablePaths(this.path).length);
		try {
			await this.pending;
			this.check();
			// From here JavaScript only waits: every core to DuckDB (counting, and the table files written in parallel).
			await this.conn.run(`SET threads = ${availableParallelism()}`);
			await this.appendDocuments();
			onStep?.();
			// Term counts once, over the whole table (counted per document, each count scanned the growing `tokens`).
			for (const q of sql) {
				await this.conn.run(q);
				onStep?.();
			}
			const m = await this.conn.createAppender('meta');
			for (const [k, v] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
				m.appendVarchar(k);
				m.appendVarchar(v);
				m.endRow();
			}
			m.closeSync();
			await this.conn.run('COMMIT; CHECKPOINT out;');
			await this.conn.run(PLAIN_VOCABULARY_SQL);
			onStep?.();
			tables = await writeTables(this.conn, 'out', this.path, { stored: STORED_IN_ORDER, onFile: onStep });
			await this.conn.run('USE memory; DETACH out;');
		} catch (e) {
			tables?.discard();
			await this.abort();
			throw e;
		}
		this.conn.closeSync();
		this.instance.closeSync();
		rmSync(this.scratch, { recursive: true, force: true });
		// The checkpoint emptied the WAL into the file; a leftover WAL would belong to nothing once renamed.
		rmSync(`${this.tmpPath}.wal`, { force: true });
		// The old summary answers for the old file: gone before the new file is in place, so that no moment (and no failed
		// write below) pairs a database with another's answers.
		removeSummary(this.path);
		renameSync(this.tmpPath, this.path);
		tables.publish();
		// The app's first answers, asked of the published file (summary.ts).
		await writeSummary(this.path);
		onStep?.();
	}

	/** documents, sections (staged: their counts come from the sentences) and removed, in document order. */
	private async appendDocuments(): Promise<void> {
		const d = await this.conn.createAppender('documents');
		const sec = await this.conn.createAppender('section_stage', 'main', 'temp');
		const r = await this.conn.createAppender('removed');
		const f = await this.conn.createAppender('document_facets');
		const optional = (app: DuckDBAppender, v: string) => (v === '' ? app.appendNull() : app.appendVarchar(v));
		for (const doc of this.docs) {
			const { entry, order } = doc;
			const id = entry.id;
			d.appendVarchar(id);
			d.appendVarchar(entry.title);
			d.appendVarchar(entry.author);
			d.appendVarchar(entry.date);
			d.appendInteger(entry.year);
			optional(d, entry.kind);
			optional(d, entry.published_in);
			optional(d, entry.edition);
			optional(d, entry.translation);
			d.appendInteger(doc.n_words);
			d.appendInteger(doc.n_sentences);
			d.appendVarchar(entry.file);
			d.appendInteger(doc.n_paragraphs);
			d.appendInteger(order);
			d.endRow();
			doc.sections.forEach((s, i) => {
				sec.appendVarchar(id);
				sec.appendInteger(i);
				sec.appendVarchar(s.name);
				sec.appendVarchar(s.date);
				sec.appendInteger(yearOf(s.date));
				sec.endRow();
			});
			for (const span of doc.removed) {
				r.appendVarchar(id);
				r.appendVarchar(span.rule);
				r.appendVarchar(span.text);
				r.appendInteger(span.line);
				r.endRow();
			}
			// A facet's empty cell is no row (document_facets).
			for (const [facet, value] of Object.entries(entry.facets ?? {})) {
				if (value === '') continue;
				f.appendVarchar(id);
				f.appendVarchar(facet);
				f.appendVarchar(value);
				f.endRow();
			}
		}
		// The facet names go with the entries that hold them (metaRows writes the other keys).
		const m = await this.conn.createAppender('meta');
		const [key, names] = facetsMetaRow(this.docs.map((doc) => doc.entry));
		m.appendVarchar(key);
		m.appendVarchar(names);
		m.endRow();
		for (const app of [d, sec, r, f, m]) app.closeSync();
	}

	/** Stops what DuckDB is running (an insert, the final steps), then aborts: on Ctrl+C or SIGTERM. */
	async interrupt(): Promise<void> {
		try {
			this.conn.interrupt();
		} catch {
			// Already closed.
		}
		await this.abort();
	}

	/** Drops the temporary file once DuckDB is done with it; the previous database at `path` stays as it was. */
	async abort(): Promise<void> {
		await this.pending;
		try {
			this.conn.closeSync();
			this.instance.closeSync();
		} catch {
			// Already closed: nothing left to release.
		}
		removeDatabaseFiles(this.tmpPath);
	}
}

/** Removes a database file with its WAL and row files. */
function removeDatabaseFiles(path: string): void {
	rmSync(path, { force: true });
	rmSync(`${path}.wal`, { force: true });
	rmSync(`${path}.rows`, { recursive: true, force: true });
}
