// A chart's plotted data as CSV (with the methods stamp as leading "#" lines) and as JSON.
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

/** CSV text; the stamp is written as "# key: value" lines that R (comment.char) and pandas (comment=) skip. */
export function toCsv(rows: readonly Record<string, unknown>[], stamp: MethodsStamp, columns?: string[]): string {
	const head = Object.entries(stamp).map(([k, v]) => `# ${k}: ${String(neutralise(String(v))).replace(/\s+/g, ' ')}`);
	const plain = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, neutralise(v)])));
	return head.join('\n') + '\n' + csvFormat(plain as Record<string, string>[], columns) + '\n';
}

export function toJson(rows: readonly Record<string, unknown>[], stamp: MethodsStamp): string {
	return JSON.stringify({ methods: stamp, data: rows }, null, 2) + '\n';
}
