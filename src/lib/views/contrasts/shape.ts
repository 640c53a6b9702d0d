// Keyword contrasts, pure: contrast rows → the scatter of rate in A against rate in B (log scales, labels placed
// without overlaps), the diverging bars, the sortable table, the export rows with units, and the notes.
import { format, interpolateLab, piecewise, quantize, scaleDivergingSqrt } from 'd3';
import { DEFINITIONS } from '$lib/db/contract';
import { type Contrast, type ContrastDocRow, type ContrastGroupRow, type ContrastOptions, type Side } from '$lib/db/queries/contrasts';
import { contrastRowAt, groupRate, rankOf, statColumn, type ContrastColumns } from '$lib/stats/contrast-counts';
import { ratePer10k } from '$lib/stats/rate';

/** The statistic that colours the scatter, ranks the bars and the table; `df_g2` ranks by document frequency. */
export type Statistic = 'g2' | 'log_ratio' | 'log_odds_z' | 'df_g2';

export const STATISTICS: Record<Statistic, { label: string; unit: string; q: 'q' | 'df_q' }> = {
	g2: { label: 'Log-likelihood G²', unit: 'G², signed (+ = A)', q: 'q' },
	log_ratio: { label: 'Log Ratio', unit: 'binary log of the ratio of rates', q: 'q' },
	log_odds_z: { label: 'Weighted log-odds z', unit: 'z-score', q: 'q' },
	df_g2: { label: 'Document-frequency G²', unit: 'G² on documents, signed (+ = A)', q: 'df_q' }
};

/** A group with fewer words than this is "small": few terms can reach significance. */
export const SMALL_GROUP_WORDS = 1000;

/** The parameters of one contrast, stated after the contract's definitions (which hold no parameter). */
export function parameters(o: ContrastOptions): string {
	const prior = o.alpha0 === null ? 'α0 = the corpus’s words' : `α0 = ${o.alpha0}`;
	return `Parameters: terms are ${o.by === 'lemma' ? 'lemmas' : 'word forms (lower case)'}; minimum frequency a + b ≥ ${o.minFreq}; stop words ${
		o.stopWords ? 'kept' : 'excluded'
	}; Log Ratio interval ${Math.round(o.level * 100)}%; ${prior}.`;
}

// ── scatter ───────────────────────────────────────────────────────────────────────────────────────────────────────

export interface ScatterMark {
	term: string;
	/** Rate per 10,000 words in A (x) and B (y); a zero rate is placed at its group's floor. */
	x: number;
	y: number;
	xZero: boolean;
	yZero: boolean;
	/** The chosen statistic: the colour channel. */
	value: number;
	/** The group that uses the term more (by the statistic's sign). */
	side: Side;
	/** q below the threshold (the statistic's own q: G²'s, or the document-frequency G²'s). */
	significant: boolean;
	oneDoc: Side | null;
}

export interface Scatter {
	marks: ScatterMark[];
	/** One domain for both log axes, so that the diagonal is "the same rate in A and B". */
	domain: [number, number];
	/** Where a zero rate is drawn on each axis: the rate of half an occurrence (0.5 × 10,000 / words), as Log Ratio takes a zero. */
	floor: { a: number; b: number };
	/** A diverging colour domain [−m, 0, m], m the largest |value|. */
	colorDomain: [number, number, number];
	/** Terms tested; marks drawn (the strongest `maxPoints` when there are more). */
	total: number;
}

const strength = (r: Contrast, stat: Statistic) => Math.abs(r[stat]);
const byStrength = (stat: Statistic) => (x: Contrast, y: Contrast) => strength(y, stat) - strength(x, stat) || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);

// The scatter, the bars and the table each take the strongest terms of the same rows, then filter them, which keeps
// the order. The view's rows (shownRows) come in that order already, which one pass confirms; other rows (every row
// of a contrast, in G² order, as the tests give) are sorted once per rows and statistic.
const rankedCache = new WeakMap<readonly Contrast[], Map<Statistic, readonly Contrast[]>>();
function ranked(rows: readonly Contrast[], stat: Statistic): readonly Contrast[] {
	const before = byStrength(stat);
	if (rows.every((r, i) => i === 0 || before(rows[i - 1], r) <= 0)) return rows;
	let byStat = rankedCache.get(rows);
	if (!byStat) rankedCache.set(rows, (byStat = new Map()));
	let out = byStat.get(stat);
	if (!out) byStat.set(stat, (out = [...rows].sort(byStrength(stat))));
	return out;
}

/** A term's dot: its rates in A and B (a zero at its group's floor), the statistic, its side, significance and flag. */
function scatterMark(term: string, a: number, b: number, rateA: number, rateB: number, value: number, q: number, oneDoc: Side | null, floor: Scatter['floor'], maxQ: number): ScatterMark {
	return {
		term,
		x: a === 0 ? floor.a : rateA,
		y: b === 0 ? floor.b : rateB,
		xZero: a === 0,
		yZero: b === 0,
		value,
		side: value >= 0 ? 'A' : 'B',
		significant: q < maxQ,
		oneDoc
	};
}

/** The scatter of `marks` (strongest first): both axes' domain and the colour domain. */
function scatterOfMarks(marks: ScatterMark[], floor: Scatter['floor'], total: number): Scatter {
	const lo = Math.min(floor.a, floor.b);
	let hi = 0;
	let m = 0;
	for (const k of marks) (hi = Math.max(hi, k.x, k.y)), (m = Math.max(m, Math.abs(k.value)));
	return { marks, domain: [lo, Math.max(hi, lo * 10)], floor, colorDomain: [-(m || 1), 0, m || 1], total };
}

/** Where a zero rate is drawn in groups of c and d words: half an occurrence. */
const floorOf = (c: number, d: number) => ({ a: ratePer10k(0.5, c), b: ratePer10k(0.5, d) });

/**
 * The scatter of every term tested (or the `maxPoints` strongest by the statistic), strongest first, from rows: the
 * definition (worked examples in shape.test.ts) that the view's scatterOfColumns is checked against. `total`: how
 * many terms were tested, when `rows` are only some of them.
 */
export function scatter(rows: readonly Contrast[], stat: Statistic, { maxQ = MAX_Q, maxPoints = MAX_POINTS, total = rows.length } = {}): Scatter | null {
	if (!rows.length) return null;
	const floor = floorOf(rows[0].c, rows[0].d);
	const q = STATISTICS[stat].q;
	const marks = ranked(rows, stat)
		.slice(0, maxPoints)
		.map((r) => scatterMark(r.term, r.a, r.b, r.rate_a, r.rate_b, r[stat], r[q], r.one_doc, floor, maxQ));
	return scatterOfMarks(marks, floor, total);
}

/**
 * `scatter` of every row of the columns, made from the columns: no row object for the thousands of dots (the tooltip
 * makes a dot's row when it is shown, contrastRowAt).
 */
export function scatterOfColumns(cols: ContrastColumns, stat: Statistic, terms: readonly string[], termOrder: Int32Array, { maxQ = MAX_Q, maxPoints = MAX_POINTS } = {}): Scatter | null {
	const n = cols.term.length;
	if (!n) return null;
	const { c, d } = cols;
	const floor = floorOf(c, d);
	const value = statColumn(cols, stat);
	const q = STATISTICS[stat].q === 'q' ? cols.q : cols.dfQ;
	const order = rankOf(cols, stat, termOrder);
	const marks: ScatterMark[] = new Array(Math.min(maxPoints, n));
	for (let r = 0; r < marks.length; r++) {
		const i = order[r];
		const [a, b] = [cols.a[i], cols.b[i]];
		marks[r] = scatterMark(terms[cols.term[i]], a, b, groupRate(a, c), groupRate(b, d), value[i], q[i], sideOf(cols.oneDoc[i]), floor, maxQ);
	}
	return scatterOfMarks(marks, floor, n);
}

const sideOf = (flag: number): Side | null => (flag === 1 ? 'A' : flag === 2 ? 'B' : null);

/** The scatter's most dots. */
export const MAX_POINTS = 3000;
/** Terms of each side the diverging bars show, and the table when all are asked for. */
export const BARS_PER_SIDE = 15;
export const TABLE_ALL = 50;
/** The significance threshold on q of the scatter's faint dots and the bars. */
export const MAX_Q = 0.05;

/**
 * The rows the bars and the table draw for a statistic, made from the contrast's columns in order of strength: on each
 * side the TABLE_ALL strongest and the BARS_PER_SIDE strongest with q < MAX_Q (the scatter's dots come from the
 * columns: scatterOfColumns). The other terms stay columns (14,500 row objects a selection change on the State of
 * the Union cost more than computing them); the export makes every row (contrastRows).
 */
export function shownRows(cols: ContrastColumns, stat: Statistic, terms: readonly string[], docs: readonly ContrastDocRow[], termOrder: Int32Array): Contrast[] {
	const value = statColumn(cols, stat);
	const q = STATISTICS[stat].q === 'q' ? cols.q : cols.dfQ;
	const out: Contrast[] = [];
	const table = { A: 0, B: 0 };
	const bars = { A: 0, B: 0 };
	const order = rankOf(cols, stat, termOrder);
	for (let r = 0; r < order.length; r++) {
		const i = order[r];
		const side: Side | null = value[i] > 0 ? 'A' : value[i] < 0 ? 'B' : null;
		let keep = false;
		if (side && table[side] < TABLE_ALL) (table[side]++, (keep = true));
		if (side && q[i] < MAX_Q && bars[side] < BARS_PER_SIDE) (bars[side]++, (keep = true));
		if (keep) out.push(contrastRowAt(cols, i, terms, docs));
		else if (table.A + table.B + bars.A + bars.B === 2 * (TABLE_ALL + BARS_PER_SIDE)) break;
	}
	return out;
}

/** The two sides' colours (A warm, B cool) and the grey of "no difference" between them. */
export const SIDE_COLORS = { A: '#b2182b', B: '#2166ac', none: '#bdbdbd' } as const;

/**
 * The colour of a statistic's value: B's colour through grey to A's, on a square-root scale of the diverging
 * domain (so that the many middling terms are not all grey next to a few very strong ones).
 */
export function statColor(domain: readonly [number, number, number]): (v: number) => string {
	const t = scaleDivergingSqrt().domain(domain).clamp(true);
	// The colours of COLOR_STEPS evenly spaced points of the ramp, made once: thousands of dots a selection change
	// each interpolated in Lab and wrote an rgb() string. An odd number of steps keeps both ends and grey exact.
	return (v) => COLOR_RAMP[Math.round(t(v) * (COLOR_STEPS - 1))];
}

const COLOR_STEPS = 1001;
const COLOR_RAMP = quantize(piecewise(interpolateLab, [SIDE_COLORS.B, SIDE_COLORS.none, SIDE_COLORS.A]), COLOR_STEPS);

/** Log-axis ticks worth a label: 1, 2 and 5 times a power of ten ("0.5", "10", "200"); the others stay grid lines. */
export function logTickLabel(v: number): string {
	const k = Math.floor(Math.log10(v) + 1e-9);
	const m = Math.round(v / 10 ** k);
	return [1, 2, 5].includes(m) && Math.abs(v / 10 ** k - m) < 1e-6 ? format(v >= 1 ? ',~r' : '~g')(v) : '';
}

// ── labels ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelCandidate {
	term: string;
	/** The point in pixels. */
	px: number;
	py: number;
}

export interface PlacedLabel {
	term: string;
	/** The text's anchor point in pixels (SVG text x, y with dominant-baseline middle) and its alignment. */
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
	box: Box;
}

const overlaps = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

/** A rough text size for an 11px sans-serif, when the component cannot measure. */
export const estimateText = (text: string, fontSize = 11) => ({ width: text.length * fontSize * 0.6, height: fontSize * 1.2 });

/**
 * Greedy placement, as Scattertext does: candidates in order of priority (strongest first), each tried right, left,
 * above and below its point; a label is kept at the first position that stays inside `bounds` and overlaps no
 * placed label and no candidate's point (a square of side 2·radius); otherwise it is dropped. At most `max`.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	bounds: { width: number; height: number },
	{ max = 20, radius = 3, gap = 2, measure = (t: string) => estimateText(t) } = {}
): PlacedLabel[] {
	const points: Box[] = candidates.map((c) => ({ x: c.px - radius, y: c.py - radius, width: 2 * radius, height: 2 * radius }));
	const placed: PlacedLabel[] = [];
	for (const c of candidates) {
		if (placed.length >= max) break;
		const { width: w, height: h } = measure(c.term);
		const off = radius + gap;
		const tries: PlacedLabel[] = [
			{ term: c.term, x: c.px + off, y: c.py, anchor: 'start', box: { x: c.px + off, y: c.py - h / 2, width: w, height: h } },
			{ term: c.term, x: c.px - off, y: c.py, anchor: 'end', box: { x: c.px - off - w, y: c.py - h / 2, width: w, height: h } },
			{ term: c.term, x: c.px, y: c.py - off - h / 2, anchor: 'middle', box: { x: c.px - w / 2, y: c.py - off - h, width: w, height: h } },
			{ term: c.term, x: c.px, y: c.py + off + h / 2, anchor: 'middle', box: { x: c.px - w / 2, y: c.py + off, width: w, height: h } }
		];
		const ok = tries.find(
			({ box }) =>
				box.x >= 0 && box.y >= 0 && box.x + box.width <= bounds.width && box.y + box.height <= bounds.height &&
				!placed.some((p) => overlaps(p.box, box)) && !points.some((p) => overlaps(p, box))
		);
		if (ok) placed.push(ok);
	}
	return placed;
}

/** The marks to label: the strongest significant terms of each side, alternating so that both sides get labels. */
export function labelOrder(marks: readonly ScatterMark[], perSide = 15): ScatterMark[] {
	const side = (s: Side) => marks.filter((m) => m.side === s && m.significant).slice(0, perSide);
	const [a, b] = [side('A'), side('B')];
	return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]]).flat().filter((m): m is ScatterMark => !!m);
}

/** The `n` strongest terms of one side by the statistic (its sign says the side), with q < maxQ unless maxQ is null. */
function topOfSide(rows: readonly Contrast[], stat: Statistic, side: Side, n: number, maxQ: number | null): Contrast[] {
	const q = STATISTICS[stat].q;
	const out: Contrast[] = [];
	for (const r of ranked(rows, stat)) {
		if (out.length >= n) break;
		if ((side === 'A' ? r[stat] > 0 : r[stat] < 0) && (maxQ === null || r[q] < maxQ)) out.push(r);
	}
	return out;
}

// ── diverging bars ────────────────────────────────────────────────────────────────────────────────────────────────

export interface Bar {
	term: string;
	side: Side;
	/** 1 = the strongest of its side. */
	rank: number;
	/** From 0 to the statistic: the x1 and x2 channels. */
	x1: number;
	x2: number;
	/** Log Ratio's interval, when the statistic is Log Ratio. */
	lower: number | null;
	upper: number | null;
	oneDoc: boolean;
}

/**
 * The top `n` terms of each side by the statistic, among the significant ones (q < maxQ; null: all): A's from the
 * strongest down, then B's from the weakest to the strongest, so that the bars read as one diverging column.
 */
export function divergingBars(rows: readonly Contrast[], stat: Statistic, n = BARS_PER_SIDE, maxQ: number | null = MAX_Q): Bar[] {
	const pick = (s: Side) =>
		topOfSide(rows, stat, s, n, maxQ).map((r, i) => ({
				term: r.term, side: s, rank: i + 1, x1: 0, x2: r[stat],
				lower: stat === 'log_ratio' ? r.log_ratio_lower : null, upper: stat === 'log_ratio' ? r.log_ratio_upper : null,
				oneDoc: r.one_doc === s
			}));
	return [...pick('A'), ...pick('B').reverse()];
}

// ── table ─────────────────────────────────────────────────────────────────────────────────────────────────────────

export type ColumnKey =
	| 'term' | 'a' | 'b' | 'rate_a' | 'rate_b' | 'g2' | 'p' | 'q' | 'log_ratio' | 'log_odds_z'
	| 'df_a' | 'df_b' | 'dp_a' | 'dp_b' | 'df_g2' | 'one_doc';

export const COLUMNS: { key: ColumnKey; label: string; title: string; numeric: boolean }[] = [
	{ key: 'term', label: 'Term', title: 'The word form or lemma', numeric: false },
	{ key: 'a', label: 'A', title: 'Count in A (a)', numeric: true },
	{ key: 'b', label: 'B', title: 'Count in B (b)', numeric: true },
	{ key: 'rate_a', label: 'A /10k', title: 'Rate per 10,000 words in A', numeric: true },
	{ key: 'rate_b', label: 'B /10k', title: 'Rate per 10,000 words in B', numeric: true },
	{ key: 'g2', label: 'G²', title: 'Log-likelihood G², + where A uses it more', numeric: true },
	{ key: 'p', label: 'p', title: 'p of G² (χ², 1 df)', numeric: true },
	{ key: 'q', label: 'q (BH)', title: 'Benjamini–Hochberg adjusted p over the terms tested', numeric: true },
	{ key: 'log_ratio', label: 'Log Ratio', title: 'log2 of the ratio of rates, with its interval', numeric: true },
	{ key: 'log_odds_z', label: 'log-odds z', title: 'Weighted log-odds z, informative Dirichlet prior', numeric: true },
	{ key: 'df_a', label: 'docs A', title: 'Documents of A containing the term, of all A’s documents', numeric: true },
	{ key: 'df_b', label: 'docs B', title: 'Documents of B containing the term, of all B’s documents', numeric: true },
	{ key: 'dp_a', label: 'DP A', title: 'Gries’ DP across A’s documents (0 = even, 1 = concentrated)', numeric: true },
	{ key: 'dp_b', label: 'DP B', title: 'Gries’ DP across B’s documents', numeric: true },
	{ key: 'df_g2', label: 'doc G²', title: 'Document-frequency G² (text dispersion keyness)', numeric: true },
	{ key: 'one_doc', label: 'one doc', title: 'Key only because of one document', numeric: false }
];

export interface TableRow extends Contrast {
	side: Side;
	rank: number;
}

/** Rows of each side the table shows until all (tableRows' 50) are asked for. */
export const TABLE_SHORT = 20;

/** The top `n` terms on each side by the statistic (no significance filter: the table shows q), A's then B's. */
export function tableRows(rows: readonly Contrast[], stat: Statistic, n = TABLE_ALL): TableRow[] {
	const pick = (s: Side) => topOfSide(rows, stat, s, n, null).map((r, i) => ({ ...r, side: s, rank: i + 1 }));
	return [...pick('A'), ...pick('B')];
}

/** Sorted by a column: numbers numerically with nulls last, text in the locale's order. */
export function sortRows<R extends Contrast>(rows: readonly R[], key: ColumnKey, ascending: boolean): R[] {
	return [...rows].sort((x, y) => {
		const [u, v] = [x[key], y[key]];
		if (u === null || u === undefined) return v === null || v === undefined ? 0 : 1;
		if (v === null || v === undefined) return -1;
		const c = typeof u === 'number' && typeof v === 'number' ? u - v : String(u).localeCompare(String(v));
		return ascending ? c : -c;
	});
}

const int = format(',');
const rate = format(',.2f');
const fixed2 = format('.2f');

/** p and q as "< 0.0001", or to two significant digits (0.00012, 0.034, 0.5). */
export const formatP = (p: number): string => (p < 0.0001 ? '< 0.0001' : String(Number(p.toPrecision(2))));

/** A cell as text ("—" when undefined). */
export function cell(r: Contrast, key: ColumnKey): string {
	const v = r[key];
	if (v === null || v === undefined) return '—';
	switch (key) {
		case 'term':
			return r.term;
		case 'a': case 'b':
			return int(v as number);
		case 'rate_a': case 'rate_b':
			return rate(v as number);
		case 'p': case 'q':
			return formatP(v as number);
		case 'log_ratio':
			return `${fixed2(r.log_ratio)} [${fixed2(r.log_ratio_lower)}, ${fixed2(r.log_ratio_upper)}]`;
		case 'df_a':
			return `${r.df_a} of ${r.docs_a}`;
		case 'df_b':
			return `${r.df_b} of ${r.docs_b}`;
		case 'one_doc':
			return r.one_doc ? `yes (${r.one_doc})` : '';
		default:
			return fixed2(v as number);
	}
}

// ── export ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Every term tested, each column named with its unit, in the order of the rows. */
export function exportRows(rows: readonly Contrast[], o: ContrastOptions) {
	const pct = Math.round(o.level * 100);
	return rows.map((r) => ({
		term: r.term,
		count_a: r.a,
		count_b: r.b,
		words_a: r.c,
		words_b: r.d,
		rate_a_per_10k_words: r.rate_a,
		rate_b_per_10k_words: r.rate_b,
		g2_signed: r.g2,
		g2_p_chisq_1df: r.p,
		g2_q_bh: r.q,
		log_ratio_log2: r.log_ratio,
		[`log_ratio_lower_${pct}`]: r.log_ratio_lower,
		[`log_ratio_upper_${pct}`]: r.log_ratio_upper,
		log_odds_delta_ln: r.log_odds,
		log_odds_variance: r.log_odds_var,
		log_odds_z: r.log_odds_z,
		prior_alpha: r.alpha,
		corpus_count: r.corpus_count,
		docs_with_term_a: r.df_a,
		docs_a: r.docs_a,
		docs_with_term_b: r.df_b,
		docs_b: r.docs_b,
		dp_a: r.dp_a,
		dp_norm_a: r.dp_norm_a,
		dp_b: r.dp_b,
		dp_norm_b: r.dp_norm_b,
		doc_g2_signed: r.df_g2,
		doc_g2_p_chisq_1df: r.df_p,
		doc_g2_q_bh: r.df_q,
		top_doc_a: r.top_doc_a,
		top_doc_count_a: r.top_n_a,
		top_doc_b: r.top_doc_b,
		top_doc_count_b: r.top_n_b,
		one_document: r.one_doc ?? ''
	}));
}

/** The definitions behind every number, quoted from the contract (the text the pipeline writes into `meta`), then the parameters. */
export function definitions(o: ContrastOptions): string[] {
	const keys = [
		'def_counts', 'stat_rate', 'stat_g2', 'stat_log_ratio', 'stat_log_ratio_ci', 'stat_log_odds', 'stat_log_odds_prior',
		'stat_dp', 'stat_group_dp', 'stat_df_g2', 'stat_one_doc', 'stat_min_freq'
	] as const;
	return [...keys.map((k) => DEFINITIONS[k]), parameters(o)];
}

/** The export stamp's definition: the groups compared (when given), the statistic shown, every definition, the parameters. */
export const stampDefinition = (stat: Statistic, o: ContrastOptions, groups?: { a: string; b: string }): string =>
	[...(groups ? [`Group A: ${groups.a}. Group B: ${groups.b}.`] : []), `Ranked by ${STATISTICS[stat].label}.`, ...definitions(o)].join(' ');

// ── notes ─────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface Note {
	level: 'error' | 'warning' | 'info';
	text: string;
}

const words = (n: number) => `${int(n)} ${n === 1 ? 'word' : 'words'}`;

/**
 * What the reader must know before trusting the numbers: an empty group (no contrast: an error), a small group,
 * a one-document group, no term over the guard, and how many of the terms shown are flagged "one document".
 * `tested`: how many terms were tested, null while the contrast has not been computed.
 */
export function notes(
	groups: readonly ContrastGroupRow[],
	tested: number | null,
	o: ContrastOptions,
	shown: readonly Pick<Contrast, 'term' | 'one_doc'>[] = []
): Note[] {
	const out: Note[] = [];
	for (const g of groups) {
		if (g.docs === 0) out.push({ level: 'error', text: `Group ${g.grp} is empty: choose documents, authors or years for it.` });
		else if (g.words === 0) out.push({ level: 'error', text: `Group ${g.grp}’s documents have no words.` });
		else {
			if (g.words < SMALL_GROUP_WORDS)
				out.push({ level: 'warning', text: `Group ${g.grp} has only ${words(g.words)}: few terms can reach significance; read the counts as well as the statistics.` });
			if (g.docs === 1)
				out.push({ level: 'info', text: `Group ${g.grp} is one document: its DP is 0 by definition and a term’s dispersion across the group cannot be judged.` });
		}
	}
	if (out.some((n) => n.level === 'error') || tested === null) return out;
	if (!tested) out.push({ level: 'warning', text: `No term occurs at least ${o.minFreq} times in A and B together: lower the minimum frequency.` });
	const flagged = shown.filter((s) => s.one_doc).length;
	if (flagged)
		out.push({ level: 'info', text: `${flagged} of the ${shown.length} terms shown ${flagged === 1 ? 'is' : 'are'} key only because of one document (flagged “one doc”).` });
	return out;
}
