// The `meta` rows of corpus.duckdb: versions, corpus identity and the definitions every export's methods stamp quotes.
import { PIPELINE_VERSION } from './schema';
import { WINK_MODEL_VERSION, WINK_NLP_VERSION, WINK_PIPE } from './nlp';
import { STORAGE_VERSION } from './write';

/** Statistic definitions (DESIGN.md), stored once so the app and every export quote the same text. */
export const DEFINITIONS: Record<string, string> = {
	def_word:
		'A word is a token with at least one letter (is_word); n_words counts words. A token is a written word: a hyphenated compound (Social-Democratic) is one word, and so is a word with its clitic — the possessive ’s (Lenin’s) and contractions (that’s, don’t, cannot) — as AntConc and quanteda count them; punctuation and numbers are tokens but not words.',
	def_lower: 'lower: the surface in lower case, with the apostrophe ’ written \' (surface keeps the text as written).',
	def_lemma:
		'lemma: wink-nlp’s lemma in lower case, with repairs: capitalised words lemmatised as nouns (Soviets → soviet); plurals wink does not know reduced when the singular is attested in the corpus or an English word list (Mensheviks → menshevik); a hyphenated compound lemmatised on its last part (sub-committees → sub-committee) unless a participial adjective (so-called); British spellings kept (centre); a possessive takes its word’s lemma (Lenin’s → lenin), a contraction is its own lemma (don’t → don\'t).',
	def_sentence:
		'A sentence ends at . ? ! or an ellipsis (with any closing quotes or brackets glued to it) before a capitalised word or a digit, or an opening quote or bracket before one; not after a known abbreviation (Vol., pp., No. before a number, St., Mr., i.e., e.g., cf., op. cit. …; etc. ends one only before a capital) or initials (J. V. Stalin); an ellipsis not before a name. A heading is one sentence.',
	def_counts: 'a, b = the term’s count in group A and B; c, d = the words in A and B; N = c + d.',
	def_sentence_stats: 'doc_sentence_stats: sentence length in words, headings excluded; median and p90 by linear interpolation (quantile_cont, R type 7).',
	stat_g2: 'Log-likelihood G² (Rayson & Garside 2000): E1 = c(a+b)/N, E2 = d(a+b)/N; G² = 2[a ln(a/E1) + b ln(b/E2)] with 0 ln 0 = 0; signed + where a/c > b/d; p from χ² with 1 degree of freedom; Benjamini–Hochberg over the terms shown.',
	stat_log_ratio: 'Log Ratio (Hardie 2014): log2((a/c)/(b/d)), a zero count taken as 0.5.',
	stat_log_odds: 'Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): δ = ln[(a+α)/(c+α0−a−α)] − ln[(b+α)/(d+α0−b−α)], σ² ≈ 1/(a+α) + 1/(b+α), z = δ/σ; α from the whole corpus’s counts.',
	stat_rate: 'Rate per 10,000 words = 10000·count/words, with a Poisson interval for the count.',
	stat_dp: 'Gries’ DP: parts i with size share s_i and the term’s share p_i: DP = ½ Σ|p_i − s_i|; DPnorm = DP/(1 − min s_i).'
};

export interface MetaInput {
	/** Corpus name (the folder's basename or --name). */
	name: string;
	title?: string;
	hash: string;
	n_documents: number;
	n_sentences: number;
	n_words: number;
	rules: { name: string; description: string }[];
}

/** Key–value rows of `meta`; nothing time- or machine-dependent, so two runs give the same table. */
export function metaRows(m: MetaInput): [string, string][] {
	return [
		['pipeline_version', PIPELINE_VERSION],
		['wink_model_version', WINK_MODEL_VERSION],
		['wink_nlp_version', WINK_NLP_VERSION],
		['wink_pipe', WINK_PIPE.join(',')],
		['storage_version', STORAGE_VERSION],
		['corpus_hash', m.hash],
		['created_from', m.name],
		...(m.title ? [['corpus_title', m.title] as [string, string]] : []),
		['n_documents', String(m.n_documents)],
		['n_sentences', String(m.n_sentences)],
		['n_words', String(m.n_words)],
		['cleaning_rules', JSON.stringify(m.rules)],
		...Object.entries(DEFINITIONS)
	];
}
