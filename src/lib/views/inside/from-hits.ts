// The bins and Gries' DP of one document, computed from its hits (termHitsQuery) and its number of words
// (documents.n_words), so that a new term asks one query inside the document instead of three: each function gives
// exactly the rows of the SQL query it stands in for (termBinsQuery, termDispersionQuery with a docId), which stay the
// definitions; tests/unit/db/terms-from-hits.test.ts checks them against those queries.
import type { HitRow, TermBinRow, TermDispersionRow } from '$lib/db/queries/terms';
import { griesDP } from '$lib/stats/gries-dp';
import { sqlRatePer10k } from '$lib/stats/rate';

/** A bin of a document: its words `first … last` (0-based word_index), as binWords in terms.ts. */
export interface DocBin {
	bin: number;
	words: number;
	first_word: number;
	last_word: number;
}

/**
 * The `bins` parts of a document of `n` words: with k = min(bins, n), word i is in bin ⌊i·k / n⌋, so bin b holds the
 * words ⌈b·n / k⌉ … ⌈(b + 1)·n / k⌉ − 1 (each at least one word); a document without words has none.
 */
export function docBins(n: number, bins: number): DocBin[] {
	const k = Math.min(bins, n);
	const out: DocBin[] = [];
	for (let b = 0; b < k; b++) {
		const first = Math.floor((b * n + k - 1) / k);
		const next = Math.floor(((b + 1) * n + k - 1) / k);
		out.push({ bin: b, words: next - first, first_word: first, last_word: next - 1 });
	}
	return out;
}

/** The bin of word `i` in a document of `n` words cut into `bins` parts (binOf in terms.ts). */
const binOf = (i: number, bins: number, n: number) => Math.floor((i * Math.min(bins, n)) / n);

/** Each term's hits per bin: counts[term][bin]. Hits of a term index out of `terms` are ignored. */
function countsPerBin(hits: readonly HitRow[], terms: number, bins: number, n: number): number[][] {
	const k = Math.min(bins, n);
	const counts = Array.from({ length: terms }, () => new Array<number>(Math.max(0, k)).fill(0));
	for (const h of hits) {
		const row = counts[h.term];
		if (row) row[binOf(h.start_word, bins, n)]++;
	}
	return counts;
}

/**
 * The rate of every term along one document of `n` words in `bins` bins, zeros included, ordered by term then bin
 * (termBinsQuery). `hits` are the document's hits of these terms (term = index into `labels`).
 */
export function binsFromHits(hits: readonly HitRow[], labels: readonly string[], n: number, bins: number): TermBinRow[] {
	const parts = docBins(n, bins);
	const counts = countsPerBin(hits, labels.length, bins, n);
	return labels.flatMap((label, term) =>
		parts.map((p) => {
			const count = counts[term][p.bin];
			return { term, label, bin: p.bin, words: p.words, count, rate: sqlRatePer10k(count, p.words), first_word: p.first_word, last_word: p.last_word, start: p.first_word / n, end: (p.last_word + 1) / n };
		})
	);
}

/**
 * Gries' DP of every term that occurs in the document, over the same bins (termDispersionQuery for one document), by
 * the stats' one definition (griesDP: DP = ½ Σ|p_i − s_i|, DPnorm = DP / (1 − min s_i), 0 with one part), by term.
 */
export function dispersionFromHits(hits: readonly HitRow[], terms: number, docId: string, n: number, bins: number): TermDispersionRow[] {
	const sizes = docBins(n, bins).map((p) => p.words);
	const out: TermDispersionRow[] = [];
	countsPerBin(hits, terms, bins, n).forEach((perBin, term) => {
		const d = griesDP(perBin, sizes);
		if (d) out.push({ term, doc_id: docId, count: perBin.reduce((s, c) => s + c, 0), parts: sizes.length, dp: d.dp, dp_norm: d.dpNorm });
	});
	return out;
}
