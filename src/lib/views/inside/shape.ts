// The inside-one-document view's pure part: query rows → the bars (a term in one bin), the ticks (one occurrence)
// and the DP table (Gries' DP, from-hits.ts), and their export rows.
import type { HitRow, TermBinRow, TermDispersionRow } from '$lib/db/queries/terms';

export type BinDatum = TermBinRow & { key: string };
export type TickDatum = HitRow & { key: string };

/**
 * Rows of the terms now asked for, re-indexed to their place in `labels`. While a new query runs the last rows
 * stay on screen; rows of a term no longer asked for have no place on the new term axis (their y would be NaN),
 * and a kept term may have moved in the list: rows are matched by label.
 */
function ofLabels<R extends { label: string; term: number }>(rows: readonly R[] | null, labels: readonly string[]): R[] {
	return (rows ?? []).flatMap((r) => {
		const term = labels.indexOf(r.label);
		return term < 0 ? [] : [{ ...r, term }];
	});
}

// Keys by place, not by term: a new term in the same place (or another document) updates the marks already drawn
// instead of removing them and creating new ones, which cost most of a redraw.

/** A bar's key: its term's place and its bin. */
export const binData = (rows: readonly TermBinRow[] | null, labels: readonly string[]): BinDatum[] =>
	ofLabels(rows, labels).map((r) => ({ ...r, key: `${r.term}|${r.bin}` }));

/** A tick's key: its term's place and its rank among that term's occurrences (rows come in document order). */
export function tickData(rows: readonly HitRow[] | null, labels: readonly string[]): TickDatum[] {
	const seen = new Map<number, number>();
	return ofLabels(rows, labels).map((r) => {
		const k = seen.get(r.term) ?? 0;
		seen.set(r.term, k + 1);
		return { ...r, key: `${r.term}|${k}` };
	});
}

export interface DpRow {
	label: string;
	count: number;
	dp: number | null;
	dpNorm: number | null;
}

/**
 * One row per term for the document: DP and DPnorm from termDispersionQuery (which has a row only where the term
 * occurs; none: count 0 and no DP). `rows` must answer the current terms (their `term` is an index into `labels`).
 */
export function dpTable(labels: readonly string[], rows: readonly TermDispersionRow[], docId: string | null): DpRow[] {
	return labels.map((label, i) => {
		const r = rows.find((x) => x.term === i && x.doc_id === docId);
		return r ? { label, count: r.count, dp: r.dp, dpNorm: r.dp_norm } : { label, count: 0, dp: null, dpNorm: null };
	});
}

export function exportBins(bins: readonly BinDatum[], dp: readonly DpRow[], labels: readonly string[], docId: string | null, binCount: number) {
	return bins.map((b) => ({
		doc_id: docId, term: labels[b.term], bin: b.bin + 1, bins: binCount, first_word: b.first_word, last_word: b.last_word,
		words: b.words, count: b.count, rate_per_10k: b.rate, dp: dp[b.term]?.dp, dp_norm: dp[b.term]?.dpNorm
	}));
}

export function exportTicks(ticks: readonly TickDatum[]) {
	return ticks.map((t) => ({ doc_id: t.doc_id, term: t.label, form: t.form, sentence: t.sentence_id + 1, word_index: t.start_word, position: t.position }));
}

/** About how many words a bin holds (a document shorter than the bins has one word per bin). */
export const wordsPerBin = (words: number, bins: number): number => Math.round(words / Math.min(bins, Math.max(1, words)));
