// What every view may rely on about the open corpus, built from the reads the loader makes of it (a pure function, so
// that a Node test can build it from a database the pipeline wrote, through the same queries).
import { corpusTitle, readMeta, type CorpusMeta } from './contract/meta';
import type { QueryRunner } from './sql';
import { authorsQuery, documentsQuery, metaQuery, type AuthorRow, type DocumentRow } from './queries/documents';

export interface CorpusInfo {
	/** The corpus's title for people (meta.corpus_title, else the folder it was made from, else the one it is served from). */
	name: string;
	/** URL of the database file, also offered for download. */
	url: string;
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
	return { name: corpusTitle(m, folder), url, docs, authors, meta: m };
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
