// A chart's plotted data as CSV (with the methods stamp as leading "#" lines) and as JSON.
import { csvFormat } from 'd3';
import type { MethodsStamp } from './stamp';

/** CSV text; the stamp is written as "# key: value" lines that R (comment.char) and pandas (comment=) skip. */
export function toCsv(rows: readonly Record<string, unknown>[], stamp: MethodsStamp, columns?: string[]): string {
	const head = Object.entries(stamp).map(([k, v]) => `# ${k}: ${String(v).replace(/\s+/g, ' ')}`);
	const plain = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
	return head.join('\n') + '\n' + csvFormat(plain as Record<string, string>[], columns) + '\n';
}

export function toJson(rows: readonly Record<string, unknown>[], stamp: MethodsStamp): string {
	return JSON.stringify({ methods: stamp, data: rows }, null, 2) + '\n';
}
