// A chart's plotted data as CSV (header on the first line, so read.csv, pandas and spreadsheets open it with no
// options; the methods stamp goes in a side file) and as JSON (the stamp as a field).
import { csvFormat } from 'd3';
import type { MethodsStamp } from './stamp';

/**
 * A text cell a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return: OWASP's
 * list) is written with a leading apostrophe, so corpus text stays text. Numbers are never touched (−3.2 is a value).
 */
export function neutralise(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString();
	return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** CSV text: the header, then one line per row; every cell neutralised. */
export function toCsv(rows: readonly Record<string, unknown>[], columns?: string[]): string {
	const plain = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, neutralise(v)])));
	return csvFormat(plain as Record<string, string>[], columns) + '\n';
}

/** The side file of a CSV (`<name>.methods.json`): the stamp, the file it describes and its columns. */
export function toMethodsJson(stamp: MethodsStamp, file: string, columns: readonly string[]): string {
	return JSON.stringify({ describes: file, columns, methods: stamp }, null, 2) + '\n';
}

/** The columns a CSV of these rows has (the given ones, else the first row's keys). */
export const columnsOf = (rows: readonly Record<string, unknown>[], columns?: string[]): string[] => columns ?? Object.keys(rows[0] ?? {});

export function toJson(rows: readonly Record<string, unknown>[], stamp: MethodsStamp): string {
	return JSON.stringify({ methods: stamp, data: rows }, null, 2) + '\n';
}
