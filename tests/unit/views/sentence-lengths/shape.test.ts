// The sentence-length view's pure shaping: marks, the A-against-B sentence (worked by hand), exports and notes.
import { describe, expect, it } from 'vitest';
import {
	EXPORT_COLUMNS,
	boxMarks,
	bootstrapInputs,
	compareGroups,
	comparisonExportRows,
	formatP,
	histogramBars,
	histogramExportRows,
	lengthNotes,
	overTimeExportRows,
	overTimePoints,
	rollingExportRows,
	rollingMarks,
	rowKey,
	poolByGroup,
	sentenceFocus,
	sentencePoints,
	brushedLengths,
	suggestBinWidth,
	summaryExportRows
} from '../../../../src/lib/views/sentence-lengths/shape';
import { bootstrapMedianDifference } from '../../../../src/lib/stats/bootstrap';
import { overTimeOf } from '../../../../src/lib/stats/length-groups';
import type {
	DocSectionRow,
	LengthBinRow,
	LengthOverTimeRow,
	LengthSummaryRow,
	RollingLengthRow
} from '../../../../src/lib/db/queries/sentence-lengths';
import { DEFINITIONS } from '../../../../src/lib/db/contract/meta';
import { expandTally, tallyOf } from '../../../../src/lib/stats/tally';
import type { LengthTallyRow } from '../../../../src/lib/stats/length-groups';
import { BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED } from '../../../../src/lib/stats/bootstrap';

const summary = (over: Partial<LengthSummaryRow>): LengthSummaryRow => ({
	key: 'd1', label: 'Alpha', author: 'A', grp: null, n_docs: 1, n: 5, mean: 6.2, min: 2, q1: 3, median: 3, q3: 9, p90: 12,
	max: 14, whisker_lo: 2, whisker_hi: 14, n_outliers: 0, longest_doc_id: 'd1', longest_sentence_id: 4, ...over
});
/** Rows of lengths as the view has them: each unit's lengths tallied. */
const tallied = (rows: { key: string; grp: 'A' | 'B'; lengths: number[] }[]): LengthTallyRow[] =>
	rows.map((r) => ({ key: r.key, grp: r.grp, tally: tallyOf(r.lengths) }));
const lists = (a: number[], b: number[]): LengthTallyRow[] => tallied([
	{ key: 'A', grp: 'A', lengths: a },
	{ key: 'B', grp: 'B', lengths: b }
]);

describe('boxes', () => {
	it('quartiles as y1–y2 with the whiskers, the longest sentence and the drill-down target', () => {
		const [box] = boxMarks([summary({ grp: 'A' })], 'doc');
		expect(box).toMatchObject({ y1: 3, y2: 9, median: 3, whiskerLo: 2, whiskerHi: 14, longest: { docId: 'd1', sentenceId: 4 }, tooSmall: false });
		expect(box.target).toEqual({ docId: 'd1', group: 'A' });
	});
	it('an author box in one group targets that author in that group; a group box its group', () => {
		expect(boxMarks([summary({ key: 'A', grp: 'B' })], 'author')[0].target).toEqual({ author: 'A', group: 'B' });
		expect(boxMarks([summary({ key: 'A' })], 'author')[0].target).toEqual({ author: 'A' });
		expect(boxMarks([summary({ key: 'B', grp: 'B', author: null })], 'group')[0].target).toEqual({ group: 'B' });
	});
	it('fewer than 5 sentences is flagged, not drawn as a box', () => {
		expect(boxMarks([summary({ n: 4 }), summary({ n: 5 })], 'doc').map((b) => b.tooSmall)).toEqual([true, false]);
	});
});

describe('histogram', () => {
	const bin = (grp: 'A' | 'B', lo: number, n: number, total: number): LengthBinRow => ({
		grp, bin: lo / 10, lo, hi: lo + 10, n, total, share: total ? n / total : null
	});
	it('A in the left half of each bin, B in the right, heights as shares; a bin targets its whole-word range', () => {
		const bars = histogramBars([bin('A', 0, 3, 5), bin('B', 0, 2, 4), bin('A', 10, 2, 5), bin('B', 10, 2, 4)]);
		expect(bars.map((b) => [b.grp, b.x1, b.x2, b.y1, b.y2])).toEqual([
			['A', 0, 5, 0, 0.6], ['B', 5, 10, 0, 0.5], ['A', 10, 15, 0, 0.4], ['B', 15, 20, 0, 0.5]
		]);
		expect(bars[3].target).toEqual({ group: 'B', min: 10, max: 19 });
	});
	it('an empty group has no bars', () => {
		expect(histogramBars([bin('A', 0, 3, 3), bin('B', 0, 0, 0)]).map((b) => b.grp)).toEqual(['A']);
	});
	it('a bin where a group has no sentences has no bar for it; the other group keeps its half', () => {
		const bars = histogramBars([bin('A', 0, 3, 3), bin('B', 0, 2, 5), bin('A', 10, 0, 3), bin('B', 10, 3, 5)]);
		expect(bars.map((b) => [b.grp, b.lo, b.x1, b.x2])).toEqual([['A', 0, 0, 5], ['B', 0, 5, 10], ['B', 10, 15, 20]]);
	});
	it('suggests a whole-word bin width from the data (Freedman–Diaconis)', () => {
		// 2 · 17 / ∛1457 = 34 / 11.337 = 3.0 → 3; 2 · 6 / ∛5 = 7.02 → 7
		expect(suggestBinWidth(17, 1457)).toBe(3);
		expect(suggestBinWidth(6, 5)).toBe(7);
		expect(suggestBinWidth(0, 100)).toBe(1);
		expect(suggestBinWidth(1, 10_000)).toBe(1);
	});
	it('widens the suggested bins so that the longest sentence falls within 100 bins', () => {
		// the State of the Union: IQR 21, 62,964 sentences → 1 word by Freedman–Diaconis; 0–577 words in ≤ 100 bins → 6
		expect(suggestBinWidth(21, 62_964, 577)).toBe(6);
		expect(Math.floor(577 / 6) + 1).toBeLessThanOrEqual(100);
		// the default corpus: 3 words (68 bins up to 204 words) is kept
		expect(suggestBinWidth(19, 1460, 204)).toBe(3);
		expect(suggestBinWidth(0, 1, 99)).toBe(1);
		expect(suggestBinWidth(0, 1, 100)).toBe(2);
	});
});

describe('over time and along a document', () => {
	const t = (over: Partial<LengthOverTimeRow>): LengthOverTimeRow => ({
		doc_id: 'd1', section: null, unit: 'd1', title: 'Alpha', author: 'A', grp: 'A', year: 1902, when: 1902.7, n: 40, mean: 30, q1: 20,
		median: 28, q3: 40, min: 4, max: 90, ...over
	});
	it('a point per document at its fractional year: median as y, the IQR as y1–y2; a dated part says which', () => {
		const [doc, part] = overTimePoints([t({}), t({ section: 'Preface', unit: 'd1#0', when: 1904.04, n: 3 })]);
		expect(doc).toMatchObject({ x: 1902.7, y: 28, y1: 20, y2: 40, label: 'Alpha', target: { docId: 'd1' }, tooSmall: false });
		expect(part).toMatchObject({ label: 'Alpha — Preface', target: { docId: 'd1', section: 'Preface' }, tooSmall: true });
	});
	it('a row object keeps its point, and overTimeOf keeps a row while its document stays in its group (its point is not drawn again)', () => {
		const all = [t({ doc_id: 'd1', unit: 'd1', grp: null }), t({ doc_id: 'd2', unit: 'd2', grp: null }), t({ doc_id: 'd3', unit: 'd3', grp: null })];
		const first = overTimeOf(all, [{ doc_id: 'd1', grp: 'A' }, { doc_id: 'd2', grp: 'B' }, { doc_id: 'd3', grp: 'B' }]);
		const next = overTimeOf(all, [{ doc_id: 'd1', grp: 'B' }, { doc_id: 'd2', grp: 'A' }, { doc_id: 'd3', grp: 'B' }]);
		expect(next.map((x) => x.grp)).toEqual(['B', 'A', 'B']);
		expect(next.map((x, i) => x === first[i])).toEqual([false, false, true]);
		expect(overTimeOf(all, [{ doc_id: 'd1', grp: 'A' }])[0]).toBe(first[0]);
		const [p1, p2, p3] = overTimePoints(first);
		const [q1, q2, q3] = overTimePoints(next);
		expect([q1 === p1, q2 === p2, q3 === p3]).toEqual([false, false, true]);
		expect(q1.grp).toBe('B');
	});
	const r = (i: number, n: number): RollingLengthRow => ({
		sentence_id: i, position: i / 5, n_words: 5, section: 'Main', rolling_mean: 4 + i, rolling_median: 4, rolling_q1: 3, rolling_q3: 6,
		window_n: n, doc_median: 3, doc_q1: 3, doc_q3: 9
	});
	const sec = (section: string, start: number, end: number): DocSectionRow => ({ section, section_order: 0, start, end, n_sentences: 2, date: null, year: null });
	it('the rolling line with its band, partial windows flagged, the document band, and the parts', () => {
		const m = rollingMarks([r(0, 2), r(1, 3), r(2, 2)], [sec('Preface', 0, 0.4), sec('Letter', 0.4, 1)], 3);
		expect(m.points.map((p) => [p.x, p.y, p.y1, p.y2, p.partial])).toEqual([[0, 4, 3, 6, true], [0.2, 5, 3, 6, false], [0.4, 6, 3, 6, true]]);
		expect(m.document).toEqual({ y: 3, y1: 3, y2: 9 });
		expect(m.sections).toEqual([{ label: 'Preface', x1: 0, x2: 0.4, n: 2 }, { label: 'Letter', x1: 0.4, x2: 1, n: 2 }]);
		expect(m.shorterThanWindow).toBe(false);
	});
	it('one part is not marked; a document shorter than the window says so; no rows, no band', () => {
		const m = rollingMarks([r(0, 2), r(1, 2)], [sec('Main text', 0, 1)], 15);
		expect([m.sections, m.shorterThanWindow]).toEqual([[], true]);
		expect(rollingMarks([], [], 5).document).toBeNull();
	});
});

describe('A against B in one sentence', () => {
	it('worked by hand: medians, the bootstrap interval, U, p and the effect size', () => {
		// A = 3 5 5 9 12, B = 1 2 4 5 7. Pooled ranks: 1 2 | 3 → 3 | 4 | three 5s → 6 | 7 → 8 | 9 → 9 | 12 → 10.
		// R_A = 3 + 6 + 6 + 9 + 10 = 34 → U = 34 − 15 = 19; effect 19/25 = 0.76.
		// σ² = 25/12 · (11 − 24/90) = 22.361; z = (19 − 12.5 − 0.5)/4.7288 = 1.2688; p = 2·(1 − Φ(1.2688)) = 0.2045.
		const c = compareGroups(lists([3, 5, 5, 9, 12], [1, 2, 4, 5, 7]));
		if (c.status !== 'ok') throw new Error(c.sentence);
		expect([c.a, c.b]).toEqual([{ n: 5, median: 5 }, { n: 5, median: 4 }]);
		expect([c.test.u, c.test.effect]).toEqual([19, 0.76]);
		expect(c.test.p).toBeCloseTo(0.2045, 4);
		expect(c.difference).toMatchObject({ estimate: 1, resamples: 2000, seed: 1 });
		// the interval is seeded: the same every time (lo −2, hi 8 with seed 1)
		expect(c.sentence).toBe(
			'Median sentence in A: 5 words (n = 5); in B: 4 (n = 5); difference 1 word, 95% CI −2 to 8 ' +
				'(bootstrap, 2,000 resamples, seed 1); Mann–Whitney U = 19, p = 0.205; ' +
				'a sentence of A is longer than one of B with probability 0.76.'
		);
	});
	it('a half-word median, a negative difference, the exact test, and the resamples and seed chosen', () => {
		const c = compareGroups(lists([30, 32, 35, 40, 41, 50], [31, 33, 36, 42, 43, 44, 45]), { resamples: 500, seed: 9 });
		if (c.status !== 'ok') throw new Error(c.sentence);
		// U: 32 > 31; 35 > 31, 33; 40 and 41 > 31, 33, 36; 50 > all 7 → 1 + 2 + 3 + 3 + 7 = 16; no ties → exact
		expect(c.sentence).toMatch(/^Median sentence in A: 37\.5 words \(n = 6\); in B: 42 \(n = 7\); difference −4\.5 words, 95% CI .+ \(bootstrap, 500 resamples, seed 9\); Mann–Whitney U = 16 \(exact\), p = 0\.\d{3}; .+ probability 0\.38\.$/);
	});
	it('thousands are grouped and a tiny p is bounded', () => {
		const a = Array.from({ length: 1200 }, (_, i) => 20 + (i % 30));
		const b = Array.from({ length: 1100 }, (_, i) => 10 + (i % 25));
		const c = compareGroups(lists(a, b), { resamples: 200 });
		expect(c.sentence).toContain('(n = 1,200)');
		expect(c.sentence).toContain('p < 0.001');
		expect(formatP(0.0004)).toBe('< 0.001');
		expect(formatP(0.0312)).toBe('= 0.031');
	});
	it('the interval computed elsewhere: said to be pending until given, then the same sentence as computed here', () => {
		const l = lists([3, 5, 5, 9, 12], [1, 2, 4, 5, 7]);
		expect(bootstrapInputs(l)).toEqual({ a: tallyOf([3, 5, 5, 9, 12]), b: tallyOf([1, 2, 4, 5, 7]) });
		expect(bootstrapInputs(lists([3, 5, 5, 9, 12], [1, 7, 4]))).toBeNull();
		const pending = compareGroups(l, { difference: null });
		if (pending.status !== 'ok') throw new Error(pending.sentence);
		expect(pending.difference).toBeNull();
		expect(pending.sentence).toBe(
			'Median sentence in A: 5 words (n = 5); in B: 4 (n = 5); difference 1 word, its 95% interval is being computed ' +
				'(bootstrap, 2,000 resamples, seed 1); Mann–Whitney U = 19, p = 0.205; ' +
				'a sentence of A is longer than one of B with probability 0.76.'
		);
		expect(comparisonExportRows(pending).map((r) => r.statistic)).not.toContain('ci95_low');
		const now = compareGroups(l);
		const given = compareGroups(l, { difference: bootstrapMedianDifference([3, 5, 5, 9, 12], [1, 2, 4, 5, 7]) });
		expect(given).toEqual(now);
	});
	it('an empty group is named instead of computing nonsense', () => {
		const c = compareGroups(lists([3, 5, 5, 9, 12], []));
		expect(c.status).toBe('empty');
		expect(c.sentence).toBe('Median sentence in A: 5 words (n = 5). Group B has no sentences: choose documents for it to compare.');
		expect(compareGroups([]).sentence).toBe('Groups A and B have no sentences: choose documents for it to compare.');
	});
	it('fewer than 5 sentences: the medians, and no interval or test', () => {
		const c = compareGroups(lists([3, 5, 5, 9, 12], [1, 7, 4]));
		expect(c.status).toBe('small');
		expect('test' in c).toBe(false);
		expect(c.sentence).toBe('Median sentence in A: 5 words (n = 5); in B: 4 (n = 3). Group B has only 3 sentences: fewer than 5, too few for an interval or a test.');
		expect(compareGroups(lists([2], [1, 7, 4, 4])).sentence).toContain('Group A has one sentence and B has only 4 sentences');
	});
});

describe('export rows and notes', () => {
	it('every exported column is defined with its unit', () => {
		const c = compareGroups(lists([3, 5, 5, 9, 12], [1, 2, 4, 5, 7]), { resamples: 100 });
		const tables = [
			summaryExportRows([summary({})]),
			histogramExportRows([{ grp: 'A', bin: 0, lo: 0, hi: 5, n: 3, total: 5, share: 0.6 }]),
			overTimeExportRows([{ doc_id: 'd1', section: null, unit: 'd1', title: 'Alpha', author: 'A', grp: null, year: 1902, when: 1902.7, n: 4, mean: 3, q1: 2, median: 3, q3: 4, min: 1, max: 9 }]),
			rollingExportRows('d1', [{ sentence_id: 0, position: 0, n_words: 5, section: null, rolling_mean: 4, rolling_median: 4, rolling_q1: 3, rolling_q3: 6, window_n: 2, doc_median: 3, doc_q1: 3, doc_q3: 9 }]),
			comparisonExportRows(c)
		];
		for (const rows of tables) for (const k of Object.keys(rows[0])) expect(EXPORT_COLUMNS, k).toHaveProperty(k);
		expect(summaryExportRows([summary({})])[0]).toMatchObject({ unit: 'd1', group: '', sentences: 5, median_words: 3, p90_words: 12, longest_sentence_id: 4 });
	});
	it('the comparison exports what was computed, and only that', () => {
		const ok = comparisonExportRows(compareGroups(lists([3, 5, 5, 9, 12], [1, 2, 4, 5, 7])));
		const get = (rows: typeof ok, s: string) => rows.find((r) => r.statistic === s)?.value;
		expect([get(ok, 'median_difference_A_minus_B'), get(ok, 'ci95_low'), get(ok, 'ci95_high'), get(ok, 'mann_whitney_U_A'), get(ok, 'bootstrap_seed')]).toEqual([1, -2, 8, 19, 1]);
		const small = comparisonExportRows(compareGroups(lists([3, 5], [1, 2, 4, 5, 7])));
		expect(small.map((r) => r.statistic)).toEqual(['sentences_A', 'sentences_B', 'median_A', 'median_B']);
	});
	it('notes quote the corpus’s own definitions and state the settings', () => {
		const notes = lengthNotes({ def_sentence: 'A sentence ends at . ? !', def_word: 'A word has a letter.' }, { binWidth: 5, window: 25, resamples: 2000, seed: 1 });
		expect(notes[0]).toBe('Sentence: A sentence ends at . ? ! Headings are not counted.');
		expect(notes[1]).toBe('Word: A word has a letter.');
		expect(notes.join('\n')).toContain('bins of 5 words');
		expect(notes.join('\n')).toContain(DEFINITIONS.stat_bootstrap);
		// The stored definition states the settings the view uses.
		expect(DEFINITIONS.stat_bootstrap).toContain(`${BOOTSTRAP_RESAMPLES.toLocaleString('en')} resamples`);
		expect(DEFINITIONS.stat_bootstrap).toContain(`seed ${BOOTSTRAP_SEED})`);
		expect(notes.join('\n')).toContain(DEFINITIONS.stat_mann_whitney);
		// The corpus's own text when it has one; other settings than the definition's are stated.
		expect(lengthNotes({ stat_mann_whitney: 'MW as stored.' }).join('\n')).toContain('MW as stored.');
		expect(lengthNotes({}, { resamples: 500, seed: 9 }).join('\n')).toContain('Here: 500 resamples of each group, seed 9.');
		expect(notes.join('\n')).toContain('mean length of 25 consecutive sentences');
		expect(lengthNotes({}).some((n) => n.startsWith('Sentence:') || n.startsWith('Histogram') || n.startsWith('Along'))).toBe(false);
	});
});

describe('points, drill-down focus and brushing', () => {
	const box = (over: Partial<LengthSummaryRow>) => boxMarks([summary(over)], 'doc')[0];
	it('draws the sentences beyond the whiskers, every sentence of a small box, or all on demand', () => {
		const big = box({ key: 'd1', grp: 'A', n: 8, whisker_lo: 3, whisker_hi: 20 });
		const small = box({ key: 'd2', grp: 'B', n: 3 });
		const lists = tallied([
			{ key: 'd1', grp: 'A', lengths: [1, 3, 5, 8, 12, 20, 25, 40] },
			{ key: 'd2', grp: 'B', lengths: [4, 6, 9] },
			{ key: 'gone', grp: 'A', lengths: [1] }
		]);
		const some = sentencePoints(lists, [big, small], false);
		expect(some.points.map((p) => [p.row, p.length])).toEqual([['d1|A', 1], ['d1|A', 25], ['d1|A', 40], ['d2|B', 4], ['d2|B', 6], ['d2|B', 9]]);
		expect(some.capped).toBe(false);
		expect(sentencePoints(lists, [big, small], true).points).toHaveLength(11);
		// More than the limit: outliers and small boxes only, and it says so.
		const capped = sentencePoints(lists, [big, small], true, 5);
		expect([capped.capped, capped.points.length]).toEqual([true, 6]);
		// The same place on every redraw, inside the row.
		const again = sentencePoints(lists, [big, small], false);
		expect(again.points.map((p) => p.jitter)).toEqual(some.points.map((p) => p.jitter));
		for (const p of some.points) expect(Math.abs(p.jitter)).toBeLessThanOrEqual(0.5);
		expect(rowKey({ key: 'Ann', grp: null })).toBe('Ann|');
		// A row's points are made once per box and tally: the same objects again, new ones for another tally.
		expect(again.points.every((p, i) => p === some.points[i])).toBe(true);
		const d2again = tallied([{ key: 'd2', grp: 'B', lengths: [4, 6, 9] }]);
		expect(sentencePoints(d2again, [small], false).points[0]).not.toBe(some.points[3]);
		expect(sentencePoints(d2again, [small], false).points.map((p) => p.length)).toEqual([4, 6, 9]);
	});
	it('a mark’s sentences as a Passages focus: its target with a whole-word length range', () => {
		expect(sentenceFocus({ docId: 'd1', group: 'A' }, { min: 2, max: 14 })).toEqual({ docId: 'd1', group: 'A', length: { min: 2, max: 14 } });
		expect(sentenceFocus({ group: 'B', min: 10, max: 19 }, { min: 0, max: 99 })).toEqual({ group: 'B', length: { min: 10, max: 19 } });
		expect(sentenceFocus({ docId: 'd1', section: 'Preface' }, { min: 3, max: 40 })).toEqual({ docId: 'd1', section: 'Preface', length: { min: 3, max: 40 } });
		expect(sentenceFocus({ author: 'Ann' }, { min: 7, max: 7 })).toEqual({ author: 'Ann', length: { min: 7, max: 7 } });
	});
	it('a brushed span becomes the whole lengths inside it', () => {
		expect(brushedLengths([9.2, 20.7])).toEqual({ min: 10, max: 20 });
		expect(brushedLengths([20.7, 9.2])).toEqual({ min: 10, max: 20 });
		expect(brushedLengths([12, 12.9])).toEqual({ min: 12, max: 12 });
		expect(brushedLengths([12.2, 12.9])).toEqual({ min: 13, max: 13 });
		expect(brushedLengths([-3, 1.5])).toEqual({ min: 0, max: 1 });
	});
	it('pools each group’s lengths from its documents (or authors), A then B, an empty group left out', () => {
		const lists = tallied([
			{ key: 'd2', grp: 'B', lengths: [4, 6] },
			{ key: 'd1', grp: 'A', lengths: [1, 3] },
			{ key: 'd3', grp: 'B', lengths: [2, 6] }
		]);
		const pooled = poolByGroup(lists).map((l) => ({ key: l.key, grp: l.grp, lengths: Array.from(expandTally(l.tally)) }));
		expect(pooled).toEqual([{ key: 'A', grp: 'A', lengths: [1, 3] }, { key: 'B', grp: 'B', lengths: [2, 4, 6, 6] }]);
		expect(poolByGroup(lists.slice(0, 1)).map((l) => l.key)).toEqual(['B']);
	});
	it('one group alone fills its bins', () => {
		const rows: LengthBinRow[] = [
			{ grp: 'A', bin: 0, lo: 0, hi: 10, n: 0, total: 0, share: null },
			{ grp: 'B', bin: 0, lo: 0, hi: 10, n: 4, total: 4, share: 1 }
		];
		expect(histogramBars(rows).map((b) => [b.grp, b.x1, b.x2])).toEqual([['B', 0, 10]]);
	});
});
