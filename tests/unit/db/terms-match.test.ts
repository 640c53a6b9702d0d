// The vocabulary match of every term query (`wm` in hitsCtes): the plain words of all terms are matched together by
// joins; the pairs found must be those of the definition, one predicate per word (a word stands for itself and, with
// lemmas, for every pair whose lemma is its own or that of a form equal to it), on the default corpus and on the
// State of the Union; and the vocabulary is stored so that reading it all is cheap.
import { expect, it } from 'vitest';
import type { NodeRunner } from '../../../scripts/db/node-runner';
import { hitsCtes } from '../../../src/lib/db/queries/terms';
import { literal } from '../../../src/lib/db/sql';
import { parseTerms, type TermOptions } from '../../../src/lib/terms/parse';
import { describeOnDefault, describeOnSotu } from './corpora';

interface Pair extends Record<string, unknown> {
	term: number;
	pos: number;
	word_id: number;
}

/** One query per word of each term, as the definition reads; prefixes and compounds are left to hitsCtes. */
function definitionSql(input: string, opts: TermOptions): string {
	const { terms } = parseTerms(input);
	return terms
		.flatMap((t, i) =>
			t.words.map((w, k) => {
				const x = literal(w.text);
				const where = opts.lemma ? `lemma IN (SELECT lemma FROM term_vocab WHERE lower = ${x} UNION SELECT ${x})` : `lower = ${x}`;
				return `SELECT ${i} AS term, ${k} AS pos, word_id FROM term_vocab WHERE ${where}`;
			})
		)
		.join(' UNION ALL ');
}

// “troop”, “countryman”: lemmas that are no word's form (only “troops”, “countrymen” are written), found by the typed word itself.
const INPUTS = {
	default: ['uprising, soviet, discipline', 'the workers, dictatorship of the proletariat, class', 'soviets, were, was, better', 'troop, tactic, oppressor'],
	sotu: ['war, peace, taxes', 'united states, the people, was', 'children, were, freedom, women, better', 'countryman, framer']
};
const OPTIONS: TermOptions[] = [{ lemma: true, parts: false }, { lemma: false, parts: false }];

function checks(db: () => NodeRunner, inputs: readonly string[]) {
	it('the vocabulary’s strings are stored uncompressed (every term query reads them all; see writer.ts)', async () => {
		const segments = await db().run<{ column_name: string; compression: string }>({
			sql: `SELECT column_name, compression FROM pragma_storage_info('corpus.term_vocab') WHERE segment_type = 'VARCHAR'`,
			params: []
		});
		expect(new Set(segments.map((s) => s.column_name))).toEqual(new Set(['lower', 'lemma']));
		expect(segments.filter((s) => s.compression !== 'Uncompressed')).toEqual([]);
	});
	for (const opts of OPTIONS)
		for (const input of inputs)
			it(`“${input}” (${opts.lemma ? 'lemmas' : 'word forms'}): the same pairs as one predicate per word`, async () => {
				const { terms } = parseTerms(input);
				const order = 'ORDER BY term, pos, word_id';
				const got = await db().run<Pair>({ sql: `${hitsCtes(terms, opts)} SELECT DISTINCT term::INTEGER AS term, pos::INTEGER AS pos, word_id FROM wm ${order}`, params: [] });
				const want = await db().run<Pair>({ sql: `SELECT DISTINCT term::INTEGER AS term, pos::INTEGER AS pos, word_id FROM (${definitionSql(input, opts)}) ${order}`, params: [] });
				// every term matches something (with lemmas; “troop” is no word form), so that no set compared is empty
				expect(new Set(want.map((p) => p.term)).size).toBe(opts.lemma || !/troop|countryman/.test(input) ? terms.length : 0);
				expect(got).toEqual(want);
				// Each pair is matched once per word, as before (a join must not repeat a pair through several lemmas).
				const all = await db().run<{ n: number }>({ sql: `${hitsCtes(terms, opts)} SELECT count(*)::INTEGER AS n FROM wm`, params: [] });
				expect(all[0].n).toBe(want.length);
			});
}

describeOnDefault((db) => checks(db, INPUTS.default));
describeOnSotu((db) => checks(db, INPUTS.sotu));
