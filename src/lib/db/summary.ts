// summary.json, written by the pipeline beside each corpus.duckdb (analysis/src/write/summary.ts): the answers of the
// few queries the page needs before any view can draw (the documents, their authors and facets, meta, the dated
// sections) — exactly the rows the database gives, keyed by the same SQL. The app draws the timeline and the documents
// table from it while the engine starts and the database downloads, then checks it against the database (loader):
// the database stays the one source of truth, the summary only answers early. Beside it, view-answers.json holds the
// answers of every question the views ask at the default address (views/first-questions.ts): larger (MBs on a large
// corpus), so in a file of its own that the first chart does not wait for; both name the database file they answer for
// (`database`, a hash of its bytes), and the views' answers are used only with a summary of the same file.
import type { Query, SqlValue } from './sql';
import { authorsQuery, datedSectionsQuery, documentFacetsQuery, documentsQuery, metaQuery } from './queries/documents';

export const SUMMARY_FILE = 'summary.json';
export const VIEW_ANSWERS_FILE = 'view-answers.json';
export const SUMMARY_FORMAT = 1;

/** The queries a summary answers: the first READ_BY_INFO are what readCorpusInfo reads (corpus-info.ts), then the
 *  timeline's dated sections. */
export const READ_BY_INFO = 4;
export function summaryQueries(): Query[] {
	return [documentsQuery(), authorsQuery(), metaQuery(), documentFacetsQuery(), datedSectionsQuery()];
}

export interface SummaryAnswer {
	sql: string;
	readonly params: readonly SqlValue[];
	rows: Record<string, unknown>[];
}

export interface Summary {
	format: typeof SUMMARY_FORMAT;
	/** The database file these answers are for (a hash of its bytes): pairs a summary with its view answers. */
	database?: string;
	answers: SummaryAnswer[];
}

/** The summary in `json`, or null when it is not one this app reads (another format, a damaged file). */
export function readSummary(json: unknown): Summary | null {
	const s = json as Partial<Summary> | null;
	if (!s || s.format !== SUMMARY_FORMAT || !Array.isArray(s.answers) || (s.database !== undefined && typeof s.database !== 'string')) return null;
	const ok = s.answers.every((a) => a && typeof a.sql === 'string' && Array.isArray(a.params) && Array.isArray(a.rows) && a.rows.every((r) => r !== null && typeof r === 'object'));
	return ok ? (s as Summary) : null;
}

/** The summary (or `file`) beside the database at `databaseUrl`, or null (none, unreadable: the app then reads the database). */
export async function fetchSummary(databaseUrl: string, file = SUMMARY_FILE): Promise<Summary | null> {
	const url = databaseUrl.slice(0, databaseUrl.lastIndexOf('/') + 1) + file;
	try {
		const res = await fetch(url);
		return res.ok ? readSummary(await res.json()) : null;
	} catch {
		return null;
	}
}

/** Whether two answers are the same rows (the summary against the database). */
export const sameRows = (a: readonly unknown[], b: readonly unknown[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A question put to the database itself. */
export type Ask = <T extends Record<string, unknown>>(query: Query) => Promise<T[]>;

/** An answer given in advance: the query and the rows the summary holds for it. */
export interface GivenAnswer {
	query: Query;
	rows: unknown[];
}

/** Whether the database answers each query exactly with the rows given for it. */
export async function agreesWith(ask: Ask, given: readonly GivenAnswer[]): Promise<boolean> {
	const real = await Promise.all(given.map(({ query }) => ask(query)));
	return given.every(({ rows }, i) => sameRows(rows, real[i]));
}
