// The `meta` table of corpus.duckdb: its keys (the pipeline writes only these), the statistic definitions every export
// quotes, and the one reader of its rows that the app and the tests share.

/** Statistic and counting definitions (DESIGN.md), stored once so the app and every export quote the same text. */
export const DEFINITIONS = {
	def_word:
		'A word is a token with at least one letter (is_word); n_words counts words. A token is a written word: a hyphenated compound (Social-Democratic) is one word — but a hyphen typed as a dash before a word that ends no compound (year-and, wars-or, -our) separates two words — and so is a word with its clitic — the possessive ’s (Lenin’s) and contractions (that’s, don’t, cannot) — as AntConc and quanteda count them; punctuation and numbers are tokens but not words. Texts are read as UTF-8 and normalised to Unicode NFC (a decomposed é is the same letter as é), with the typographic ligatures of printed books spelled out (ﬁ → fi, ﬂ → fl), as the term box normalises what it searches for.',
	def_lower: 'lower: the surface in lower case, with the apostrophe ’ written \' (surface keeps the text as written).',
	def_lemma:
		'lemma: wink-nlp’s lemma in lower case, with repairs: capitalised words lemmatised as nouns (Soviets → soviet); plurals wink does not know reduced when the singular is attested in the corpus or an English word list (Mensheviks → menshevik); a hyphenated compound lemmatised on its last part (sub-committees → sub-committee) unless a participial adjective (so-called); British spellings kept (centre); a possessive takes its word’s lemma (Lenin’s → lenin), a contraction is its own lemma (don’t → don\'t).',
	def_sentence:
		'A sentence ends at . ? ! or an ellipsis (with any closing quotes or brackets glued to it) before a capitalised word or a digit, or an opening quote or bracket before one; not after a known abbreviation (Vol., pp., No. before a number, St., Mr., i.e., e.g., cf., op. cit. …; etc. ends one only before a capital) or initials (J. V. Stalin); an ellipsis not before a name. A heading is one sentence; each item of a numbered or lettered run in a paragraph (1) … 2) …, a. … b. …) is a sentence.',
	def_counts: 'a, b = the term’s count in group A and B; c, d = the words in A and B; N = c + d.',
	def_sentence_stats: 'doc_sentence_stats: sentence length in words, headings excluded; median and p90 by linear interpolation (quantile_cont, R type 7).',
	stat_g2: 'Log-likelihood G² (Rayson & Garside 2000): E1 = c(a+b)/N, E2 = d(a+b)/N; G² = 2[a ln(a/E1) + b ln(b/E2)] with 0 ln 0 = 0; signed + where a/c > b/d; p from χ² with 1 degree of freedom; Benjamini–Hochberg over every term tested (those passing the minimum-frequency guard).',
	stat_log_ratio: 'Log Ratio (Hardie 2014): log2((a/c)/(b/d)), a zero count taken as 0.5.',
	stat_log_odds: 'Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): δ = ln[(a+α)/(c+α0−a−α)] − ln[(b+α)/(d+α0−b−α)], σ² ≈ 1/(a+α) + 1/(b+α), z = δ/σ; α from the whole corpus’s counts.',
	stat_log_ratio_ci: 'Log Ratio’s interval: ln(a/c ÷ b/d) ± z √(1/a + 1/b), divided by ln 2 — the Wald interval of a ratio of two Poisson rates, a zero count taken as 0.5; z = 1.96 for 95%.',
	stat_log_odds_prior: 'Informative prior: α = α0 × the term’s count in the whole corpus ÷ the corpus’s words; by default α0 = the corpus’s words, so α is the term’s count in the whole corpus (every document, in a group or not).',
	stat_group_dp: 'Dispersion in a group: the group’s documents are the parts of Gries’ DP (those without the term included); docs = in how many of the group’s documents the term occurs.',
	stat_df_g2: 'Document-frequency G² (text dispersion keyness, Egbert & Biber 2019): G² with the documents containing the term in place of its count and the group’s documents in place of its words; p and Benjamini–Hochberg as for G².',
	stat_one_doc: 'One document: a key term (|G²| ≥ 3.84, p < .05) is flagged when its group has at least two documents and, without the document holding most of its occurrences there, the rest of the group uses it no more often per word than the other group does.',
	stat_min_freq: 'Minimum-frequency guard: a term is tested only when a + b reaches the minimum; with stop words excluded, a term any of whose tokens is a stop word is left out, while c and d still count every word.',
	stat_rate: 'Rate per 10,000 words = 10000·count/words, with a Poisson interval for the count.',
	stat_dp: 'Gries’ DP: parts i with size share s_i and the term’s share p_i: DP = ½ Σ|p_i − s_i|; DPnorm = DP/(1 − min s_i).',
	stat_mann_whitney:
		'Mann–Whitney U (Wilcoxon rank-sum), two-sided, as R’s wilcox.test: U of A = the pairs (a, b) with a > b, ties counted ½; p exact when both groups have fewer than 50 values and no ties, else from the normal approximation with tie and continuity corrections; effect size U / (nA·nB), the probability that a value of A is larger than one of B (ties counted ½).',
	stat_bootstrap:
		'Difference of medians A − B with a 95% percentile bootstrap interval: each group resampled with replacement to its own size, 2,000 resamples from one seeded generator (d3.randomLcg, seed 1), the 2.5% and 97.5% quantiles (type 7) of the resampled differences; the same data give the same interval.'
} as const;

export type DefinitionKey = keyof typeof DEFINITIONS;

/** The facts about the corpus and how it was made, in the order the methods panel lists them, with their labels. */
export const FACTS = {
	corpus_title: 'corpus title',
	created_from: 'corpus folder',
	corpus_hash: 'corpus hash',
	n_documents: 'documents',
	n_sentences: 'sentences',
	n_words: 'words',
	pipeline_version: 'pipeline version',
	wink_nlp_version: 'wink-nlp version',
	wink_model_version: 'wink model version',
	wink_pipe: 'wink pipe',
	storage_version: 'storage version',
	cleaning_rules: 'cleaning rules',
	/** JSON array of the facet names (the manifest's further columns, in its order; [] when none): document_facets.facet. */
	facets: 'facets'
} as const;

export type FactKey = keyof typeof FACTS;
export type MetaKey = FactKey | DefinitionKey;

/** Every key of `meta`, in listing order: the facts, then the definitions. */
export const META_KEYS = [...Object.keys(FACTS), ...Object.keys(DEFINITIONS)] as MetaKey[];

/** The `meta` table as read: the contract's keys typed, any other key (a newer pipeline's) kept as text. */
export type CorpusMeta = Readonly<Partial<Record<MetaKey, string>> & Record<string, string>>;

/** A cleaning rule as listed in meta.cleaning_rules. */
export interface CleaningRuleInfo {
	name: string;
	description: string;
}

/** The rows of `SELECT key, value FROM meta` as one object (an empty key or a NULL value is left out). */
export function readMeta(rows: readonly { key: string; value: string | null }[]): CorpusMeta {
	const meta: Record<string, string> = {};
	for (const r of rows) if (r.key && r.value !== null) meta[r.key] = r.value;
	return meta;
}

/** The corpus's title for people: the title it was given, else the folder it was made from, else `folder`. */
export function corpusTitle(meta: CorpusMeta, folder: string): string {
	return meta.corpus_title || meta.created_from || folder;
}

/** meta.cleaning_rules as a list, or null when it is missing or not the pipeline's JSON. */
export function cleaningRules(meta: CorpusMeta): CleaningRuleInfo[] | null {
	try {
		const rules: unknown = JSON.parse(meta.cleaning_rules ?? '');
		return Array.isArray(rules) && rules.every((r) => typeof r?.name === 'string' && typeof r?.description === 'string') ? rules : null;
	} catch {
		return null;
	}
}

/** meta.facets as a list of names; [] when missing (a database older than facets) or not the pipeline's JSON. */
export function facetNames(meta: CorpusMeta): string[] {
	try {
		const names: unknown = JSON.parse(meta.facets ?? '[]');
		return Array.isArray(names) && names.every((n) => typeof n === 'string') ? names : [];
	} catch {
		return [];
	}
}

/** A key's label in the methods panel: the fact's label, else the key with spaces. */
export const metaLabel = (key: string): string => (FACTS as Record<string, string>)[key] ?? key.replaceAll('_', ' ');

/** The rows of `meta` in listing order (the contract's keys first, in META_KEYS order; others after, by name). */
export function metaEntries(meta: CorpusMeta): [string, string][] {
	const rank = (k: string) => {
		const i = META_KEYS.indexOf(k as MetaKey);
		return i < 0 ? META_KEYS.length : i;
	};
	return Object.entries(meta).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
