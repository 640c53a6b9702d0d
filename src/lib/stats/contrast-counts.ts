// The keyword contrast of one selection from every term's per-document counts fetched once per corpus
// (contrastCountsQuery, contrastDocsQuery) and the groups' members (groupDocsQuery, asked once per change for every view):
// the same rows as `contrastQuery`, which stays the definition (tests/unit/db/contrast-counts.test.ts compares them on
// the default corpus and on the State of the Union). A change of selection is then one pass over the (document, term)
// pairs in TypeScript, 395,345 on the State of the Union, instead of a query over doc_terms on the one DuckDB worker.
import type { GroupDocRow } from '../db/groups';
import {
	addSignificance,
	pairCount,
	pairDoc,
	type Contrast,
	type ContrastDocRow,
	type ContrastGroupRow,
	type ContrastOptions,
	type TermCountsRow
} from '../db/queries/contrasts';
import { normalQuantile } from './normal';

/**
 * contrastCountsQuery's rows as flat typed arrays, built once per corpus and counting: term k's pairs are
 * docs/counts[offsets[k] … offsets[k + 1]). A selection change then reads typed arrays only.
 */
export interface TermCounts {
	terms: string[];
	offsets: Int32Array;
	docs: Int32Array;
	counts: Int32Array;
}

export function indexTermCounts(rows: readonly TermCountsRow[]): TermCounts {
	const offsets = new Int32Array(rows.length + 1);
	rows.forEach((r, k) => (offsets[k + 1] = offsets[k] + r.pairs.length));
	const docs = new Int32Array(offsets[rows.length]);
	const counts = new Int32Array(offsets[rows.length]);
	rows.forEach((r, k) => {
		for (let j = 0; j < r.pairs.length; j++) {
			docs[offsets[k] + j] = pairDoc(r.pairs[j]);
			counts[offsets[k] + j] = pairCount(r.pairs[j]);
		}
	});
	return { terms: rows.map((r) => r.term), offsets, docs, counts };
}

/** Per document index: 1 in A, 2 in B, 0 in neither. */
function sidesOf(docs: readonly ContrastDocRow[], members: readonly GroupDocRow[]): Uint8Array {
	const index = new Map(docs.map((d, i) => [d.doc_id, i]));
	const side = new Uint8Array(docs.length);
	for (const m of members) {
		const i = index.get(m.doc_id);
		if (i !== undefined) side[i] = m.grp === 'A' ? 1 : 2;
	}
	return side;
}

/** How many documents and words each group has (A then B): what `contrastGroupsQuery` answers. */
export function groupSizes(docs: readonly ContrastDocRow[], members: readonly GroupDocRow[]): ContrastGroupRow[] {
	const side = sidesOf(docs, members);
	const out: ContrastGroupRow[] = [
		{ grp: 'A', docs: 0, words: 0 },
		{ grp: 'B', docs: 0, words: 0 }
	];
	docs.forEach((d, i) => {
		if (!side[i]) return;
		out[side[i] - 1].docs++;
		out[side[i] - 1].words += d.n_words;
	});
	return out;
}

/** Signed G² of counts x, y in sizes m, n, written as `contrastQuery`'s signedG2 computes it. */
function signedG2(x: number, y: number, m: number, n: number): number {
	const partX = x === 0 ? 0 : x * Math.log((x * (m + n)) / (m * (x + y)));
	const partY = y === 0 ? 0 : y * Math.log((y * (m + n)) / (n * (x + y)));
	return (x / m >= y / n ? 1 : -1) * Math.max(0, 2 * (partX + partY));
}

/** One group's dispersion of a term, as `contrastQuery`'s covered/disp CTEs compute it. */
interface Spread {
	dp: number | null;
	dpNorm: number | null;
	topDoc: string | null;
	topN: number | null;
	topWords: number | null;
}

/**
 * Every term with a + b ≥ minFreq when both groups have words (no rows otherwise), ordered by G² (strongest for A
 * first), then by the database's order of terms, with the p-values (addSignificance). `stopTerms`: the terms to leave
 * out (contrastStopTermsQuery's answer), or null to keep every term (options.stopWords).
 */
export function contrastFromCounts(
	index: TermCounts,
	docs: readonly ContrastDocRow[],
	members: readonly GroupDocRow[],
	options: ContrastOptions,
	stopTerms: ReadonlySet<string> | null
): Contrast[] {
	const side = sidesOf(docs, members);
	let c = 0;
	let d = 0;
	let docsA = 0;
	let docsB = 0;
	let corpusWords = 0;
	docs.forEach((x, i) => {
		corpusWords += x.n_words;
		if (side[i] === 1) (c += x.n_words), docsA++;
		else if (side[i] === 2) (d += x.n_words), docsB++;
	});
	if (!(c > 0 && d > 0)) return [];
	// Each document's share of its group's words, and each group's smallest share (Gries' DPnorm).
	const share = new Float64Array(docs.length);
	let sMinA = Infinity;
	let sMinB = Infinity;
	docs.forEach((x, i) => {
		if (side[i] === 1) sMinA = Math.min(sMinA, (share[i] = x.n_words / c));
		else if (side[i] === 2) sMinB = Math.min(sMinB, (share[i] = x.n_words / d));
	});
	const alpha0 = options.alpha0 ?? corpusWords;
	const z = normalQuantile(1 - (1 - options.level) / 2);
	const { terms, offsets, docs: pairDocs, counts } = index;

	function spread(k: number, g: 1 | 2, total: number, groupDocs: number, sMin: number): Spread {
		if (total === 0) return { dp: null, dpNorm: null, topDoc: null, topN: null, topWords: null };
		let present = 0;
		let dev = 0;
		let top = -1;
		let topN = -1;
		for (let j = offsets[k]; j < offsets[k + 1]; j++) {
			const i = pairDocs[j];
			if (side[i] !== g) continue;
			const n = counts[j];
			present += share[i];
			dev += Math.abs(n / total - share[i]);
			// ties to the smaller doc_id (the smaller index)
			if (n > topN || (n === topN && i < top)) (top = i), (topN = n);
		}
		// A document without the term adds |0 − s_i| = s_i: together 1 − Σ(s_i of those with it).
		const dp = 0.5 * (dev + Math.max(0, 1 - present));
		return { dp, dpNorm: groupDocs === 1 ? 0 : Math.min(1, dp / (1 - sMin)), topDoc: docs[top].doc_id, topN, topWords: docs[top].n_words };
	}

	// First the counts of every term, into typed arrays; then, for the terms tested only, in G² order, the rows.
	const nTerms = terms.length;
	const A = new Float64Array(nTerms);
	const B = new Float64Array(nTerms);
	const dfA = new Float64Array(nTerms);
	const dfB = new Float64Array(nTerms);
	const corpus = new Float64Array(nTerms);
	const g2 = new Float64Array(nTerms);
	const tested: number[] = [];
	for (let k = 0; k < nTerms; k++) {
		let a = 0;
		let b = 0;
		let fa = 0;
		let fb = 0;
		let all = 0;
		for (let j = offsets[k]; j < offsets[k + 1]; j++) {
			const n = counts[j];
			all += n;
			const s = side[pairDocs[j]];
			if (s === 1) (a += n), fa++;
			else if (s === 2) (b += n), fb++;
		}
		if (a + b < options.minFreq || stopTerms?.has(terms[k])) continue;
		A[k] = a;
		B[k] = b;
		dfA[k] = fa;
		dfB[k] = fb;
		corpus[k] = all;
		g2[k] = signedG2(a, b, c, d);
		tested.push(k);
	}
	tested.sort((x, y) => g2[y] - g2[x] || x - y);
	const rows: Contrast[] = tested.map((k) => {
		const a = A[k];
		const b = B[k];
		const sa = spread(k, 1, a, docsA, sMinA);
		const sb = spread(k, 2, b, docsB, sMinB);
		const alpha = (alpha0 * corpus[k]) / corpusWords;
		const a1 = a === 0 ? 0.5 : a;
		const b1 = b === 0 ? 0.5 : b;
		const lr = Math.log2(a1 / c / (b1 / d));
		const half = (z * Math.sqrt(1 / a1 + 1 / b1)) / Math.LN2;
		const delta = Math.log((a + alpha) / (c + alpha0 - a - alpha)) - Math.log((b + alpha) / (d + alpha0 - b - alpha));
		const variance = 1 / (a + alpha) + 1 / (b + alpha);
		return {
			term: terms[k], a, b, c, d, docs_a: docsA, docs_b: docsB, corpus_count: corpus[k],
			rate_a: (a * 10000) / c, rate_b: (b * 10000) / d,
			g2: g2[k],
			log_ratio: lr, log_ratio_lower: lr - half, log_ratio_upper: lr + half,
			alpha, log_odds: delta, log_odds_var: variance, log_odds_z: delta / Math.sqrt(variance),
			df_g2: signedG2(dfA[k], dfB[k], docsA, docsB), df_a: dfA[k], df_b: dfB[k],
			dp_a: sa.dp, dp_norm_a: sa.dpNorm, dp_b: sb.dp, dp_norm_b: sb.dpNorm,
			top_doc_a: sa.topDoc, top_n_a: sa.topN, top_words_a: sa.topWords,
			top_doc_b: sb.topDoc, top_n_b: sb.topN, top_words_b: sb.topWords,
			p: NaN, q: NaN, df_p: NaN, df_q: NaN, one_doc: null
		};
	});
	return addSignificance(rows);
}
