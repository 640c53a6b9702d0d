// The documents table's pure part: its columns, the order of its rows, and how a cell reads.
import { format } from 'd3';
import type { DocumentRow } from '$lib/db/queries/documents';

export type Key = 'title' | 'author' | 'date' | 'kind' | 'n_words' | 'n_sentences' | 'mean_sentence' | 'translation';

export const COLUMNS: { key: Key; label: string; numeric?: boolean; unit?: string }[] = [
	{ key: 'title', label: 'Title' },
	{ key: 'author', label: 'Author' },
	{ key: 'date', label: 'Date' },
	{ key: 'kind', label: 'Kind' },
	{ key: 'n_words', label: 'Words', numeric: true },
	{ key: 'n_sentences', label: 'Sentences', numeric: true },
	{ key: 'mean_sentence', label: 'Mean sentence', numeric: true, unit: 'words' },
	{ key: 'translation', label: 'Translation' }
];

/** Authors sort by surname: the last word of the name ("V. I. Lenin" → "Lenin"), then the full name. */
const surname = (name: string) => `${name.trim().split(/\s+/).at(-1) ?? ''} ${name}`;

/**
 * The rows sorted by one column (numbers as numbers, dates in time order, text in the locale's order). Dates are
 * YYYY[-MM[-DD]] (the pipeline's rule), so their characters' order is time's; comparing them so keeps the first
 * sort of the page (by date) from paying for the locale's collation tables (~20 ms) before the first chart.
 */
export function sortRows(rows: readonly DocumentRow[], key: Key, ascending: boolean): DocumentRow[] {
	const value = (d: DocumentRow) => (key === 'author' ? surname(String(d.author ?? '')) : (d[key] ?? ''));
	const text = key === 'date' ? (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0) : (x: string, y: string) => x.localeCompare(y);
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const c = typeof x === 'number' && typeof y === 'number' ? x - y : text(String(x), String(y));
		return ascending ? c : -c;
	});
}

/** A column sorted for the first time: numbers from the largest, text from A. */
export const firstAscending = (key: Key): boolean => !COLUMNS.find((c) => c.key === key)?.numeric;

const fmtInt = format(',');
const fmt1 = format('.1f');

/** A cell as text: "—" when empty, thousands separated, the mean sentence to one decimal. */
export function cell(d: DocumentRow, k: Key): string {
	const v = d[k];
	if (v === null || v === undefined || v === '') return '—';
	if (k === 'mean_sentence') return fmt1(v as number);
	if (typeof v === 'number') return fmtInt(v);
	return String(v);
}

/** Rows per page: a page of the table stays about as tall as the timeline beside or above it. */
export const PAGE_SIZE = 10;

/**
 * Whether a document matches what was typed in the table's find box: every word of it (case aside) occurs in the
 * title, author, date or kind. An empty box matches everything.
 */
export function matches(d: DocumentRow, typed: string): boolean {
	const words = typed.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return true;
	const hay = [d.title, d.author, d.date, d.kind].map((v) => String(v ?? '').toLocaleLowerCase()).join('\u0000');
	return words.every((w) => hay.includes(w));
}

export interface Page {
	/** Index of the page shown (clamped to the pages there are), from 0. */
	page: number;
	pages: number;
	/** Rows shown: [start, end) of the sorted, filtered rows. */
	start: number;
	end: number;
}

/** The page `page` of `total` rows, `size` a page; a page past the end shows the last one. */
export function pageOf(total: number, page: number, size = PAGE_SIZE): Page {
	const pages = Math.max(1, Math.ceil(total / size));
	const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
	return { page: p, pages, start: p * size, end: Math.min(total, (p + 1) * size) };
}

/** "233 documents, showing 1–15"; filtered: "12 of 233 documents match, showing 1–12"; none: "none of 233 documents match". */
export function countText(all: number, matching: number, { start, end }: Pick<Page, 'start' | 'end'>): string {
	const docs = `${fmtInt(all)} document${all === 1 ? '' : 's'}`;
	if (matching === 0 && all > 0) return `None of ${docs} match`;
	const head = matching === all ? docs : `${fmtInt(matching)} of ${docs} match`;
	return end - start < matching ? `${head}, showing ${fmtInt(start + 1)}–${fmtInt(end)}` : head;
}
