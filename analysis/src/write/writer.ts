// The DuckDB writer: hands each segmented document to DuckDB while the next one is segmented, derives the metrics in
// SQL, and publishes the file atomically.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { SegmentedDocument } from '../types';
import { SCHEMA_SQL } from '../../../src/lib/db/contract/schema';
import { CORPUS_METRICS_SQL, documentTermsSql } from '../count/metrics';
import { yearOf } from '../read/dates';
import { literal } from '../../../src/lib/db/sql';
import { writeTables } from './tables';

/**
 * The storage format written. DuckDB 1.5 defaults to the same, but it is pinned here because the browser's
 * DuckDB-wasm bundles an older DuckDB, which reads v1.0.0 files and not newer formats.
 */
export const STORAGE_VERSION = 'v1.0.0';

/**
 * DuckDB's default 256 KiB blocks leave a small corpus's file mostly padding (3.7 MB for the default corpus);
 * 16 KiB blocks make it 1.5 MB, which the browser downloads, and DuckDB-wasm reads them (tests/unit/pipeline/wasm.test.ts).
 */
const BLOCK_SIZE = 16384;

const STAGING_SQL = `
CREATE TEMP TABLE section_stage (doc_id VARCHAR, doc_order INTEGER, section_order INTEGER, section VARCHAR, date VARCHAR, year INTEGER);
`;

/**
 * How the rows of tokens and sentences reach DuckDB. An appender costs a native call for each value (~0.15 µs, half a
 * million of them for the default corpus) on the JavaScript thread, which is the thread that segments. Instead each
 * document's tokens and sentences are written as one tab-separated file, and DuckDB's CSV reader inserts them on its
 * own thread while JavaScript segments the next document. The small tables (documents, sections, removed spans, meta)
 * keep their appenders, used once every document is in.
 */
const TOKEN_COLUMNS = {
	sentence_id: 'INTEGER', token_id: 'INTEGER', surface: 'VARCHAR', lower: 'VARCHAR', lemma: 'VARCHAR', pos: 'VARCHAR',
	is_word: 'BOOLEAN', is_stop: 'BOOLEAN', space_before: 'VARCHAR', word_index: 'INTEGER'
};
const SENTENCE_COLUMNS = {
	sentence_id: 'INTEGER', section: 'VARCHAR', paragraph_id: 'INTEGER', text: 'VARCHAR', n_words: 'INTEGER', position: 'DOUBLE', is_heading: 'BOOLEAN', line: 'INTEGER'
};

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

/** A text field: quoted (quotes doubled) only when it holds a quote, tab or line break. */
const field = (v: string) => (/["\t\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** ASCII text, which DuckDB's lower() puts in lower case exactly as JavaScript does. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * One document's tokens as TSV. `lower` is left empty where DuckDB's lower(surface) gives it (ASCII surfaces), and
 * `lemma` where it equals `lower` (neither is ever empty: toTokens), to be filled in by the INSERT below.
 */
function tokensTsv(doc: SegmentedDocument): { tsv: string; longest: number } {
	let out = '';
	let longest = 0;
	for (const s of doc.sentences) {
		const sentence = `${s.sentence_id}\t`;
		for (const t of s.tokens) {
			longest = Math.max(longest, t.surface.length + t.lower.length + t.lemma.length);
			out +=
				sentence +
				t.token_id +
				'\t' +
				field(t.surface) +
				'\t' +
				(ASCII.test(t.surface) ? '' : field(t.lower)) +
				'\t' +
				(t.lemma === t.lower ? '' : field(t.lemma)) +
				'\t' +
				t.pos +
				(t.is_word ? '\t1' : '\t0') +
				(t.is_stop ? '\t1\t' : '\t0\t') +
				t.space_before +
				'\t' +
				(t.word_index ?? '') +
				'\n';
		}
	}
	return { tsv: out, longest: 2 * longest + 64 };
}

function sentencesTsv(doc: SegmentedDocument): { tsv: string; longest: number } {
	let out = '';
	let longest = 0;
	for (const s of doc.sentences) {
		longest = Math.max(longest, s.text.length + s.section.length);
		out += `${s.sentence_id}\t${field(s.section)}\t${s.paragraph_id}\t${field(s.text)}\t${s.n_words}\t${s.position}\t${s.heading ? 1 : 0}\t${s.line}\n`;
	}
	return { tsv: out, longest: 2 * longest + 64 };
}

/** The rows of one document as TSV files: where they are and their longest line. */
interface DocumentFiles {
	tokens: string;
	sentences: string;
	longestToken: number;
	longestSentence: number;
}

/** One document's sentences and tokens into the file's tables, and its term counts (run on DuckDB's thread). */
function documentSql(id: string, f: DocumentFiles): string {
	return `
INSERT INTO out.main.sentences SELECT ${id}, * FROM ${readTsv(f.sentences, SENTENCE_COLUMNS, f.longestSentence)};
INSERT INTO out.main.tokens
SELECT ${id}, sentence_id, token_id, surface,
	CASE WHEN lower = '' THEN lower(surface) ELSE lower END,
	CASE WHEN lemma <> '' THEN lemma WHEN lower = '' THEN lower(surface) ELSE lower END,
	pos, is_word, is_stop, space_before, word_index
FROM ${readTsv(f.tokens, TOKEN_COLUMNS, f.longestToken)};
${documentTermsSql(id)}`;
}

/** What one document's rows outside its TSV files need, kept until `finish`. */
interface Staged {
	order: number;
	entry: SegmentedDocument['entry'];
	n_words: number;
	n_sentences: number;
	n_paragraphs: number;
	sections: SegmentedDocument['sections'];
	removed: SegmentedDocument['removed'];
}

/**
 * DuckDB threads: all cores but the one JavaScript segments on (the inserts run while it does), and at least one.
 * (On two cores, two DuckDB threads made the write stage no faster, often slower: each statement's work is small.)
 */
const THREADS = String(Math.max(1, availableParallelism() - 1));

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
		private readonly scratch: string,
		/** The temporary file in the target's folder: renamed over the target only once complete. */
		readonly tmpPath: string,
		readonly path: string
	) {}

	/** Opens a fresh temporary database beside `path`; the file at `path` is not touched until `finish`. */
	static async create(path: string): Promise<CorpusWriter> {
		mkdirSync(dirname(path), { recursive: true });
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
			await conn.run(`ATTACH ${literal(tmpPath)} AS out (STORAGE_VERSION '${STORAGE_VERSION}', BLOCK_SIZE ${BLOCK_SIZE}); USE out; ${SCHEMA_SQL}; ${STAGING_SQL}; SET checkpoint_threshold = '0KB'; BEGIN TRANSACTION;`);
			return new CorpusWriter(instance, conn, scratch, tmpPath, path);
		} catch (e) {
			conn.closeSync();
			instance.closeSync();
			removeDatabaseFiles(tmpPath);
			throw e;
		}
	}

	/**
	 * Hands one document's rows to DuckDB (doc_order is the call order): resolves once the previous document is in,
	 * so that this one is inserted while the caller segments the next.
	 */
	async addDocument(doc: SegmentedDocument): Promise<void> {
		const order = this.order++;
		const t = tokensTsv(doc);
		const s = sentencesTsv(doc);
		const files: DocumentFiles = {
			tokens: join(this.scratch, `${order}.tokens.tsv`),
			sentences: join(this.scratch, `${order}.sentences.tsv`),
			longestToken: t.longest,
			longestSentence: s.longest
		};
		writeFileSync(files.tokens, t.tsv);
		writeFileSync(files.sentences, s.tsv);
		const last = doc.sentences[doc.sentences.length - 1];
		const n_paragraphs = last ? last.paragraph_id + 1 : 0;
		this.docs.push({ order, entry: doc.entry, n_words: doc.n_words, n_sentences: doc.sentences.length, n_paragraphs, sections: doc.sections, removed: doc.removed });
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
	 * Parquet and CSV beside it, and renames the files.
	 */
	async finish(meta: readonly (readonly [string, string])[]): Promise<void> {
		let tables: Awaited<ReturnType<typeof writeTables>> | undefined;
		try {
			await this.pending;
			this.check();
			await this.appendDocuments();
			await this.conn.run(CORPUS_METRICS_SQL);
			const m = await this.conn.createAppender('meta');
			for (const [k, v] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
				m.appendVarchar(k);
				m.appendVarchar(v);
				m.endRow();
			}
			m.closeSync();
			await this.conn.run('COMMIT; CHECKPOINT out;');
			tables = await writeTables(this.conn, 'out', this.path);
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
		renameSync(this.tmpPath, this.path);
		tables.publish();
	}

	/** documents, sections (staged: their counts come from the sentences) and removed, in document order. */
	private async appendDocuments(): Promise<void> {
		const d = await this.conn.createAppender('documents');
		const sec = await this.conn.createAppender('section_stage', 'main', 'temp');
		const r = await this.conn.createAppender('removed');
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
				sec.appendInteger(order);
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
		}
		for (const app of [d, sec, r]) app.closeSync();
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

/** The temporary file a run writes beside `path` (hidden, per process) before renaming it over `path`; its row files
 * go in the folder `<it>.rows`. */
const tempPathFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/** Removes a database file with its WAL and row files. */
function removeDatabaseFiles(path: string): void {
	rmSync(path, { force: true });
	rmSync(`${path}.wal`, { force: true });
	rmSync(`${path}.rows`, { recursive: true, force: true });
}
