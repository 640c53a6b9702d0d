// Sentence-length view, pure: query rows → the marks it draws, the A-against-B comparison in one plain sentence,
// the export rows (columns named with their units) and the notes that define what is shown.
import { format } from 'd3';
import type {
	DocSectionRow,
	GroupName,
	LengthBinRow,
	LengthOverTimeRow,
	LengthSummaryRow,
	LengthTarget,
	RollingLengthRow
} from '../../db/queries/sentence-lengths';
import { mannWhitneyTallies, type MannWhitney } from '../../stats/mann-whitney';
import { BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, bootstrapTallies, type BootstrapInterval } from '../../stats/bootstrap';
import { poolTallies, quantileTally, type Tally } from '../../stats/tally';
import type { LengthTallyRow } from '../../stats/length-groups';
import { DEFINITIONS } from '../../db/contract/meta';
import type { PassageFocus } from '../passages/state';

/** Below this many sentences a group's median, interval and test are not computed: too few to mean anything. */
export const MIN_SENTENCES = 5;

const words = format(',.1~f');
const count = format(',');

/** "24", "24.5", "−3", "1,204" */
export const formatWords = (x: number): string => words(x);

/** "1 word", "24 words". */
const wordCount = (x: number): string => `${formatWords(x)} ${Math.abs(x) === 1 ? 'word' : 'words'}`;

/** p to three decimals, or "< 0.001". */
export function formatP(p: number): string {
	return p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`;
}

// ── boxes ──────────────────────────────────────────────────────────────────────────────────────────────────────────

/** One box: quartiles as y1–y2, the median, Tukey's whiskers, and where a click leads. */
export interface BoxMark {
	key: string;
	label: string;
	author: string | null;
	grp: GroupName | null;
	n: number;
	nDocs: number;
	mean: number;
	median: number;
	/** First and third quartiles: the box. */
	y1: number;
	y2: number;
	whiskerLo: number;
	whiskerHi: number;
	min: number;
	max: number;
	p90: number;
	nOutliers: number;
	longest: { docId: string; sentenceId: number };
	/** Fewer than MIN_SENTENCES sentences: draw the points, not a box. */
	tooSmall: boolean;
	/** The sentences this box stands for, for the Passages panel. */
	target: LengthTarget;
}

function unitTarget(r: LengthSummaryRow, unit: 'doc' | 'author' | 'group'): LengthTarget {
	const group = r.grp ?? undefined;
	if (unit === 'doc') return { docId: r.key, ...(group && { group }) };
	if (unit === 'author') return { author: r.key, ...(group && { group }) };
	return { group: r.key as GroupName };
}

/** A box per row of lengthSummaryQuery (per document, author or group), in the query's order. */
export function boxMarks(rows: readonly LengthSummaryRow[], unit: 'doc' | 'author' | 'group'): BoxMark[] {
	return rows.map((r) => {
		// A row object keeps its box (lengthSummaries keeps the rows of pools that did not change): not drawn again.
		let byUnit = boxes.get(r);
		if (!byUnit) boxes.set(r, (byUnit = {}));
		return (byUnit[unit] ??= boxMark(r, unit));
	});
}
const boxes = new WeakMap<LengthSummaryRow, Partial<Record<'doc' | 'author' | 'group', BoxMark>>>();

function boxMark(r: LengthSummaryRow, unit: 'doc' | 'author' | 'group'): BoxMark {
	return {
		key: r.key,
		label: r.label,
		author: r.author,
		grp: r.grp,
		n: r.n,
		nDocs: r.n_docs,
		mean: r.mean,
		median: r.median,
		y1: r.q1,
		y2: r.q3,
		whiskerLo: r.whisker_lo,
		whiskerHi: r.whisker_hi,
		min: r.min,
		max: r.max,
		p90: r.p90,
		nOutliers: r.n_outliers,
		longest: { docId: r.longest_doc_id, sentenceId: r.longest_sentence_id },
		tooSmall: r.n < MIN_SENTENCES,
		target: unitTarget(r, unit)
	};
}

/** The row of a box on the chart: an author with documents in A and B has a row in each. */
export const rowKey = (b: { key: string; grp: GroupName | null }): string => `${b.key}|${b.grp ?? ''}`;

/** One sentence drawn as a point over its box, jittered across the row (the same place on every redraw). */
export interface SentencePoint {
	id: string;
	row: string;
	length: number;
	/** −0.5 … 0.5 of the row's height. */
	jitter: number;
	box: BoxMark;
}

export interface SentencePoints {
	points: SentencePoint[];
	/** All sentences were asked for but there are more than `limit`: only the outliers and small boxes are drawn. */
	capped: boolean;
}

/** A spread of −0.5 … 0.5 from a sentence's rank (golden-ratio steps: even, and stable from one redraw to the next). */
const jitterOf = (i: number): number => ((i * 0.6180339887) % 1) - 0.5;

/**
 * The sentences to draw as points over the boxes (each unit's lengths, tallied, per document or author): all of them
 * when `all` (unless more than `limit`), else those beyond the whiskers and every sentence of a box too small to draw.
 * The i-th shortest sentence of a row is point i.
 */
export function sentencePoints(tallies: readonly LengthTallyRow[], boxes: readonly BoxMark[], all: boolean, limit = 20_000): SentencePoints {
	const byRow = new Map(boxes.map((b) => [rowKey(b), b]));
	const n = tallies.reduce((s, l) => s + l.tally.n, 0);
	const capped = all && n > limit;
	const points: SentencePoint[] = [];
	for (const l of tallies) {
		const box = byRow.get(rowKey(l));
		if (box) for (const p of pointsOf(l, box, (all && !capped) || box.tooSmall)) points.push(p);
	}
	return { points, capped };
}

/**
 * One row's points: every sentence, or those beyond the whiskers. Kept per box (a box is kept while its documents are,
 * and so is its tally: boxMarks, lengthSummaries), so that a selection change makes points only for the rows it changed.
 */
function pointsOf(l: LengthTallyRow, box: BoxMark, every: boolean): SentencePoint[] {
	let kept = rowPoints.get(box);
	if (kept?.tally !== l.tally) rowPoints.set(box, (kept = { tally: l.tally }));
	return (kept[every ? 'every' : 'beyond'] ??= makePoints(l, box, every));
}
const rowPoints = new WeakMap<BoxMark, { tally: Tally; every?: SentencePoint[]; beyond?: SentencePoint[] }>();

function makePoints(l: LengthTallyRow, box: BoxMark, every: boolean): SentencePoint[] {
	const row = rowKey(l);
	const { values, below } = l.tally;
	const points: SentencePoint[] = [];
	for (let v = 0; v < values.length; v++) {
		const length = values[v];
		if (every || length < box.whiskerLo || length > box.whiskerHi)
			for (let i = below[v]; i < below[v + 1]; i++) points.push({ id: `${row}#${i}`, row, length, jitter: jitterOf(i), box });
	}
	return points;
}

/** The Passages focus of a mark's sentences of `range` words (a box or a point over time: its shortest to its longest). */
export function sentenceFocus(target: LengthTarget, range: { min: number; max: number }): PassageFocus {
	const f: PassageFocus = { length: { min: Math.max(0, Math.floor(target.min ?? range.min)), max: Math.ceil(target.max ?? range.max) } };
	if (target.docId !== undefined) f.docId = target.docId;
	if (target.section !== undefined) f.section = target.section;
	if (target.author !== undefined) f.author = target.author;
	if (target.group !== undefined) f.group = target.group;
	return f;
}

/** A brushed span of the length axis as whole words: the lengths inside it (a span between two whole numbers: the nearer). */
export function brushedLengths([from, to]: readonly [number, number]): { min: number; max: number } {
	const lo = Math.max(0, Math.ceil(Math.min(from, to)));
	const hi = Math.floor(Math.max(from, to));
	if (lo <= hi) return { min: lo, max: hi };
	const mid = Math.max(0, Math.round((from + to) / 2));
	return { min: mid, max: mid };
}

// ── histogram ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** One bar: A in the left half of its bin, B in the right half (a group alone: all of it); height is the share of the group's sentences. */
export interface HistogramBar {
	grp: GroupName;
	/** The bin, [lo, hi) words. */
	lo: number;
	hi: number;
	x1: number;
	x2: number;
	/** y1 = 0, y2 = share. */
	y1: number;
	y2: number;
	n: number;
	total: number;
	target: LengthTarget;
}

/**
 * Bars for A and B side by side in each bin (one group alone: the whole bin); a group with no sentences has no bars,
 * nor has a bin where a group has none (it would be a mark of no height, a tab stop and a click that list nothing:
 * the long tail of a large corpus's lengths has hundreds). The export keeps every bin.
 */
export function histogramBars(rows: readonly LengthBinRow[]): HistogramBar[] {
	const both = new Set(rows.filter((r) => r.total > 0).map((r) => r.grp)).size > 1;
	return rows
		.filter((r) => r.n > 0)
		.map((r) => {
			const half = (r.hi - r.lo) / (both ? 2 : 1);
			const x1 = r.lo + (both && r.grp === 'B' ? half : 0);
			return {
				grp: r.grp,
				lo: r.lo,
				hi: r.hi,
				x1,
				x2: x1 + half,
				y1: 0,
				y2: r.share ?? 0,
				n: r.n,
				total: r.total,
				// lengths are whole words: [lo, hi) is lo … hi − 1
				target: { group: r.grp, min: r.lo, max: r.hi - 1 }
			};
		});
}

/** The most bins a suggested width makes from 0 to the longest sentence. */
export const MAX_BINS = 100;

/**
 * A bin width in whole words from the data (Freedman–Diaconis: 2·IQR·n^(−1/3)), at least 1 and wide enough that
 * 0 … `longest` takes at most MAX_BINS bins: the default the user can change. Freedman–Diaconis shrinks with n, so
 * on a large corpus it is one word (the State of the Union: 577 bins of a pixel or two, most of the tail empty).
 */
export function suggestBinWidth(iqr: number, n: number, longest = 0): number {
	const fd = !(n > 0) || !(iqr > 0) ? 1 : Math.max(1, Math.round((2 * iqr) / Math.cbrt(n)));
	return Math.max(fd, Math.ceil((Math.max(0, longest) + 1) / MAX_BINS));
}

// ── over time ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** A document (or dated part) on the year axis: the median as y, the interquartile range as y1–y2. */
export interface TimePoint {
	unit: string;
	docId: string;
	section: string | null;
	label: string;
	author: string;
	grp: GroupName | null;
	x: number;
	y: number;
	y1: number;
	y2: number;
	n: number;
	/** Its shortest and longest sentence: the length range its passages list. */
	min: number;
	max: number;
	tooSmall: boolean;
	target: LengthTarget;
}

export function overTimePoints(rows: readonly LengthOverTimeRow[]): TimePoint[] {
	return rows.map((r) => {
		// One point per row object (overTimeOf keeps a row while its document stays in its group).
		let p = timePoints.get(r);
		if (!p) timePoints.set(r, (p = timePoint(r)));
		return p;
	});
}
const timePoints = new WeakMap<LengthOverTimeRow, TimePoint>();

function timePoint(r: LengthOverTimeRow): TimePoint {
	return {
		unit: r.unit,
		docId: r.doc_id,
		section: r.section,
		label: r.section ? `${r.title} — ${r.section}` : r.title,
		author: r.author,
		grp: r.grp,
		x: r.when,
		y: r.median,
		y1: r.q1,
		y2: r.q3,
		n: r.n,
		min: r.min,
		max: r.max,
		tooSmall: r.n < MIN_SENTENCES,
		target: r.section ? { docId: r.doc_id, section: r.section } : { docId: r.doc_id }
	};
}

// ── along one document ─────────────────────────────────────────────────────────────────────────────────────────────

export interface RollingPoint {
	sentenceId: number;
	/** Position 0–1 in the document. */
	x: number;
	/** Rolling mean. */
	y: number;
	/** Rolling quartiles (the band) and median. */
	y1: number;
	y2: number;
	median: number;
	/** The window is cut short by the document's edge. */
	partial: boolean;
}

export interface SectionSpan {
	label: string;
	x1: number;
	x2: number;
	n: number;
}

export interface RollingMarks {
	points: RollingPoint[];
	/** The document's median and quartiles: a horizontal reference band. */
	document: { y: number; y1: number; y2: number } | null;
	/** Its parts, when it has more than one. */
	sections: SectionSpan[];
	/** Fewer sentences than the window: every point is a partial window. */
	shorterThanWindow: boolean;
}

export function rollingMarks(rows: readonly RollingLengthRow[], sections: readonly DocSectionRow[], window: number): RollingMarks {
	const points = rows.map((r) => ({
		sentenceId: r.sentence_id,
		x: r.position,
		y: r.rolling_mean,
		y1: r.rolling_q1,
		y2: r.rolling_q3,
		median: r.rolling_median,
		partial: r.window_n < window
	}));
	const first = rows[0];
	return {
		points,
		document: first ? { y: first.doc_median, y1: first.doc_q1, y2: first.doc_q3 } : null,
		sections: sections.length > 1 ? sections.map((s) => ({ label: s.section, x1: s.start, x2: s.end, n: s.n_sentences })) : [],
		shorterThanWindow: rows.length > 0 && rows.length < window
	};
}

// ── A against B ────────────────────────────────────────────────────────────────────────────────────────────────────

export interface GroupSummary {
	n: number;
	/** null for an empty group. */
	median: number | null;
}

export type Comparison =
	| {
			status: 'ok';
			a: GroupSummary;
			b: GroupSummary;
			/** null while the interval is being computed (bootstrapLater): the rest is drawn first. */
			difference: BootstrapInterval | null;
			test: MannWhitney;
			sentence: string;
	  }
	| { status: 'empty' | 'small'; a: GroupSummary; b: GroupSummary; sentence: string };

export interface CompareOptions {
	resamples?: number;
	seed?: number;
	/**
	 * The interval computed elsewhere (bootstrapLater, from bootstrapInputs) with these resamples and seed; null: not
	 * yet, and the sentence says it is being computed. Absent: computed here.
	 */
	difference?: BootstrapInterval | null;
}

/** The two groups' lengths the bootstrap resamples, or null when compareGroups computes no interval (a group empty or small). */
export function bootstrapInputs(groups: readonly LengthTallyRow[]): { a: Tally; b: Tally } | null {
	const a = groups.find((r) => r.key === 'A')?.tally;
	const b = groups.find((r) => r.key === 'B')?.tally;
	return a && b && a.n >= MIN_SENTENCES && b.n >= MIN_SENTENCES ? { a, b } : null;
}

/** "−7 to −3" when a bound is negative (a dash would read as a minus), else "3–7". */
function range(lo: number, hi: number): string {
	return lo < 0 || hi < 0 ? `${formatWords(lo)} to ${formatWords(hi)}` : `${formatWords(lo)}–${formatWords(hi)}`;
}

function summary(t: Tally | undefined): GroupSummary {
	return { n: t?.n ?? 0, median: t?.n ? quantileTally(t, 0.5) : null };
}

/** The lengths of each group, A then B, pooled from its units' tallies (one each when the units are the groups: no merge). */
export function poolByGroup(tallies: readonly LengthTallyRow[]): LengthTallyRow[] {
	return (['A', 'B'] as const)
		.map((g) => ({ key: g, grp: g, tally: poolTallies(tallies.filter((l) => l.grp === g).map((l) => l.tally)) }))
		.filter((l) => l.tally.n > 0);
}

/**
 * The groups' lengths, medians and Mann–Whitney test (on demand), once per tallies: a view states the comparison
 * twice a selection change, before and after its bootstrap interval.
 */
const measures = new WeakMap<readonly LengthTallyRow[], ReturnType<typeof measure>>();
function measure(groups: readonly LengthTallyRow[]) {
	const ta = groups.find((r) => r.key === 'A')?.tally;
	const tb = groups.find((r) => r.key === 'B')?.tally;
	let test: MannWhitney | undefined;
	return { ta, tb, a: summary(ta), b: summary(tb), test: () => (test ??= mannWhitneyTallies(ta!, tb!)) };
}
function measured(groups: readonly LengthTallyRow[]): ReturnType<typeof measure> {
	let m = measures.get(groups);
	if (!m) measures.set(groups, (m = measure(groups)));
	return m;
}

/**
 * The medians of A and B, the difference with its bootstrap interval, and the Mann–Whitney test, from the raw
 * lengths (lengthListsQuery, tallied); stated as one sentence. An empty group or one under MIN_SENTENCES is said so instead.
 */
export function compareGroups(groups: readonly LengthTallyRow[], options: CompareOptions = {}): Comparison {
	const { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED } = options;
	const { ta, tb, a, b, test: tested } = measured(groups);
	const medianOf = (name: GroupName, g: GroupSummary) =>
		`median sentence in ${name}: ${wordCount(g.median!)} (n = ${count(g.n)})`;
	const empty = [a.n === 0 && 'A', b.n === 0 && 'B'].filter(Boolean) as GroupName[];
	if (empty.length) {
		const has = a.n ? medianOf('A', a) : b.n ? medianOf('B', b) : '';
		const none = empty.length === 2 ? 'Groups A and B have no sentences' : `Group ${empty[0]} has no sentences`;
		return { status: 'empty', a, b, sentence: `${has ? cap(has) + '. ' : ''}${none}: choose documents for it to compare.` };
	}
	const small = ([['A', a], ['B', b]] as const).filter(([, g]) => g.n < MIN_SENTENCES);
	if (small.length) {
		const which = small.map(([name, g]) => `${name} has ${g.n === 1 ? 'one sentence' : `only ${g.n} sentences`}`).join(' and ');
		return {
			status: 'small',
			a,
			b,
			sentence: `${cap(medianOf('A', a))}; in B: ${formatWords(b.median!)} (n = ${count(b.n)}). Group ${which}: fewer than ${MIN_SENTENCES}, too few for an interval or a test.`
		};
	}
	const difference = options.difference === undefined ? bootstrapTallies(ta!, tb!, { resamples, seed }) : options.difference;
	const test = tested();
	const interval = difference
		? `${Math.round(difference.level * 100)}% CI ${range(difference.lo, difference.hi)} ` +
			`(bootstrap, ${count(difference.resamples)} resamples, seed ${difference.seed})`
		: `its 95% interval is being computed (bootstrap, ${count(resamples)} resamples, seed ${seed})`;
	const sentence =
		`${cap(medianOf('A', a))}; in B: ${formatWords(b.median!)} (n = ${count(b.n)}); ` +
		`difference ${wordCount(difference ? difference.estimate : a.median! - b.median!)}, ${interval}; ` +
		`Mann–Whitney U = ${formatWords(test.u)}${test.method === 'exact' ? ' (exact)' : ''}, p ${formatP(test.p)}; ` +
		`a sentence of A is longer than one of B with probability ${test.effect.toFixed(2)}.`;
	return { status: 'ok', a, b, difference, test, sentence };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ── export ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/** What each exported column holds, in which unit: for the data dictionary and the CSV header's reader. */
export const EXPORT_COLUMNS: Record<string, string> = {
	unit: 'what the row summarises: a document id, an author, or group A / B',
	label: 'document title, author or group',
	author: 'author (empty for a group)',
	group: 'A, B, or empty when no groups are chosen',
	documents: 'number of documents',
	sentences: 'number of sentences of running text (headings excluded)',
	mean_words: 'mean sentence length, words',
	min_words: 'shortest sentence, words',
	q1_words: 'first quartile (quantile_cont 0.25), words',
	median_words: 'median (quantile_cont 0.5), words',
	q3_words: 'third quartile (quantile_cont 0.75), words',
	p90_words: '90th percentile (quantile_cont 0.9), words',
	max_words: 'longest sentence, words',
	whisker_low_words: 'lower whisker: shortest length within 1.5 IQR below q1, words',
	whisker_high_words: 'upper whisker: longest length within 1.5 IQR above q3, words',
	outliers: 'sentences beyond the whiskers',
	longest_doc_id: 'document of the longest sentence',
	longest_sentence_id: 'sentence_id of the longest sentence (0-based, reading order)',
	bin_from_words: 'histogram bin, lower bound (inclusive), words',
	bin_to_words: 'histogram bin, upper bound (exclusive), words',
	share: 'share of the group’s sentences in the bin (0–1)',
	doc_id: 'document id',
	section: 'dated part of the document (empty: the whole document)',
	year_fraction: 'date as a fractional year',
	sentence_id: 'sentence id (0-based, reading order)',
	position: 'start of the sentence as a fraction 0–1 of the document’s words',
	length_words: 'sentence length, words',
	rolling_mean_words: 'mean length over the window, words',
	rolling_median_words: 'median length over the window, words',
	rolling_q1_words: 'first quartile over the window, words',
	rolling_q3_words: 'third quartile over the window, words',
	window_sentences: 'sentences in the window (fewer at the document’s edges)',
	statistic: 'name of the statistic',
	value: 'its value',
	value_unit: 'its unit'
};

export function summaryExportRows(rows: readonly LengthSummaryRow[]) {
	return rows.map((r) => ({
		unit: r.key,
		label: r.label,
		author: r.author ?? '',
		group: r.grp ?? '',
		documents: r.n_docs,
		sentences: r.n,
		mean_words: r.mean,
		min_words: r.min,
		q1_words: r.q1,
		median_words: r.median,
		q3_words: r.q3,
		p90_words: r.p90,
		max_words: r.max,
		whisker_low_words: r.whisker_lo,
		whisker_high_words: r.whisker_hi,
		outliers: r.n_outliers,
		longest_doc_id: r.longest_doc_id,
		longest_sentence_id: r.longest_sentence_id
	}));
}

export function histogramExportRows(rows: readonly LengthBinRow[]) {
	return rows.map((r) => ({ group: r.grp, bin_from_words: r.lo, bin_to_words: r.hi, sentences: r.n, share: r.share ?? '' }));
}

export function overTimeExportRows(rows: readonly LengthOverTimeRow[]) {
	return rows.map((r) => ({
		doc_id: r.doc_id,
		section: r.section ?? '',
		label: r.title,
		author: r.author,
		group: r.grp ?? '',
		year_fraction: r.when,
		sentences: r.n,
		mean_words: r.mean,
		q1_words: r.q1,
		median_words: r.median,
		q3_words: r.q3
	}));
}

export function rollingExportRows(docId: string, rows: readonly RollingLengthRow[]) {
	return rows.map((r) => ({
		doc_id: docId,
		sentence_id: r.sentence_id,
		section: r.section ?? '',
		position: r.position,
		length_words: r.n_words,
		rolling_mean_words: r.rolling_mean,
		rolling_median_words: r.rolling_median,
		rolling_q1_words: r.rolling_q1,
		rolling_q3_words: r.rolling_q3,
		window_sentences: r.window_n
	}));
}

/** The comparison as statistic / value / unit rows (only what was computed). */
export function comparisonExportRows(c: Comparison) {
	const rows: { statistic: string; value: number | string; value_unit: string }[] = [
		{ statistic: 'sentences_A', value: c.a.n, value_unit: 'sentences' },
		{ statistic: 'sentences_B', value: c.b.n, value_unit: 'sentences' },
		{ statistic: 'median_A', value: c.a.median ?? '', value_unit: 'words' },
		{ statistic: 'median_B', value: c.b.median ?? '', value_unit: 'words' }
	];
	if (c.status !== 'ok') return rows;
	const { difference: d, test: t } = c;
	const median = [{ statistic: 'median_difference_A_minus_B', value: d ? d.estimate : c.a.median! - c.b.median!, value_unit: 'words' }];
	const interval = d
		? [
				{ statistic: `ci${Math.round(d.level * 100)}_low`, value: d.lo, value_unit: 'words' },
				{ statistic: `ci${Math.round(d.level * 100)}_high`, value: d.hi, value_unit: 'words' },
				{ statistic: 'bootstrap_resamples', value: d.resamples, value_unit: 'resamples' },
				{ statistic: 'bootstrap_seed', value: d.seed, value_unit: 'd3.randomLcg seed' }
			]
		: [];
	return rows.concat(median, interval, [
		{ statistic: 'mann_whitney_U_A', value: t.u, value_unit: 'pairs (ties ½)' },
		{ statistic: 'mann_whitney_z', value: t.z ?? '', value_unit: 'standard deviations (continuity-corrected)' },
		{ statistic: 'mann_whitney_p_two_sided', value: t.p, value_unit: `probability (${t.method})` },
		{ statistic: 'probability_A_longer_than_B', value: t.effect, value_unit: 'probability (ties ½)' }
	]);
}

// ── notes ──────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface NoteOptions {
	binWidth?: number;
	window?: number;
	resamples?: number;
	seed?: number;
}

/**
 * What the view shows, defined: the corpus's own definitions of a sentence, a word and the two tests (from its `meta`
 * table, so the text is the pipeline's), then how each figure is computed here.
 */
export function lengthNotes(meta: Readonly<Record<string, string>>, options: NoteOptions = {}): string[] {
	const { binWidth, window, resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED } = options;
	const notes: string[] = [];
	if (meta.def_sentence) notes.push(`Sentence: ${meta.def_sentence} Headings are not counted.`);
	if (meta.def_word) notes.push(`Word: ${meta.def_word}`);
	notes.push(
		'Length: the words in a sentence (n_words). Quartiles, median and 90th percentile by linear interpolation (DuckDB quantile_cont, R type 7).',
		'Box: first to third quartile with the median; whiskers to the most extreme lengths within 1.5 × IQR of the box (Tukey); the sentences beyond them are drawn as points.'
	);
	if (binWidth !== undefined)
		notes.push(`Histogram: bins of ${count(binWidth)} word${binWidth === 1 ? '' : 's'}, each from its lower bound up to (not including) the next; a bar is the share of its group’s sentences, so groups of different sizes compare.`);
	// The tests' definitions as the corpus states them (an older database without them: the contract's text).
	const bootstrap = meta.stat_bootstrap ?? DEFINITIONS.stat_bootstrap;
	const test = meta.stat_mann_whitney ?? DEFINITIONS.stat_mann_whitney;
	const settings = resamples === BOOTSTRAP_RESAMPLES && seed === BOOTSTRAP_SEED ? '' : ` Here: ${count(resamples)} resamples of each group, seed ${seed}.`;
	notes.push(`A against B: ${bootstrap}${settings} ${test} Neither is computed for a group of fewer than ${MIN_SENTENCES} sentences.`);
	if (window !== undefined)
		notes.push(`Along a document: the mean length of ${count(window)} consecutive sentences centred on each (fewer at the document’s edges); the band is their first to third quartile.`);
	return notes;
}
