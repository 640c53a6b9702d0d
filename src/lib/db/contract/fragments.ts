// SQL fragments of the contract, shared by every reader of corpus.duckdb (the app's queries, the tests, the bench):
// each meaning written once. Static SQL text over column names, never over user values.

/**
 * The date as a fractional year, as the timeline places it: YYYY-MM-DD → that day (1906-08-29 → 1906.66),
 * YYYY-MM → mid-month, YYYY → mid-year. `t` is the alias of a row with `date` and `year` (documents, sections).
 */
export function fractionalYear(t: string): string {
	return `coalesce(CASE
		WHEN regexp_matches(${t}.date, '^\\d{4}-\\d{2}-\\d{2}') THEN ${t}.year + (dayofyear(try_cast(substr(${t}.date, 1, 10) AS DATE)) - 0.5) / 366.0
		WHEN regexp_matches(${t}.date, '^\\d{4}-\\d{2}') THEN ${t}.year + (try_cast(substr(${t}.date, 6, 2) AS INTEGER) - 0.5) / 12.0
	END, ${t}.year + 0.5)::DOUBLE`;
}

/** The documents with more than one dated section (`doc_id`): counted per dated part where the views allow it. */
export const DATED_PART_DOCS = `SELECT doc_id FROM sections WHERE date IS NOT NULL AND year IS NOT NULL GROUP BY doc_id HAVING count(*) > 1`;

/** Per 10,000 words (contract: stat_rate); NULL where there are no words. */
export function ratePer10k(count: string, words: string): string {
	return `(${count} * 10000.0 / nullif(${words}, 0))::DOUBLE`;
}

/**
 * Gries' DP (contract: stat_dp) as aggregates over one row per part, every part present (zeros included):
 * `p` the term's share of its occurrences in the part, `s` the part's share of the words.
 * DP = ½ Σ|p_i − s_i|; DPnorm = DP / (1 − min s_i), 0 when there is one part.
 */
export function griesDp(p = 'p', s = 's'): { dp: string; dpNorm: string } {
	const dp = `0.5 * sum(abs(${p} - ${s}))`;
	return {
		dp: `(${dp})::DOUBLE`,
		dpNorm: `(CASE WHEN count(*) = 1 THEN 0 ELSE least(1, ${dp} / (1 - min(${s}))) END)::DOUBLE`
	};
}
