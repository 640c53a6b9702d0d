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

/** The rows sorted by one column (numbers as numbers, text in the locale's order). */
export function sortRows(rows: readonly DocumentRow[], key: Key, ascending: boolean): DocumentRow[] {
	const value = (d: DocumentRow) => (key === 'author' ? surname(String(d.author ?? '')) : (d[key] ?? ''));
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
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
