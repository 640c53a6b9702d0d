// What every view may rely on about the open corpus, built from the reads the loader makes of it (a pure function, so
// that a Node test can build it from a database the pipeline wrote, through the same queries).
import { corpusTitle, readMeta, type CorpusMeta } from './contract/meta';
import type { QueryRunner } from './sql';
import { TABLES, fileSlug, tableFile, type TableName } from './contract/schema';
import { authorsQuery, documentsQuery, metaQuery, type AuthorRow, type DocumentRow } from './queries/documents';

export interface CorpusInfo {
	/** The corpus's title for people (meta.corpus_title, else the folder it was made from, else the one it is served from). */
	name: string;
	/** The folder it is served from (static/data/<folder>/): the corpus's name in the address and in file names. */
	folder: string;
	/** URL of the database file, also offered for download. */
	url: string;
	/** The database's download name, `tribune-<folder>.duckdb`, and its tables' files beside it. */
	files: CorpusFiles;
	docs: DocumentRow[];
	/** In order of first appearance: the domain of the author colours. */
	authors: AuthorRow[];
	meta: CorpusMeta;
}

export interface CorpusReads {
	/** The folder the database is served from (static/data/<folder>/corpus.duckdb). */
	folder: string;
	url: string;
	docs: DocumentRow[];
	authors: AuthorRow[];
	meta: readonly { key: string; value: string | null }[];
}

export function corpusInfo({ folder, url, docs, authors, meta }: CorpusReads): CorpusInfo {
	const m = readMeta(meta);
	return { name: corpusTitle(m, folder), folder, url, files: corpusFiles(folder, url), docs, authors, meta: m };
}

export interface CorpusFiles {
	/** The name to save corpus.duckdb as. */
	database: string;
	tables: { table: TableName; parquet: string; csv: string }[];
}

/** The files the pipeline writes beside a corpus's database (analysis/src/write/tables.ts), as URLs. */
export function corpusFiles(folder: string, databaseUrl: string): CorpusFiles {
	const dir = databaseUrl.slice(0, databaseUrl.lastIndexOf('/') + 1);
	return {
		database: `tribune-${fileSlug(folder)}.duckdb`,
		tables: (Object.keys(TABLES) as TableName[]).map((table) => ({ table, parquet: dir + tableFile(folder, table, 'parquet'), csv: dir + tableFile(folder, table, 'csv') }))
	};
}

/** The reads the app makes of a newly opened corpus, and the CorpusInfo built from them. */
export async function readCorpusInfo(runner: QueryRunner, folder: string, url: string): Promise<CorpusInfo> {
	const [docs, authors, meta] = await Promise.all([
		runner.run<DocumentRow>(documentsQuery()),
		runner.run<AuthorRow>(authorsQuery()),
		runner.run<{ key: string; value: string }>(metaQuery())
	]);
	return corpusInfo({ folder, url, docs, authors, meta });
}
