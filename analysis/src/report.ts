// What the analysis prints: the per-document cleaning report (--report) and the closing summary.
import { relative } from 'node:path';
import type { CleanDocument, RemovedSpan } from './types';
import type { AnalyzeResult } from './pipeline';
import { formatProblem } from './problems';

const EXAMPLES = 3;
const WIDTH = 70;
const num = (n: number) => n.toLocaleString('en-US');

/** A span as one short line: newlines shown as ⏎, long text cut in the middle. */
export function excerpt(text: string, width = WIDTH): string {
	const flat = text.replace(/\n/g, ' ⏎ ').replace(/[ \t]+/g, ' ').trim();
	if (flat.length <= width) return flat;
	const half = Math.floor((width - 1) / 2);
	return `${flat.slice(0, half)}…${flat.slice(flat.length - half)}`;
}

/** Removed spans grouped by rule, rules in the cleaner's order (unknown rules after, by name). */
function byRule(spans: RemovedSpan[], order: string[]): [string, RemovedSpan[]][] {
	const groups = new Map<string, RemovedSpan[]>();
	for (const s of spans) groups.set(s.rule, [...(groups.get(s.rule) ?? []), s]);
	const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
	return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

/** Per document, per rule: how many spans were removed and a few examples with their raw line numbers. */
export function formatCleaningReport(clean: CleanDocument[], ruleOrder: string[]): string {
	const out: string[] = [];
	for (const doc of clean) {
		const chars = doc.removed.reduce((n, s) => n + s.text.length, 0);
		out.push(`${doc.entry.id} (${doc.entry.file}): ${num(doc.removed.length)} span${doc.removed.length === 1 ? '' : 's'} removed, ${num(chars)} characters`);
		for (const [rule, spans] of byRule(doc.removed, ruleOrder)) {
			out.push(`  ${rule}: ${num(spans.length)}`);
			for (const s of spans.slice(0, EXAMPLES)) out.push(`    line ${s.line}: ${excerpt(s.text)}`);
			if (spans.length > EXAMPLES) out.push(`    … ${num(spans.length - EXAMPLES)} more`);
		}
		if (!doc.removed.length) out.push('  (nothing removed)');
	}
	return out.join('\n');
}

/** The closing summary: documents, sentences, words, removed spans by rule, time; warnings first. */
export function formatSummary(r: AnalyzeResult, ruleOrder: string[], cwd = process.cwd()): string {
	const out: string[] = [];
	for (const w of r.warnings) out.push(formatProblem(w));
	const secs = (r.timings.total / 1000).toFixed(2);
	const target = r.path ? ` → ${relative(cwd, r.path)}` : ' (dry run: nothing written)';
	const threads = r.workers ? `${r.workers} worker threads` : 'one thread';
	out.push(`${r.name}: ${num(r.documents.length)} documents, ${num(r.n_sentences)} sentences, ${num(r.n_words)} words in ${secs} s (${threads}, peak memory ${num(Math.round(r.peakMemory / 1e6))} MB)${target}`);
	if (r.documents.length <= 20) {
		const w = Math.max(...r.documents.map((d) => d.id.length));
		for (const d of r.documents) out.push(`  ${d.id.padEnd(w)}  ${num(d.n_sentences).padStart(6)} sentences  ${num(d.n_words).padStart(8)} words`);
	}
	const removed = byRule(r.clean.flatMap((c) => c.removed), ruleOrder);
	const total = removed.reduce((n, [, s]) => n + s.length, 0);
	out.push(`removed ${num(total)} spans${total ? `: ${removed.map(([rule, s]) => `${rule} ${num(s.length)}`).join(', ')}` : ''}`);
	return out.join('\n');
}
