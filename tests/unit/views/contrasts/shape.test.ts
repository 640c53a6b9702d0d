// The keyword-contrast view's pure shaping: scatter marks and floors, label placement, bars, table, export, notes.
import { describe, expect, it } from 'vitest';
import { interpolateLab, piecewise, rgb, scaleDivergingSqrt } from 'd3';
import { DEFINITIONS } from '../../../../src/lib/db/contract';
import { CONTRAST_DEFAULTS, withSignificance, type Contrast, type ContrastRow } from '../../../../src/lib/db/queries/contrasts';
import { logLikelihood, logRatio, logOdds } from '../../../../src/lib/stats';
import {
	cell,
	definitions,
	divergingBars,
	estimateText,
	exportRows,
	formatP,
	labelOrder,
	logTickLabel,
	notes,
	placeLabels,
	scatter,
	sortRows,
	SIDE_COLORS,
	stampDefinition,
	statColor,
	tableRows,
	type Box
} from '../../../../src/lib/views/contrasts/shape';

const C = 10_000;
const D = 20_000;

/** A contrast row for counts a, b in A (10,000 words, 4 documents) and B (20,000 words, 5 documents). */
function row(term: string, a: number, b: number, over: Partial<ContrastRow> = {}): ContrastRow {
	const ll = logLikelihood(a, b, C, D);
	const lr = logRatio(a, b, C, D);
	const lo = logOdds(a, b, C, D, a + b, C + D);
	return {
		term, a, b, c: C, d: D, docs_a: 4, docs_b: 5, corpus_count: a + b, rate_a: (a / C) * 1e4, rate_b: (b / D) * 1e4,
		g2: ll.g2, log_ratio: lr.value, log_ratio_lower: lr.lower, log_ratio_upper: lr.upper, alpha: a + b,
		log_odds: lo.delta, log_odds_var: lo.variance, log_odds_z: lo.z, df_g2: 0, df_a: Math.min(a, 4), df_b: Math.min(b, 5),
		dp_a: a ? 0.3 : null, dp_norm_a: a ? 0.4 : null, dp_b: b ? 0.2 : null, dp_norm_b: b ? 0.25 : null,
		top_doc_a: a ? 'a1' : null, top_n_a: a ? Math.ceil(a / 2) : null, top_words_a: a ? 2500 : null,
		top_doc_b: b ? 'b1' : null, top_n_b: b ? Math.ceil(b / 2) : null, top_words_b: b ? 4000 : null,
		...over
	};
}

const rows: Contrast[] = withSignificance([
	row('soviet', 60, 10),
	row('party', 40, 30),
	row('peasant', 0, 40),
	row('bread', 10, 20),
	row('capital', 3, 60),
	row('iskra', 25, 0, { top_n_a: 25, top_words_a: 2000 })
]);

describe('scatter', () => {
	it('places zero rates at half an occurrence, on one domain for both axes', () => {
		const s = scatter(rows, 'g2')!;
		// floor A = 0.5 × 10,000 / 10,000 = 0.5 per 10k; floor B = 0.5 × 10,000 / 20,000 = 0.25
		expect(s.floor).toEqual({ a: 0.5, b: 0.25 });
		const peasant = s.marks.find((m) => m.term === 'peasant')!;
		expect(peasant).toMatchObject({ x: 0.5, xZero: true, y: 20, yZero: false, side: 'B' });
		const iskra = s.marks.find((m) => m.term === 'iskra')!;
		expect(iskra).toMatchObject({ x: 25, y: 0.25, yZero: true, side: 'A', oneDoc: 'A' });
		expect(s.domain).toEqual([0.25, 60]);
		expect(s.total).toBe(6);
	});
	it('orders marks strongest first, keeps the strongest maxPoints, and centres the colours on 0', () => {
		const s = scatter(rows, 'log_ratio', { maxPoints: 3 })!;
		const strongest = [...rows].sort((x, y) => Math.abs(y.log_ratio) - Math.abs(x.log_ratio)).slice(0, 3).map((r) => r.term);
		expect(s.marks.map((m) => m.term)).toEqual(strongest);
		expect(s.total).toBe(6);
		const m = Math.abs(s.marks[0].value);
		expect(s.colorDomain).toEqual([-m, 0, m]);
		expect(scatter([], 'g2')).toBeNull();
	});
	it('marks significance with the statistic’s own q', () => {
		const s = scatter(rows, 'g2', { maxQ: 0.05 })!;
		for (const mk of s.marks) expect(mk.significant).toBe(rows.find((r) => r.term === mk.term)!.q < 0.05);
		// the document-frequency G² is 0 for every row here: q = 1, nothing significant
		expect(scatter(rows, 'df_g2')!.marks.some((mk) => mk.significant)).toBe(false);
	});
});

describe('placeLabels', () => {
	const overlap = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
	const bounds = { width: 300, height: 200 };

	it('places a label right of its point, or left when the right side is out of bounds', () => {
		const [right, left] = placeLabels([{ term: 'soviet', px: 50, py: 100 }, { term: 'party', px: 290, py: 20 }], bounds);
		// "soviet": 6 × 6.6 = 39.6 px wide, 13.2 high; offset radius 3 + gap 2 = 5
		expect(right).toMatchObject({ x: 55, y: 100, anchor: 'start', box: { x: 55 } });
		expect(right.box.width).toBeCloseTo(39.6, 9);
		expect(left).toMatchObject({ x: 285, anchor: 'end' });
		expect(left.box.x + left.box.width).toBeCloseTo(285, 9);
	});

	it('never overlaps another label or a point, stays inside, and drops what cannot fit', () => {
		// 60 candidates crowded in a 100 × 60 corner: many must be dropped
		const cands = Array.from({ length: 60 }, (_, i) => ({ term: `term${i}`, px: 10 + ((i * 37) % 100), py: 10 + ((i * 53) % 60) }));
		const placed = placeLabels(cands, bounds, { max: 60 });
		expect(placed.length).toBeGreaterThan(3);
		expect(placed.length).toBeLessThan(60);
		for (const [i, p] of placed.entries()) {
			expect(p.box.x).toBeGreaterThanOrEqual(0);
			expect(p.box.y).toBeGreaterThanOrEqual(0);
			expect(p.box.x + p.box.width).toBeLessThanOrEqual(bounds.width);
			expect(p.box.y + p.box.height).toBeLessThanOrEqual(bounds.height);
			for (const q of placed.slice(i + 1)) expect(overlap(p.box, q.box)).toBe(false);
			for (const c of cands) expect(overlap(p.box, { x: c.px - 3, y: c.py - 3, width: 6, height: 6 })).toBe(false);
		}
		// in the candidates' order (strongest first)
		const at = placed.map((p) => cands.findIndex((c) => c.term === p.term));
		expect(at).toEqual([...at].sort((x, y) => x - y));
	});

	it('stops at max and uses a given measure', () => {
		const cands = [0, 1, 2].map((i) => ({ term: 'x', px: 20 + i * 100, py: 100 }));
		expect(placeLabels(cands, bounds, { max: 2 })).toHaveLength(2);
		const wide = placeLabels([{ term: 'x', px: 150, py: 100 }], bounds, { measure: () => ({ width: 200, height: 10 }) });
		// 200 px fits neither right (155 + 200) nor left (145 − 200), but above, centred: 50 … 250
		expect(wide[0]).toMatchObject({ anchor: 'middle', box: { x: 50, y: 85, width: 200, height: 10 } });
		expect(estimateText('abc', 10)).toEqual({ width: 18, height: 12 });
	});
});

describe('labelOrder', () => {
	it('alternates the sides, significant marks only', () => {
		const s = scatter(rows, 'g2')!;
		const order = labelOrder(s.marks, 2);
		expect(order.every((m) => m.significant)).toBe(true);
		expect(order.map((m) => m.side)).toEqual(['A', 'B', 'A', 'B']);
	});
});

describe('divergingBars', () => {
	it('A from the strongest down, then B from the weakest to the strongest', () => {
		const bars = divergingBars(rows, 'g2', 2, null);
		const a = rows.filter((r) => r.g2 > 0).sort((x, y) => y.g2 - x.g2).slice(0, 2).map((r) => r.term);
		const b = rows.filter((r) => r.g2 < 0).sort((x, y) => x.g2 - y.g2).slice(0, 2).map((r) => r.term).reverse();
		expect(bars.map((x) => x.term)).toEqual([...a, ...b]);
		expect(bars.map((x) => x.rank)).toEqual([1, 2, 2, 1]);
		expect(bars.every((x) => x.x1 === 0 && (x.side === 'A' ? x.x2 > 0 : x.x2 < 0) && x.lower === null)).toBe(true);
	});
	it('filters by q, carries Log Ratio’s interval and the one-document flag', () => {
		const bars = divergingBars(rows, 'log_ratio', 10, 0.05);
		expect(bars.every((x) => rows.find((r) => r.term === x.term)!.q < 0.05)).toBe(true);
		const iskra = bars.find((x) => x.term === 'iskra')!;
		expect(iskra.lower).toBeLessThan(iskra.x2);
		expect(iskra.upper).toBeGreaterThan(iskra.x2);
		expect(iskra.oneDoc).toBe(rows.find((r) => r.term === 'iskra')!.one_doc === 'A');
	});
});

describe('table', () => {
	it('the top terms on each side, sortable with nulls last, cells as text', () => {
		const t = tableRows(rows, 'g2', 2);
		expect(t.map((r) => [r.side, r.rank])).toEqual([['A', 1], ['A', 2], ['B', 1], ['B', 2]]);
		const byDp = sortRows(rows, 'dp_b', true).map((r) => r.term);
		expect(byDp.at(-1)).toBe('iskra'); // b = 0: no DP in B
		expect(sortRows(rows, 'term', true).map((r) => r.term)).toEqual(['bread', 'capital', 'iskra', 'party', 'peasant', 'soviet']);
		const peasant = rows.find((r) => r.term === 'peasant')!;
		expect(cell(peasant, 'dp_a')).toBe('—');
		expect(cell(peasant, 'df_b')).toBe('5 of 5');
		expect(cell(peasant, 'p')).toBe('< 0.0001');
		expect(cell(peasant, 'log_ratio')).toMatch(/^−\d+\.\d\d \[−\d+\.\d\d, −\d+\.\d\d\]$/);
		expect(cell({ ...peasant, a: 12345 }, 'a')).toBe('12,345');
	});
});

describe('export', () => {
	it('one row per term tested, columns named with their units', () => {
		const out = exportRows(rows, { ...CONTRAST_DEFAULTS, level: 0.9 });
		expect(out).toHaveLength(rows.length);
		expect(out[0]).toMatchObject({ term: rows[0].term, count_a: rows[0].a, rate_a_per_10k_words: rows[0].rate_a, g2_q_bh: rows[0].q });
		expect(Object.keys(out[0])).toContain('log_ratio_lower_90');
		expect(out.find((r) => r.term === 'iskra')!.one_document).toBe(rows.find((r) => r.term === 'iskra')!.one_doc ?? '');
	});
	it('quotes the contract’s definitions and states the parameters', () => {
		const defs = definitions({ ...CONTRAST_DEFAULTS, minFreq: 7, by: 'lemma', alpha0: 500 });
		const keys = ['def_counts', 'stat_g2', 'stat_log_ratio', 'stat_log_ratio_ci', 'stat_log_odds', 'stat_log_odds_prior', 'stat_dp', 'stat_group_dp', 'stat_df_g2', 'stat_one_doc', 'stat_min_freq', 'stat_rate'] as const;
		for (const k of keys) expect(defs).toContain(DEFINITIONS[k]);
		// Benjamini–Hochberg runs over every term tested, as withSignificance does.
		expect(DEFINITIONS.stat_g2).toContain('over every term tested');
		const all = defs.join(' ');
		expect(all).toContain('a + b ≥ 7');
		expect(all).toContain('lemmas');
		expect(all).toContain('α0 = 500');
		expect(stampDefinition('df_g2', CONTRAST_DEFAULTS)).toMatch(/^Ranked by Document-frequency G²\. /);
		expect(stampDefinition('g2', CONTRAST_DEFAULTS, { a: 'V. I. Lenin, 1902–1906, 2 documents, 12,438 words', b: 'Leon Trotsky, 1918, 1 document, 11,858 words' })).toMatch(
			/^Group A: V\. I\. Lenin, 1902–1906, 2 documents, 12,438 words\. Group B: Leon Trotsky, 1918, 1 document, 11,858 words\. Ranked by Log-likelihood G²\. /
		);
	});
});

describe('notes', () => {
	const groups = (a: [number, number], b: [number, number]) => [
		{ grp: 'A' as const, docs: a[0], words: a[1] },
		{ grp: 'B' as const, docs: b[0], words: b[1] }
	];
	it('an empty group is an error, and nothing else is said', () => {
		expect(notes(groups([2, 5000], [0, 0]), 0, CONTRAST_DEFAULTS)).toEqual([
			{ level: 'error', text: 'Group B is empty: choose documents, authors or years for it.' }
		]);
	});
	it('a small group, a one-document group, no terms over the guard', () => {
		const n = notes(groups([1, 697], [3, 30000]), 0, CONTRAST_DEFAULTS);
		expect(n.map((x) => x.level)).toEqual(['warning', 'info', 'warning']);
		expect(n[0].text).toContain('only 697 words');
		expect(n[1].text).toContain('Group A is one document');
		expect(n[2].text).toContain('at least 5 times');
	});
	it('counts the flagged terms among those shown', () => {
		const flagged = rows.filter((r) => r.one_doc);
		expect(flagged.length).toBeGreaterThan(0);
		const n = notes(groups([4, 10000], [5, 20000]), rows.length, CONTRAST_DEFAULTS, rows);
		expect(n).toEqual([{ level: 'info', text: expect.stringContaining(`${flagged.length} of the 6 terms shown`) }]);
		expect(notes(groups([4, 10000], [5, 20000]), null, CONTRAST_DEFAULTS)).toEqual([]);
	});
});

describe('colour and axes', () => {
	it('colours B’s side blue, A’s red, no difference grey, clamped beyond the domain', () => {
		const c = statColor([-100, 0, 100]);
		const hex = (x: string) => x.replace(/\s/g, '');
		expect(hex(c(100))).toBe(hex(c(1e6)));
		expect(c(0)).toBe('rgb(189, 189, 189)');
		expect(c(100)).toBe('rgb(178, 24, 43)');
		expect(c(-100)).toBe('rgb(33, 102, 172)');
		expect(SIDE_COLORS.A).toBe('#b2182b');
		// Square-root scale: a quarter of the way in value is halfway in colour.
		expect(c(25)).not.toBe(c(50));
		// The colours come from a ramp of steps: within one unit of the exact interpolation on every channel.
		const exact = scaleDivergingSqrt(piecewise(interpolateLab, [SIDE_COLORS.B, SIDE_COLORS.none, SIDE_COLORS.A])).domain([-100, 0, 100]);
		const channels = (x: string) => rgb(x);
		for (const v of [-99.3, -50, -7.1, -0.01, 0.2, 3, 25, 61.7, 99.99]) {
			const [p, q] = [channels(c(v)), channels(exact(v))];
			expect(Math.max(Math.abs(p.r - q.r), Math.abs(p.g - q.g), Math.abs(p.b - q.b))).toBeLessThanOrEqual(1);
		}
	});
	it('labels 1, 2 and 5 times a power of ten on a log axis, and only those', () => {
		expect([0.1, 0.2, 0.5, 1, 2, 3, 5, 10, 20, 30, 50, 100, 1000].map(logTickLabel)).toEqual(['0.1', '0.2', '0.5', '1', '2', '', '5', '10', '20', '', '50', '100', '1,000']);
		expect(logTickLabel(10 ** 0.5)).toBe('');
	});
	it('writes p and q to two significant digits, very small ones as < 0.0001', () => {
		expect([0.00001, 0.00010004, 0.0123, 0.5].map(formatP)).toEqual(['< 0.0001', '0.0001', '0.012', '0.5']);
	});
});
