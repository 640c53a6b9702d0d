// The term tables the pipeline writes once (analysis/src/count/term-tables.ts: term_vocab, doc_words, word_positions)
// checked row by row against `tokens` and `sentences`; the count queries (one-word terms from doc_words) against the
// occurrence queries (word_positions), and the occurrences against the words of `tokens` found in JavaScript: one
// source of truth, several paths, the same numbers.
import { describe, expect, it } from 'vitest';
import { LEMMAS, WORDS, terms, useDb } from './term-fixture';
import { fixtureDb } from '../../fixtures/corpus-db';
import type { TermOptions } from '../../../src/lib/terms/parse';
import {
	termAuthorRatesQuery,
	termDocRatesQuery,
	termFormsQuery,
	termHitsQuery,
	termPooledRatesQuery,
	topHitDocQuery,
	NO_VALUE,
	type HitRow,
	type TermAuthorRow,
	type TermDocRow,
	type TermFormRow,
	type TermPoolRow
} from '../../../src/lib/db/queries/terms';

const db = useDb(() => fixtureDb('terms'));

interface Tok extends Record<string, unknown> {
	doc_id: string;
	section: string | null;
	lower: string;
	lemma: string | null;
}

describe('term_vocab and doc_words hold what tokens hold', () => {
	it('term_vocab: every distinct (lower, lemma) pair of words once, ids 0… in order, with its corpus count', async () => {
		const toks = await db.rows<Tok>('SELECT lower, lemma FROM tokens WHERE is_word');
		const want = new Map<string, number>();
		for (const t of toks) {
			const k = `${t.lower}\u0000${t.lemma ?? t.lower}`;
			want.set(k, (want.get(k) ?? 0) + 1);
		}
		const vocab = await db.rows<{ word_id: number; lower: string; lemma: string; n: number }>('SELECT * FROM term_vocab ORDER BY word_id');
		expect(vocab.map((v) => v.word_id)).toEqual(vocab.map((_, i) => i));
		expect(new Map(vocab.map((v) => [`${v.lower}\u0000${v.lemma}`, v.n]))).toEqual(want);
		expect(vocab.length).toBe(want.size);
		// The fixture's "Soviets" is lemma soviet: a pair, not a word form.
		expect(vocab.filter((v) => v.lemma === 'soviet').map((v) => [v.lower, v.n])).toEqual([
			['soviet', 1],
			['soviets', 1]
		]);
	});

	it('doc_words: each pair’s count per document and part equals the tokens’ count', async () => {
		const toks = await db.rows<Tok>(
			'SELECT t.doc_id, s.section, t.lower, t.lemma FROM tokens t JOIN sentences s USING (doc_id, sentence_id) WHERE t.is_word'
		);
		const want = new Map<string, number>();
		for (const t of toks) {
			const k = [t.doc_id, t.section, t.lower, t.lemma ?? t.lower].join('\u0000');
			want.set(k, (want.get(k) ?? 0) + 1);
		}
		const rows = await db.rows<{ doc_id: string; section: string; lower: string; lemma: string; n: number }>(
			'SELECT d.doc_id, d.section, v.lower, v.lemma, d.n FROM doc_words d JOIN term_vocab v USING (word_id)'
		);
		expect(new Map(rows.map((r) => [[r.doc_id, r.section, r.lower, r.lemma].join('\u0000'), r.n]))).toEqual(want);
		expect(rows.length).toBe(want.size);
	});

	it('word_positions: every word of tokens once, with its pair, sorted by pair then corpus order', async () => {
		type Place = { doc_id: string; sentence_id: number; token_id: number; word_index: number; lower: string; lemma: string };
		const toks = await db.rows<Place>(
			`SELECT t.doc_id, t.sentence_id, t.token_id, t.word_index, t.lower, coalesce(t.lemma, t.lower) AS lemma
			FROM tokens t JOIN documents d USING (doc_id) WHERE t.is_word ORDER BY d.doc_order, t.token_id`
		);
		const rows = await db.rows<Place & { word_id: number }>(
			'SELECT p.*, v.lower, v.lemma FROM word_positions p JOIN term_vocab v USING (word_id) ORDER BY p.rowid'
		);
		expect(rows.length).toBe(toks.length);
		const key = (p: Place) => [p.doc_id, p.sentence_id, p.token_id, p.word_index, p.lower, p.lemma].join('\u0000');
		expect(new Set(rows.map(key))).toEqual(new Set(toks.map(key)));
		const order = await db.rows<{ word_id: number; doc_order: number; token_id: number }>(
			'SELECT p.word_id, d.doc_order, p.token_id FROM word_positions p JOIN documents d USING (doc_id) ORDER BY p.rowid'
		);
		const sorted = [...order].sort((a, b) => a.word_id - b.word_id || a.doc_order - b.doc_order || a.token_id - b.token_id);
		expect(order).toEqual(sorted);
	});
});

describe('occurrences from word_positions', () => {
	/** A phrase's occurrences found in JavaScript on the words of `tokens`: consecutive words of one sentence. */
	async function phraseInTokens(words: string[]): Promise<string[]> {
		const toks = await db.rows<{ doc_id: string; sentence_id: number; token_id: number; word_index: number; lower: string }>(
			'SELECT doc_id, sentence_id, token_id, word_index, lower FROM tokens WHERE is_word ORDER BY doc_id, word_index'
		);
		const out: string[] = [];
		for (let i = 0; i + words.length <= toks.length; i++) {
			const run = toks.slice(i, i + words.length);
			if (run.every((t, k) => t.lower === words[k] && t.doc_id === run[0].doc_id && t.sentence_id === run[0].sentence_id)) {
				out.push(`${run[0].doc_id} ${run[0].token_id}–${run[run.length - 1].token_id}`);
			}
		}
		return out.sort();
	}

	it('a phrase and a word: the occurrences tokens hold, nothing more', async () => {
		for (const phrase of [['armed', 'uprising'], ['the', 'revolution'], ['uprising']]) {
			const hits = await db.run<HitRow>(termHitsQuery(terms(phrase.join(' ')), WORDS));
			const found = hits.map((h) => `${h.doc_id} ${h.start_token}–${h.end_token}`).sort();
			expect(found).toEqual(await phraseInTokens(phrase));
			expect(hits.every((h) => h.form === phrase.join(' '))).toBe(true);
		}
		expect((await phraseInTokens(['uprising'])).length).toBe(4);
	});
});

/** Occurrences per term label and document, from the token path (termHitsQuery). */
async function hitCounts(text: string, opts: TermOptions): Promise<Record<string, Record<string, number>>> {
	const out: Record<string, Record<string, number>> = {};
	for (const h of await db.run<HitRow>(termHitsQuery(terms(text), opts))) (out[h.label] ??= {})[h.doc_id] = (out[h.label][h.doc_id] ?? 0) + 1;
	return out;
}

/** Counts per term label and document where non-zero, from the count path (termDocRatesQuery). */
async function rateCounts(text: string, opts: TermOptions): Promise<Record<string, Record<string, number>>> {
	const out: Record<string, Record<string, number>> = {};
	for (const r of await db.run<TermDocRow>(termDocRatesQuery(terms(text), opts))) {
		out[r.label] ??= {};
		if (r.count) out[r.label][r.doc_id] = (out[r.label][r.doc_id] ?? 0) + r.count;
	}
	return out;
}

describe('counts from the term tables', () => {
	it('count queries never read tokens; only a phrase reads word_positions', () => {
		for (const make of [
			(t: string) => termDocRatesQuery(terms(t), LEMMAS, { datedParts: true }),
			(t: string) => termAuthorRatesQuery(terms(t), LEMMAS),
			(t: string) => termFormsQuery(terms(t), LEMMAS),
			(t: string) => topHitDocQuery(terms(t), LEMMAS)
		]) {
			expect(make('uprising, revolution*').sql).not.toMatch(/\b(tokens|word_positions)\b/);
			expect(make('uprising, armed uprising').sql).not.toMatch(/\btokens\b/);
			expect(make('uprising, armed uprising').sql).toMatch(/\bword_positions\b/);
		}
	});

	it('a single word: the same counts as its occurrences, word forms and lemmas', async () => {
		for (const opts of [WORDS, LEMMAS]) {
			const text = 'uprising, discipline, soviet, revolution*, the';
			expect(await rateCounts(text, opts)).toEqual(await hitCounts(text, opts));
		}
		expect(await rateCounts('uprising', WORDS)).toEqual({ uprising: { d1: 2, d2: 1, d3: 1 } });
	});

	it('form against lemma: soviets alone as a form, both Soviet and Soviets as a lemma', async () => {
		expect(await rateCounts('soviets', WORDS)).toEqual({ soviets: { d1: 1 } });
		expect(await rateCounts('soviets', LEMMAS)).toEqual({ soviets: { d1: 2 } });
		const forms = await db.run<TermFormRow>(termFormsQuery(terms('soviets'), LEMMAS));
		expect(forms.map((f) => [f.form, f.count, f.n_docs])).toEqual([
			['soviet', 1, 1],
			['soviets', 1, 1]
		]);
	});

	it('a phrase is counted from word_positions and agrees with its occurrences, beside a word in the same query', async () => {
		const text = 'armed uprising, uprising, constituent assembly';
		expect(await rateCounts(text, WORDS)).toEqual(await hitCounts(text, WORDS));
		expect(await rateCounts(text, WORDS)).toEqual({
			'armed uprising': { d1: 1 },
			uprising: { d1: 2, d2: 1, d3: 1 },
			'constituent assembly': { d3: 1 }
		});
	});

	it('a word the corpus lacks: zeros everywhere, no forms, no top document', async () => {
		const rows = await db.run<TermDocRow>(termDocRatesQuery(terms('zzzz'), LEMMAS));
		expect(rows.map((r) => [r.doc_id, r.count, r.rate])).toEqual(['d1', 'd2', 'd3', 'd4'].map((d) => [d, 0, 0]));
		expect(await db.run<TermFormRow>(termFormsQuery(terms('zzzz'), LEMMAS))).toEqual([]);
		expect(await db.run(topHitDocQuery(terms('zzzz'), LEMMAS))).toEqual([]);
		const authors = await db.run<TermAuthorRow>(termAuthorRatesQuery(terms('zzzz'), LEMMAS));
		expect(authors.map((a) => a.count)).toEqual([0, 0]);
	});

	it('a form left out is left out of the counts as of the occurrences', async () => {
		const opts = { ...LEMMAS, exclude: { soviet: ['soviets'] } };
		expect(await rateCounts('soviet', opts)).toEqual({ soviet: { d1: 1 } });
		expect(await rateCounts('soviet', opts)).toEqual(await hitCounts('soviet', opts));
	});
});

describe('pooled by decade', () => {
	it('sums counts and words over the documents of each decade', async () => {
		// d1 1905 (17 words) → 1900s; d2 1910 (5), d3 1917 (12), d4 1917 (3) → 1910s. uprising: d1 2; d2 1, d3 1.
		const rows = await db.run<TermPoolRow>(termPooledRatesQuery(terms('uprising'), WORDS, { kind: 'decade' }));
		expect(rows.map((r) => [r.grp, r.n_docs, r.first_year, r.last_year, r.n_words, r.count])).toEqual([
			['1900s', 1, 1905, 1905, 17, 2],
			['1910s', 3, 1910, 1917, 20, 2]
		]);
		expect(rows[1].rate).toBeCloseTo(1000, 10);
	});
});

describe('pooled by a facet, on the facets fixture', () => {
	const fdb = useDb(() => fixtureDb('facets'));
	it('each value of the facet pools its documents; a document without a value is counted under (none)', async () => {
		const t = terms('the, united states, congress');
		const docs = await fdb.run<TermDocRow>(termDocRatesQuery(t, LEMMAS, { datedParts: false }));
		for (const facet of ['party', 'country']) {
			const value = new Map(
				(await fdb.rows<{ doc_id: string; value: string }>(`SELECT doc_id, value FROM document_facets WHERE facet = '${facet}'`)).map((r) => [r.doc_id, r.value])
			);
			const want = new Map<string, { count: number; words: number; docs: number }>();
			for (const d of docs) {
				const k = `${d.term}|${value.get(d.doc_id) ?? NO_VALUE}`;
				const w = want.get(k) ?? { count: 0, words: 0, docs: 0 };
				want.set(k, { count: w.count + d.count, words: w.words + d.n_words, docs: w.docs + 1 });
			}
			const rows = await fdb.run<TermPoolRow>(termPooledRatesQuery(t, LEMMAS, { kind: 'facet', facet }));
			expect(new Map(rows.map((r) => [`${r.term}|${r.grp}`, { count: r.count, words: r.n_words, docs: r.n_docs }]))).toEqual(want);
		}
		const country = await fdb.run<TermPoolRow>(termPooledRatesQuery(terms('the'), LEMMAS, { kind: 'facet', facet: 'country' }));
		expect(country.map((r) => [r.grp, r.n_docs])).toEqual([
			['United States', 5],
			[NO_VALUE, 1]
		]);
	});
});
