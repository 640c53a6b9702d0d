// The DuckDB writer: appends each segmented document, derives the metrics in SQL, and publishes the file atomically.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { SegmentedDocument } from './types';
import { SCHEMA_SQL } from './schema';
import { METRICS_SQL } from './metrics';
import { yearOf } from './dates';

/**
 * The storage format written. DuckDB 1.5 defaults to the same, but it is pinned here because the browser's
 * DuckDB-wasm bundles an older DuckDB, which reads v1.0.0 files and not newer formats.
 */
export const STORAGE_VERSION = 'v1.0.0';

/**
 * DuckDB's default 256 KiB blocks leave a small corpus's file mostly padding (3.7 MB for the default corpus);
 * 16 KiB blocks make it 1.5 MB, which the browser downloads, and DuckDB-wasm reads them (tests/unit/pipeline/wasm.test.ts).
 */
export const BLOCK_SIZE = 16384;

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

const STAGING_SQL = `
CREATE TEMP TABLE section_stage (doc_id VARCHAR, doc_order INTEGER, section_order INTEGER, section VARCHAR, date VARCHAR, year INTEGER);
`;

export class CorpusWriter {
	private order = 0;

	private constructor(
		private readonly instance: DuckDBInstance,
		private readonly conn: DuckDBConnection,
		private readonly appenders: Record<'documents' | 'sentences' | 'tokens' | 'removed' | 'sections', DuckDBAppender>,
		/** The temporary file in the target's folder: renamed over the target only once complete. */
		readonly tmpPath: string,
		readonly path: string
	) {}

	/** Opens a fresh temporary database beside `path`; the file at `path` is not touched until `finish`. */
	static async create(path: string): Promise<CorpusWriter> {
		mkdirSync(dirname(path), { recursive: true });
		const tmpPath = tempPathFor(path);
		removeDatabaseFiles(tmpPath);
		const instance = await DuckDBInstance.create(':memory:');
		const conn = await instance.connect();
		try {
			// One statement batch, so that it all runs on DuckDB's threads while this one is busy cleaning. Everything
			// after the DDL is one transaction: one commit instead of one per appender and statement, each with its fsync;
			// and with a zero checkpoint threshold that commit writes the data blocks directly instead of a WAL first.
			await conn.run(`ATTACH ${sqlString(tmpPath)} AS out (STORAGE_VERSION '${STORAGE_VERSION}', BLOCK_SIZE ${BLOCK_SIZE}); USE out; ${SCHEMA_SQL}; ${STAGING_SQL}; SET checkpoint_threshold = '0KB'; BEGIN TRANSACTION;`);
			const appenders = {
				documents: await conn.createAppender('documents'),
				sentences: await conn.createAppender('sentences'),
				tokens: await conn.createAppender('tokens'),
				removed: await conn.createAppender('removed'),
				sections: await conn.createAppender('section_stage', 'main', 'temp')
			};
			return new CorpusWriter(instance, conn, appenders, tmpPath, path);
		} catch (e) {
			conn.closeSync();
			instance.closeSync();
			removeDatabaseFiles(tmpPath);
			throw e;
		}
	}

	/** Appends one document's rows (documents, sections, sentences, tokens, removed); doc_order is the call order. */
	addDocument(doc: SegmentedDocument): void {
		const { entry } = doc;
		const id = entry.id;
		const a = this.appenders;
		const optional = (app: DuckDBAppender, v: string) => (v === '' ? app.appendNull() : app.appendVarchar(v));
		const last = doc.sentences[doc.sentences.length - 1];

		const d = a.documents;
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
		d.appendInteger(doc.sentences.length);
		d.appendVarchar(entry.file);
		d.appendInteger(last ? last.paragraph_id + 1 : 0);
		d.appendInteger(this.order);
		d.endRow();

		const sec = a.sections;
		doc.sections.forEach((s, i) => {
			sec.appendVarchar(id);
			sec.appendInteger(this.order);
			sec.appendInteger(i);
			sec.appendVarchar(s.name);
			sec.appendVarchar(s.date);
			sec.appendInteger(yearOf(s.date));
			sec.endRow();
		});

		const st = a.sentences;
		const tk = a.tokens;
		for (const s of doc.sentences) {
			st.appendVarchar(id);
			st.appendInteger(s.sentence_id);
			st.appendVarchar(s.section);
			st.appendInteger(s.paragraph_id);
			st.appendVarchar(s.text);
			st.appendInteger(s.n_words);
			st.appendDouble(s.position);
			st.appendBoolean(s.heading);
			st.appendInteger(s.line);
			st.endRow();
			for (const t of s.tokens) {
				tk.appendVarchar(id);
				tk.appendInteger(s.sentence_id);
				tk.appendInteger(t.token_id);
				tk.appendVarchar(t.surface);
				tk.appendVarchar(t.lower);
				tk.appendVarchar(t.lemma);
				tk.appendVarchar(t.pos);
				tk.appendBoolean(t.is_word);
				tk.appendBoolean(t.is_stop);
				tk.appendVarchar(t.space_before);
				if (t.word_index === null) tk.appendNull();
				else tk.appendInteger(t.word_index);
				tk.endRow();
			}
		}

		const r = a.removed;
		for (const span of doc.removed) {
			r.appendVarchar(id);
			r.appendVarchar(span.rule);
			r.appendVarchar(span.text);
			r.appendInteger(span.line);
			r.endRow();
		}
		this.order++;
	}

	/** Derives the metrics in SQL, writes `meta`, checkpoints, and renames the temporary file over `path`. */
	async finish(meta: [string, string][]): Promise<void> {
		try {
			for (const app of Object.values(this.appenders)) app.closeSync();
			await this.conn.run(METRICS_SQL);
			const m = await this.conn.createAppender('meta');
			for (const [k, v] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
				m.appendVarchar(k);
				m.appendVarchar(v);
				m.endRow();
			}
			m.closeSync();
			await this.conn.run('COMMIT; CHECKPOINT out; USE memory; DETACH out;');
		} catch (e) {
			this.abort();
			throw e;
		}
		this.conn.closeSync();
		this.instance.closeSync();
		// The checkpoint emptied the WAL into the file; a leftover WAL would belong to nothing once renamed.
		rmSync(`${this.tmpPath}.wal`, { force: true });
		renameSync(this.tmpPath, this.path);
	}

	/** Drops the temporary file; the previous database at `path` stays as it was. */
	abort(): void {
		try {
			this.conn.closeSync();
			this.instance.closeSync();
		} catch {
			// Already closed: nothing left to release.
		}
		removeDatabaseFiles(this.tmpPath);
	}
}

/** The temporary file a run writes beside `path` (hidden, per process) before renaming it over `path`. */
export const tempPathFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

export function removeDatabaseFiles(path: string): void {
	rmSync(path, { force: true });
	rmSync(`${path}.wal`, { force: true });
}
