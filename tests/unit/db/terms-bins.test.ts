// The bins of a document are computed from its number of words (documents.n_words) by arithmetic, not by grouping
// its words in `tokens`: checked here against the grouping itself (the slow path), for every document of the default
// corpus and of the term fixture (d4 has 3 words: fewer than the bins asked) and several numbers of bins.
import { describe, expect, it } from 'vitest';
import { defaultDb, fixtureDb } from '../../fixtures/corpus-db';
import { WORDS, terms, useDb } from './term-fixture';
import { termBinsQuery, termDispersionQuery, type TermBinRow, type TermDispersionRow } from '../../../src/lib/db/queries/terms';
import { literal } from '../../../src/lib/db/sql';

interface Bin extends Record<string, unknown> {
	bin: number;
	words: number;
	first_word: number;
	last_word: number;
}

/** The slow path: each bin's words grouped from `tokens` (bin = ⌊word_index × least(bins, n) / n⌋). */
const groupedBins = (docId: string, bins: number) => `
	WITH w AS (SELECT word_index FROM tokens WHERE is_word AND doc_id = ${literal(docId)}), n AS (SELECT count(*) AS n FROM w)
	SELECT (word_index * least(${bins}, n.n) // n.n)::INTEGER AS bin, count(*)::INTEGER AS words,
		min(word_index)::INTEGER AS first_word, max(word_index)::INTEGER AS last_word
	FROM w, n GROUP BY ALL ORDER BY bin`;

for (const [name, path, term] of [
	['the term fixture', () => fixtureDb('terms'), 'uprising'],
	['the default corpus', defaultDb, 'the']
] as const) {
	describe(`bins by arithmetic on ${name}`, () => {
		const db = useDb(path);
		it('every document, 1, 2, 3, 7, 10 and 100 bins: the words, first and last word of each bin as grouped from tokens', async () => {
			const docs = await db.rows<{ doc_id: string; n_words: number }>('SELECT doc_id, n_words FROM documents ORDER BY doc_id');
			expect(docs.length).toBeGreaterThan(3);
			for (const { doc_id, n_words } of docs) {
				for (const bins of [1, 2, 3, 7, 10, 100]) {
					const want = await db.rows<Bin>(groupedBins(doc_id, bins));
					const got = await db.run<TermBinRow>(termBinsQuery(terms(term), WORDS, doc_id, bins));
					expect(got.map(({ bin, words, first_word, last_word }) => ({ bin, words, first_word, last_word }))).toEqual(want);
					expect(got.at(-1)?.end).toBe(1);
					expect(want.reduce((s, b) => s + b.words, 0)).toBe(n_words);
				}
			}
		});

		it('DP over the whole corpus is the DP of each document alone (the same bins)', async () => {
			const all = await db.run<TermDispersionRow>(termDispersionQuery(terms(term), WORDS, 7));
			expect(all.length).toBeGreaterThan(0);
			for (const r of all) {
				const [one, ...more] = await db.run<TermDispersionRow>(termDispersionQuery(terms(term), WORDS, 7, r.doc_id));
				expect(more).toEqual([]);
				// Sums of doubles in another order: equal to the last digits or so.
				expect({ ...one, dp: 0, dp_norm: 0 }).toEqual({ ...r, dp: 0, dp_norm: 0 });
				expect(one.dp).toBeCloseTo(r.dp, 12);
				expect(one.dp_norm).toBeCloseTo(r.dp_norm, 12);
			}
		});
	});
}
