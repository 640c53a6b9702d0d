// The bins and Gries' DP of one document, computed from its hits (termHitsQuery) and its number of words
// (documents.n_words), so that a new term asks one query inside the document instead of three: each function gives
// exactly the rows of the SQL query it stands in for (termBinsQuery, termDispersionQuery with a docId), which stay the
// definitions; tests/unit/db/terms-from-hits.test.ts checks them against those queries.
import type { HitRow, TermBinRow, TermDispersionRow } from '$lib/db/queries/terms';

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

/** Per 10,000 words (ratePer10k: null when there are no words). */
const rate = (count: number, words: number) => (words ? (count * 10000) / words : null);

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
			return { term, label, bin: p.bin, words: p.words, count, rate: rate(count, p.words), first_word: p.first_word, last_word: p.last_word, start: p.first_word / n, end: (p.last_word + 1) / n };
		})
	);
}

/**
 * Gries' DP of every term that occurs in the document, over the same bins (termDispersionQuery for one document):
 * DP = ½ Σ|p_i − s_i|, DPnorm = DP / (1 − min s_i) (at most 1; 0 with one part), ordered by term.
 */
export function dispersionFromHits(hits: readonly HitRow[], terms: number, docId: string, n: number, bins: number): TermDispersionRow[] {
	const parts = docBins(n, bins);
	const counts = countsPerBin(hits, terms, bins, n);
	const out: TermDispersionRow[] = [];
	counts.forEach((perBin, term) => {
		const total = perBin.reduce((s, c) => s + c, 0);
		if (!total) return;
		let sum = 0;
		let minS = Infinity;
		for (const p of parts) {
			const s = p.words / n;
			sum += Math.abs(perBin[p.bin] / total - s);
			minS = Math.min(minS, s);
		}
		const dp = 0.5 * sum;
		out.push({ term, doc_id: docId, count: total, parts: parts.length, dp, dp_norm: parts.length === 1 ? 0 : Math.min(1, dp / (1 - minS)) });
	});
	return out;
}
