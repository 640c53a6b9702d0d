// Group A against group B for each term, pure: the pooled rate of each group with its exact Poisson interval, and
// the Log Ratio (Hardie 2014) of A to B with its interval, and the rate ratio (2^LR, exact when a count is zero) —
// "does Lenin use soviet more than Trotsky" as two marks and a ratio.
import type { TermGroupRow } from '$lib/db/queries/terms';
import { logRatio } from '$lib/stats/log-ratio';
import { rateRatio, type RateRatio } from '$lib/stats/rate-ratio';
import { poissonRateInterval } from '$lib/stats/poisson-interval';

export interface GroupRate {
	key: string;
	term: number;
	label: string;
	grp: 'A' | 'B';
	docs: number;
	count: number;
	words: number;
	/** Per 10,000 words. */
	rate: number;
	lower: number;
	upper: number;
}

export interface GroupRatio {
	term: number;
	label: string;
	/** log2 of A's rate over B's, a zero count taken as 0.5; with its 95% interval. */
	logRatio: number;
	lower: number;
	upper: number;
	/**
	 * How many times as frequent in A (0.5 = half as frequent), with its 95% interval: 2^logRatio, but 0 or Infinity
	 * when a count is zero, with the exact interval (rateRatio): Log Ratio's 0.5 would say a term found in B and not
	 * in a small A is "more often in A".
	 */
	ratio: number;
	ratioLower: number;
	ratioUpper: number;
	/** 'exact' when a count is zero: the ratio is then 0 or Infinity and Log Ratio took the zero as 0.5. */
	ratioMethod: RateRatio['method'];
}

export interface GroupComparison {
	rates: GroupRate[];
	/** One per term when both groups have words; empty otherwise. */
	ratios: GroupRatio[];
}

export function groupComparison(rows: readonly TermGroupRow[]): GroupComparison {
	const rates: GroupRate[] = rows.map((r) => {
		const ci = poissonRateInterval(r.count, r.n_words);
		return {
			key: `${r.term}|${r.grp}`, term: r.term, label: r.label, grp: r.grp, docs: r.n_docs, count: r.count, words: r.n_words,
			rate: r.rate ?? 0, lower: ci.lower || 0, upper: ci.upper || 0
		};
	});
	const ratios: GroupRatio[] = [];
	for (const a of rates.filter((r) => r.grp === 'A')) {
		const b = rates.find((r) => r.grp === 'B' && r.term === a.term);
		if (!b || !(a.words > 0 && b.words > 0)) continue;
		// Neither group has the term: nothing to compare.
		if (a.count === 0 && b.count === 0) continue;
		const lr = logRatio(a.count, b.count, a.words, b.words);
		const rr = rateRatio(a.count, b.count, a.words, b.words);
		ratios.push({
			term: a.term, label: a.label, logRatio: lr.value, lower: lr.lower, upper: lr.upper,
			ratio: rr.value, ratioLower: rr.lower, ratioUpper: rr.upper, ratioMethod: rr.method
		});
	}
	return { rates, ratios };
}

/**
 * The rate ratio and its 95% interval in words, in the chart's margin ('label': "A/B 0× (up to 86)") or in a
 * sentence ('sentence': "not in A: 0× (95% up to 86×)"). One place decides how a zero count reads.
 */
export function ratioSpan(r: GroupRatio, fmt: (v: number) => string, style: 'label' | 'sentence'): string {
	const label = style === 'label';
	if (r.ratio === 0) return label ? `A/B 0× (up to ${fmt(r.ratioUpper)})` : `not in A: 0× (95% up to ${fmt(r.ratioUpper)}×)`;
	if (r.ratio === Infinity) return label ? `A/B ∞ (at least ${fmt(r.ratioLower)})` : `only in A (95% at least ${fmt(r.ratioLower)}×)`;
	const interval = `${fmt(r.ratioLower)}–${fmt(r.ratioUpper)}`;
	return label ? `A/B ${fmt(r.ratio)}× (${interval})` : `${fmt(r.ratio)}× (95% ${interval})`;
}

/** "2.4× (95% 1.3–4.5): more often in A", "0.40× …"; "no clear difference" when the interval spans 1. */
export function describeRatio(r: GroupRatio, fmt: (v: number) => string): string {
	const span = ratioSpan(r, fmt, 'sentence');
	if (r.ratioLower > 1) return `${span}: more often in A`;
	if (r.ratioUpper < 1) return `${span}: less often in A`;
	return `${span}: no clear difference`;
}

export function exportGroupRows(c: GroupComparison) {
	return c.rates.map((g) => {
		const r = c.ratios.find((x) => x.term === g.term);
		return {
			term: g.label, group: g.grp, documents: g.docs, count: g.count, words: g.words, rate_per_10k: g.rate, ci95_lower: g.lower,
			ci95_upper: g.upper, log_ratio_a_b: r?.logRatio ?? null, log_ratio_ci95_lower: r?.lower ?? null, log_ratio_ci95_upper: r?.upper ?? null,
			rate_ratio_a_b: r?.ratio ?? null, rate_ratio_ci95_lower: r?.ratioLower ?? null, rate_ratio_ci95_upper: r?.ratioUpper ?? null
		};
	});
}
