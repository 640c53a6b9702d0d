// Group A against group B for each term, pure: the pooled rate of each group with its exact Poisson interval, and
// the Log Ratio (Hardie 2014) of A to B with its interval, also as a rate ratio (2^LR) — "does Lenin use soviet
// more than Trotsky" as two marks and a ratio.
import type { TermGroupRow } from '$lib/db/queries/terms';
import { logRatio } from '$lib/stats/log-ratio';
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
	/** 2^logRatio: how many times as frequent in A (0.5 = half as frequent). */
	ratio: number;
	ratioLower: number;
	ratioUpper: number;
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
		const lr = logRatio(a.count, b.count, a.words, b.words);
		ratios.push({
			term: a.term, label: a.label, logRatio: lr.value, lower: lr.lower, upper: lr.upper,
			ratio: 2 ** lr.value, ratioLower: 2 ** lr.lower, ratioUpper: 2 ** lr.upper
		});
	}
	return { rates, ratios };
}

/** "2.4× (1.3–4.5) as often in A", "0.40× …"; "no evidence of a difference" when the interval spans 1. */
export function describeRatio(r: GroupRatio, fmt: (v: number) => string): string {
	const span = `${fmt(r.ratio)}× (95% ${fmt(r.ratioLower)}–${fmt(r.ratioUpper)})`;
	if (r.ratioLower > 1) return `${span}: more often in A`;
	if (r.ratioUpper < 1) return `${span}: less often in A`;
	return `${span}: no clear difference`;
}

export function exportGroupRows(c: GroupComparison) {
	return c.rates.map((g) => {
		const r = c.ratios.find((x) => x.term === g.term);
		return {
			term: g.label, group: g.grp, documents: g.docs, count: g.count, words: g.words, rate_per_10k: g.rate, ci95_lower: g.lower,
			ci95_upper: g.upper, log_ratio_a_b: r?.logRatio ?? null, log_ratio_ci95_lower: r?.lower ?? null, log_ratio_ci95_upper: r?.upper ?? null
		};
	});
}
