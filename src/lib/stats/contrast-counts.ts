// The keyword contrast of one selection from every term's per-document counts fetched once per corpus
// (contrastCountsQuery, contrastDocsQuery) and the groups' members (groupDocsQuery, asked once per change for every view):
// the same rows as `contrastQuery`, which stays the definition (tests/unit/db/contrast-counts.test.ts compares them on
// the default corpus and on the State of the Union). A change of selection is then one pass over the (document, term)
// pairs in TypeScript, 395,345 on the State of the Union, instead of a query over doc_terms on the one DuckDB worker.
import type { GroupDocRow } from '../db/groups';
import {
	oneDocumentSide,
	pairCount,
	pairDoc,
	type Contrast,
	type ContrastDocRow,
	type ContrastGroupRow,
	type ContrastOptions,
	type TermCountsRow
} from '../db/queries/contrasts';
import { g2Significance } from './log-likelihood';
import { normalQuantile } from './normal';
import { sqlRatePer10k } from './rate';

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
export function sidesOf(docs: readonly ContrastDocRow[], members: readonly GroupDocRow[]): Uint8Array {
	const index = new Map(docs.map((d, i) => [d.doc_id, i]));
	const side = new Uint8Array(docs.length);
	for (const m of members) {
		const i = index.get(m.doc_id);
		if (i !== undefined) side[i] = m.grp === 'A' ? 1 : 2;
	}
	return side;
}

/** Per term of the index: 1 when it is left out as a stop term. */
export function stopFlags(terms: readonly string[], stopTerms: ReadonlySet<string>): Uint8Array {
	return Uint8Array.from(terms, (t) => (stopTerms.has(t) ? 1 : 0));
}

/** Each term's place in the order of JavaScript's string comparison: the tie-break of equally strong terms. */
export function termOrder(terms: readonly string[]): Int32Array {
	const order = terms.map((_, k) => k).sort((x, y) => (terms[x] < terms[y] ? -1 : terms[x] > terms[y] ? 1 : 0));
	const rank = new Int32Array(terms.length);
	order.forEach((k, r) => (rank[k] = r));
	return rank;
}

/**
 * How many documents and words each group has (A then B): what `contrastGroupsQuery` answers. `nWords`: each
 * document's words, in the index's document order; `side`: sidesOf (worked out once a selection, for this and the job).
 */
export function groupSizes(nWords: ArrayLike<number>, side: Uint8Array): ContrastGroupRow[] {
	const out: ContrastGroupRow[] = [
		{ grp: 'A', docs: 0, words: 0 },
		{ grp: 'B', docs: 0, words: 0 }
	];
	for (let i = 0; i < side.length; i++) {
		if (!side[i]) continue;
		out[side[i] - 1].docs++;
		out[side[i] - 1].words += nWords[i];
	}
	return out;
}

/** Signed G² of counts x, y in sizes m, n, written as `contrastQuery`'s signedG2 computes it. */
function signedG2(x: number, y: number, m: number, n: number): number {
	const partX = x === 0 ? 0 : x * Math.log((x * (m + n)) / (m * (x + y)));
	const partY = y === 0 ? 0 : y * Math.log((y * (m + n)) / (n * (x + y)));
	return (x / m >= y / n ? 1 : -1) * Math.max(0, 2 * (partX + partY));
}

/** The statistics a contrast is ranked by (shape.ts `Statistic`), each a column. */
export const RANKED = ['g2', 'log_ratio', 'log_odds_z', 'df_g2'] as const;
export type RankedStatistic = (typeof RANKED)[number];

/**
 * One contrast as columns: row i is the i-th term tested in G² order (strongest for A first), `term[i]` its index in
 * the TermCounts. Typed arrays only, so that a worker can hand them over without copying (rows as objects cost more
 * to pass between threads than to compute); `contrastRowAt` makes row i the `Contrast` `contrastQuery` gives.
 * Nulls are NaN (numbers) or −1 (document indices).
 */
export interface ContrastColumns {
	term: Int32Array;
	a: Float64Array;
	b: Float64Array;
	corpus: Float64Array;
	g2: Float64Array;
	logRatio: Float64Array;
	logOddsZ: Float64Array;
	dfA: Float64Array;
	dfB: Float64Array;
	dfG2: Float64Array;
	dpA: Float64Array;
	dpNormA: Float64Array;
	dpB: Float64Array;
	dpNormB: Float64Array;
	topA: Int32Array;
	topNA: Float64Array;
	topB: Int32Array;
	topNB: Float64Array;
	p: Float64Array;
	q: Float64Array;
	dfP: Float64Array;
	dfQ: Float64Array;
	/** 0: not flagged; 1: A; 2: B (see oneDocumentSide). */
	oneDoc: Uint8Array;
	/**
	 * Rows ordered by a statistic's strength (|value| descending, then the term in string order): those asked of
	 * contrastColumns; rankOf makes the others when first needed.
	 */
	rank: Partial<Record<RankedStatistic, Int32Array>>;
	/** Words and documents of A and B, the corpus's words, α0 and the interval's z. */
	c: number;
	d: number;
	docsA: number;
	docsB: number;
	corpusWords: number;
	alpha0: number;
	z: number;
}

/** The typed arrays of a ContrastColumns (a worker transfers them). */
export function columnBuffers(cols: ContrastColumns): ArrayBuffer[] {
	return [...Object.values(cols), ...Object.values(cols.rank)].flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : []));
}

/** Each term's counts in A and B, its documents in each, its corpus count (index k of the index's terms). */
interface TermTotals {
	a: Float64Array;
	b: Float64Array;
	fa: Float64Array;
	fb: Float64Array;
	all: Float64Array;
}

// contrastColumns is a few loops over typed arrays, each a function of its own: V8 compiles a loop's function while
// it runs, and one large function was thrown back to the interpreter at each part not yet run (Node's trace: a dozen
// times in 40 jobs), while the worker computes one job a selection change (in the page, SOTU clicks, two alternated
// rounds of 12: median 94 and 82 → 85 and 59 ms a job).

/** Every term's counts by group (one pass over the pairs). */
function countTerms(index: Pick<TermCounts, 'offsets' | 'docs' | 'counts'>, side: Uint8Array): TermTotals {
	const { offsets, docs: pairDocs, counts } = index;
	const nTerms = offsets.length - 1;
	const t: TermTotals = { a: new Float64Array(nTerms), b: new Float64Array(nTerms), fa: new Float64Array(nTerms), fb: new Float64Array(nTerms), all: new Float64Array(nTerms) };
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
		t.a[k] = a;
		t.b[k] = b;
		t.fa[k] = fa;
		t.fb[k] = fb;
		t.all[k] = all;
	}
	return t;
}

/** The terms tested (a + b ≥ minFreq, not a stop term), in G² order (strongest for A first, ties by index), and every term's G². */
function testedInG2Order(t: TermTotals, minFreq: number, stop: Uint8Array | null, c: number, d: number): { tested: Int32Array; g2: Float64Array } {
	const nTerms = t.a.length;
	const g2 = new Float64Array(nTerms);
	const keep = new Int32Array(nTerms);
	let n = 0;
	for (let k = 0; k < nTerms; k++) {
		if (t.a[k] + t.b[k] < minFreq || (stop !== null && stop[k] === 1)) continue;
		g2[k] = signedG2(t.a[k], t.b[k], c, d);
		keep[n++] = k;
	}
	const tested = keep.slice(0, n).sort((x, y) => g2[y] - g2[x] || x - y);
	return { tested, g2 };
}

/** Both groups' words and documents, the corpus's words, every document's share of its group's words and each group's smallest (for DPnorm). */
interface GroupShares {
	c: number;
	d: number;
	docsA: number;
	docsB: number;
	corpusWords: number;
	share: Float64Array;
	sMinA: number;
	sMinB: number;
}

function groupShares(nWords: ArrayLike<number>, side: Uint8Array): GroupShares {
	let c = 0;
	let d = 0;
	let docsA = 0;
	let docsB = 0;
	let corpusWords = 0;
	for (let i = 0; i < nWords.length; i++) {
		corpusWords += nWords[i];
		if (side[i] === 1) (c += nWords[i]), docsA++;
		else if (side[i] === 2) (d += nWords[i]), docsB++;
	}
	// Each document's share of its group's words, and each group's smallest share (Gries' DPnorm).
	const share = new Float64Array(nWords.length);
	let sMinA = Infinity;
	let sMinB = Infinity;
	for (let i = 0; i < nWords.length; i++) {
		if (side[i] === 1) sMinA = Math.min(sMinA, (share[i] = nWords[i] / c));
		else if (side[i] === 2) sMinB = Math.min(sMinB, (share[i] = nWords[i] / d));
	}
	return { c, d, docsA, docsB, corpusWords, share, sMinA, sMinB };
}

/**
 * Both groups' dispersion (Gries' DP and DPnorm) of each tested term and the document holding most of it in each
 * (ties: the smaller index), into the columns: one pass over a term's pairs for both groups.
 */
function spreads(cols: ContrastColumns, index: Pick<TermCounts, 'offsets' | 'docs' | 'counts'>, side: Uint8Array, g: GroupShares): void {
	const { offsets, docs: pairDocs, counts } = index;
	const { share } = g;
	const outA: SpreadColumns = [cols.dpA, cols.dpNormA, cols.topA, cols.topNA];
	const outB: SpreadColumns = [cols.dpB, cols.dpNormB, cols.topB, cols.topNB];
	for (let i = 0; i < cols.term.length; i++) {
		const k = cols.term[i];
		const a = cols.a[i];
		const b = cols.b[i];
		let presentA = 0;
		let devA = 0;
		let bestA = -1;
		let bestNA = -1;
		let presentB = 0;
		let devB = 0;
		let bestB = -1;
		let bestNB = -1;
		for (let j = offsets[k]; j < offsets[k + 1]; j++) {
			const doc = pairDocs[j];
			const s = side[doc];
			if (s === 0) continue;
			const count = counts[j];
			if (s === 1) {
				presentA += share[doc];
				devA += Math.abs(count / a - share[doc]);
				if (count > bestNA || (count === bestNA && doc < bestA)) (bestA = doc), (bestNA = count);
			} else {
				presentB += share[doc];
				devB += Math.abs(count / b - share[doc]);
				if (count > bestNB || (count === bestNB && doc < bestB)) (bestB = doc), (bestNB = count);
			}
		}
		putSpread(outA, i, a, devA, presentA, g.docsA, g.sMinA, bestA, bestNA);
		putSpread(outB, i, b, devB, presentB, g.docsB, g.sMinB, bestB, bestNB);
	}
}

/** One group's DP, DPnorm, top document and its count (the columns spreads writes), at row i. */
type SpreadColumns = readonly [Float64Array, Float64Array, Int32Array, Float64Array];

function putSpread([dp, dpNorm, top, topN]: SpreadColumns, i: number, total: number, dev: number, present: number, groupDocs: number, sMin: number, best: number, bestN: number): void {
	if (total === 0) return void ((dp[i] = NaN), (dpNorm[i] = NaN), (top[i] = -1), (topN[i] = NaN));
	// A document without the term adds |0 − s_i| = s_i: together 1 − Σ(s_i of those with it).
	dp[i] = 0.5 * (dev + Math.max(0, 1 - present));
	dpNorm[i] = groupDocs === 1 ? 0 : Math.min(1, dp[i] / (1 - sMin));
	top[i] = best;
	topN[i] = bestN;
}

/** The columns of the tested terms' counts and statistics, in the order of `tested`. */
function statistics(tested: Int32Array, t: TermTotals, g2: Float64Array, g: GroupShares, alpha0: number, z: number): ContrastColumns {
	const n = tested.length;
	const { c, d, docsA, docsB, corpusWords } = g;
	const f64 = () => new Float64Array(n);
	const cols: ContrastColumns = {
		term: tested,
		a: f64(), b: f64(), corpus: f64(), g2: f64(), logRatio: f64(), logOddsZ: f64(),
		dfA: f64(), dfB: f64(), dfG2: f64(), dpA: f64(), dpNormA: f64(), dpB: f64(), dpNormB: f64(),
		topA: new Int32Array(n), topNA: f64(), topB: new Int32Array(n), topNB: f64(),
		p: f64(), q: f64(), dfP: f64(), dfQ: f64(), oneDoc: new Uint8Array(n),
		rank: {},
		c, d, docsA, docsB, corpusWords, alpha0, z
	};
	for (let i = 0; i < n; i++) {
		const k = tested[i];
		const a = t.a[k];
		const b = t.b[k];
		cols.a[i] = a;
		cols.b[i] = b;
		cols.corpus[i] = t.all[k];
		cols.g2[i] = g2[k];
		cols.logRatio[i] = logRatioOf(a, b, c, d, z).value;
		cols.logOddsZ[i] = logOddsOf(a, b, c, d, (alpha0 * t.all[k]) / corpusWords, alpha0).z;
		cols.dfA[i] = t.fa[k];
		cols.dfB[i] = t.fb[k];
		cols.dfG2[i] = signedG2(t.fa[k], t.fb[k], docsA, docsB);
	}
	return cols;
}

/** Each row's one-document flag (see oneDocumentSide), from its counts and its top documents. */
function oneDocFlags(cols: ContrastColumns, nWords: ArrayLike<number>): void {
	const { c, d, docsA, docsB } = cols;
	for (let i = 0; i < cols.term.length; i++) {
		const flag = oneDocumentSide({
			g2: cols.g2[i], a: cols.a[i], b: cols.b[i], c, d, docs_a: docsA, docs_b: docsB,
			top_n_a: nullable(cols.topNA[i]), top_words_a: cols.topA[i] < 0 ? null : nWords[cols.topA[i]],
			top_n_b: nullable(cols.topNB[i]), top_words_b: cols.topB[i] < 0 ? null : nWords[cols.topB[i]]
		});
		cols.oneDoc[i] = flag === 'A' ? 1 : flag === 'B' ? 2 : 0;
	}
}

/**
 * Every term with a + b ≥ minFreq when both groups have words (null otherwise), as columns (see ContrastColumns).
 * `nWords`: each document's words, in the index's document order; `side`: sidesOf; `stop`: stopFlags, or null to
 * keep every term (options.stopWords); `order`: termOrder of the index's terms.
 */
export function contrastColumns(
	index: Pick<TermCounts, 'offsets' | 'docs' | 'counts'>,
	nWords: ArrayLike<number>,
	side: Uint8Array,
	options: ContrastOptions,
	stop: Uint8Array | null,
	order: Int32Array,
	/** The statistics ranked now (the one shown: the worker's job is shorter by the others, ~5 ms each on SOTU). */
	ranked: readonly RankedStatistic[] = RANKED
): ContrastColumns | null {
	const g = groupShares(nWords, side);
	if (!(g.c > 0 && g.d > 0)) return null;
	const alpha0 = options.alpha0 ?? g.corpusWords;
	const z = normalQuantile(1 - (1 - options.level) / 2);
	// First the counts of every term; then, for the terms tested only, in G² order, the columns.
	const totals = countTerms(index, side);
	const { tested, g2 } = testedInG2Order(totals, options.minFreq, stop, g.c, g.d);
	const cols = statistics(tested, totals, g2, g, alpha0, z);
	spreads(cols, index, side, g);
	const sig = g2Significance(cols.g2);
	const dfSig = g2Significance(cols.dfG2);
	cols.p.set(sig.p);
	cols.q.set(sig.q);
	cols.dfP.set(dfSig.p);
	cols.dfQ.set(dfSig.q);
	oneDocFlags(cols, nWords);
	for (const stat of ranked) rankOf(cols, stat, order);
	return cols;
}

/** The column of a statistic's values. */
export function statColumn(cols: ContrastColumns, stat: RankedStatistic): Float64Array {
	return { g2: cols.g2, log_ratio: cols.logRatio, log_odds_z: cols.logOddsZ, df_g2: cols.dfG2 }[stat];
}

/** The rows of `cols` by `stat`'s strength (see ContrastColumns.rank), made once; `order` is termOrder of the terms. */
export function rankOf(cols: ContrastColumns, stat: RankedStatistic, order: Int32Array): Int32Array {
	const made = cols.rank[stat];
	if (made) return made;
	const strength = Float64Array.from(statColumn(cols, stat), Math.abs);
	const rows = Array.from({ length: cols.term.length }, (_, i) => i);
	rows.sort((x, y) => strength[y] - strength[x] || order[cols.term[x]] - order[cols.term[y]]);
	return (cols.rank[stat] = Int32Array.from(rows));
}

const nullable = (v: number) => (Number.isNaN(v) ? null : v);

/** A count's rate per 10,000 words of its group, as contrastQuery's SQL computes it (a group of columns has words). */
export const groupRate = (count: number, words: number): number => sqlRatePer10k(count, words) ?? NaN;

/** log2((a/c)/(b/d)), a zero count taken as 0.5, and its interval's half-width at z (contrastQuery's log_ratio). */
function logRatioOf(a: number, b: number, c: number, d: number, z: number): { value: number; half: number } {
	const a1 = a === 0 ? 0.5 : a;
	const b1 = b === 0 ? 0.5 : b;
	return { value: Math.log2(a1 / c / (b1 / d)), half: (z * Math.sqrt(1 / a1 + 1 / b1)) / Math.LN2 };
}

/** The weighted log-odds δ with prior α of α0, its variance and z (contrastQuery's log_odds). */
function logOddsOf(a: number, b: number, c: number, d: number, alpha: number, alpha0: number): { delta: number; variance: number; z: number } {
	const delta = Math.log((a + alpha) / (c + alpha0 - a - alpha)) - Math.log((b + alpha) / (d + alpha0 - b - alpha));
	const variance = 1 / (a + alpha) + 1 / (b + alpha);
	return { delta, variance, z: delta / Math.sqrt(variance) };
}

/** Row i of the columns as the Contrast `contrastQuery` (with withSignificance) gives; `docs` in the index's order. */
export function contrastRowAt(cols: ContrastColumns, i: number, terms: readonly string[], docs: readonly ContrastDocRow[]): Contrast {
	const { c, d, docsA, docsB, corpusWords, alpha0, z } = cols;
	const [a, b] = [cols.a[i], cols.b[i]];
	const alpha = (alpha0 * cols.corpus[i]) / corpusWords;
	const lr = logRatioOf(a, b, c, d, z);
	const lo = logOddsOf(a, b, c, d, alpha, alpha0);
	const top = (doc: number, n: number) => (doc < 0 ? { id: null, n: null, words: null } : { id: docs[doc].doc_id, n, words: docs[doc].n_words });
	const [topA, topB] = [top(cols.topA[i], cols.topNA[i]), top(cols.topB[i], cols.topNB[i])];
	return {
		term: terms[cols.term[i]], a, b, c, d, docs_a: docsA, docs_b: docsB, corpus_count: cols.corpus[i],
		rate_a: groupRate(a, c), rate_b: groupRate(b, d),
		g2: cols.g2[i],
		log_ratio: lr.value, log_ratio_lower: lr.value - lr.half, log_ratio_upper: lr.value + lr.half,
		alpha, log_odds: lo.delta, log_odds_var: lo.variance, log_odds_z: lo.z,
		df_g2: cols.dfG2[i], df_a: cols.dfA[i], df_b: cols.dfB[i],
		dp_a: nullable(cols.dpA[i]), dp_norm_a: nullable(cols.dpNormA[i]), dp_b: nullable(cols.dpB[i]), dp_norm_b: nullable(cols.dpNormB[i]),
		top_doc_a: topA.id, top_n_a: topA.n, top_words_a: topA.words,
		top_doc_b: topB.id, top_n_b: topB.n, top_words_b: topB.words,
		p: cols.p[i], q: cols.q[i], df_p: cols.dfP[i], df_q: cols.dfQ[i],
		one_doc: cols.oneDoc[i] === 1 ? 'A' : cols.oneDoc[i] === 2 ? 'B' : null
	};
}

/** Every row of the columns, in G² order. */
export function contrastRows(cols: ContrastColumns | null, terms: readonly string[], docs: readonly ContrastDocRow[]): Contrast[] {
	return cols ? Array.from(cols.term, (_, i) => contrastRowAt(cols, i, terms, docs)) : [];
}

/**
 * Every term with a + b ≥ minFreq when both groups have words (no rows otherwise), ordered by G² (strongest for A
 * first), then by the database's order of terms, with the p-values (as withSignificance). `stopTerms`: the terms to
 * leave out (contrastStopTermsQuery's answer), or null to keep every term (options.stopWords).
 */
export function contrastFromCounts(
	index: TermCounts,
	docs: readonly ContrastDocRow[],
	members: readonly GroupDocRow[],
	options: ContrastOptions,
	stopTerms: ReadonlySet<string> | null
): Contrast[] {
	const stop = stopTerms ? stopFlags(index.terms, stopTerms) : null;
	const cols = contrastColumns(index, docs.map((x) => x.n_words), sidesOf(docs, members), options, stop, termOrder(index.terms));
	return contrastRows(cols, index.terms, docs);
}
