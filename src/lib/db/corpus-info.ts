// What every view may rely on about the open corpus, built from the reads the loader makes of it (a pure function, so
// that a Node test can build it from a database the pipeline wrote, through the same queries).
import { corpusTitle, facetNames, readMeta, type CorpusMeta } from './contract/meta';
import type { LocalAnswers, QueryRunner } from './sql';
import { groupDocsOf, isGroupDocsQuery } from './groups';
import { TABLES, fileSlug, tableFile, type TableName } from './contract/schema';
import { authorsQuery, documentFacetsQuery, documentsQuery, metaQuery, type AuthorRow, type DocumentRow, type FacetRow } from './queries/documents';

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
	/** The facets (further manifest columns: party, country …) in manifest order; [] when the corpus has none. */
	facets: Facet[];
	/** Each document's facet values (facet → value; a document with an empty cell has no entry for that facet). */
	docFacets: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

/** A facet of the documents and the values it takes. */
export interface Facet {
	name: string;
	/** In order of first appearance in time (as the authors), with how many documents have each. */
	values: { value: string; n_docs: number }[];
}

export interface CorpusReads {
	/** The folder the database is served from (static/data/<folder>/corpus.duckdb). */
	folder: string;
	url: string;
	docs: DocumentRow[];
	authors: AuthorRow[];
	meta: readonly { key: string; value: string | null }[];
	/** document_facets' rows (absent for a database without facets). */
	facets?: readonly FacetRow[];
}

export function corpusInfo({ folder, url, docs, authors, meta, facets = [] }: CorpusReads): CorpusInfo {
	const m = readMeta(meta);
	return { name: corpusTitle(m, folder), folder, url, files: corpusFiles(folder, url), docs, authors, meta: m, ...facetsOf(facetNames(m), docs, facets) };
}

/**
 * The facets listed in meta, their values in order of first appearance (docs are in time order) with document counts,
 * and each document's values. A row of a facet meta does not list is left out.
 */
export function facetsOf(names: readonly string[], docs: readonly Pick<DocumentRow, 'doc_id'>[], rows: readonly FacetRow[]): Pick<CorpusInfo, 'facets' | 'docFacets'> {
	const docFacets = new Map<string, Record<string, string>>();
	for (const r of rows) if (names.includes(r.facet)) docFacets.set(r.doc_id, { ...docFacets.get(r.doc_id), [r.facet]: r.value });
	const facets = names.map((name) => {
		const counts = new Map<string, number>();
		for (const d of docs) {
			const v = docFacets.get(d.doc_id)?.[name];
			if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
		}
		return { name, values: [...counts].map(([value, n_docs]) => ({ value, n_docs })) };
	});
	return { facets, docFacets };
}

/** What an address is checked against (src/lib/state/slice.ts CorpusFacts), with the facets' values. */
export function corpusFacts(info: CorpusInfo): { docIds: string[]; authors: string[]; facets: Record<string, string[]> } {
	return {
		docIds: info.docs.map((d) => d.doc_id),
		authors: info.authors.map((a) => a.author),
		facets: Object.fromEntries(info.facets.map((f) => [f.name, f.values.map((v) => v.value)]))
	};
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

/**
 * The reads the app makes of a newly opened corpus, all sent at once (one round trip to the engine, not two), and the
 * CorpusInfo built from them.
 */
export async function readCorpusInfo(runner: QueryRunner, folder: string, url: string): Promise<CorpusInfo> {
	// A database older than facets has no document_facets table: its read fails, and only matters if meta lists facets.
	const facetRows = runner.run<FacetRow>(documentFacetsQuery()).then(
		(rows) => ({ rows }),
		(error: unknown) => ({ error })
	);
	const [docs, authors, meta, read] = await Promise.all([
		runner.run<DocumentRow>(documentsQuery()),
		runner.run<AuthorRow>(authorsQuery()),
		runner.run<{ key: string; value: string }>(metaQuery()),
		facetRows
	]);
	let facets: readonly FacetRow[] = [];
	if (facetNames(readMeta(meta)).length) {
		if ('error' in read) throw read.error;
		facets = read.rows;
	}
	return corpusInfo({ folder, url, docs, authors, meta, facets });
}

/**
 * What a corpus's runner answers from its documents, without the engine (runner.ts answerLocally): the groups'
 * documents (groupDocsOf, the same rows as groupDocsQuery).
 */
export function localAnswers(info: Pick<CorpusInfo, 'docs' | 'docFacets'>): LocalAnswers {
	return (q) => (isGroupDocsQuery(q) ? groupDocsOf(q.groups, info.docs, info.docFacets) : undefined);
}
