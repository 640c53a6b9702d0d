// What the query tests share: the two matching options, a term-list parser, and a database written by the pipeline,
// opened before the tests of the calling file and closed after them.
//
// The term fixture (tests/fixtures/corpora/terms), word indexes 0-based per document — the tests' arithmetic refers
// to these (one section, "Main text"; paragraphs ¶ as in the files):
//   d1 (A, 1905-03, 17 words)  s0 ¶0 The0 armed1 uprising2 began3 .
//                              s1 ¶1 Soviets4 formed5 ; the6 uprising7 spread8 .
//                              s2 ¶1 Social-Democratic9 workers10 joined11 the12 Soviet13 .
//                              s3 ¶2 Revolution14 , revolutionary15 discipline16 !
//   d2 (A, 1910, 5 words)      s0 Discipline0 is1 discipline2 .   s1 No3 uprising4 .
//   d3 (B, 1917-04-01, 12)     s0 The0 Constituent1 Assembly2 met3 .   s1 They4 were5 armed6 .
//                              s2 ¶1 Uprising7 followed8 the9 democratic10 turn11 .
//   d4 (B, 1917-10, 3 words)   s0 Nothing0 happened1 here2 .
import { afterAll, beforeAll } from 'vitest';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { fixtureDb } from '../../fixtures/corpus-db';
import { parseTerms, type TermOptions } from '../../../src/lib/terms/parse';
import type { QueryRunner } from '../../../src/lib/db/sql';

export const WORDS: TermOptions = { lemma: false, parts: false };
export const LEMMAS: TermOptions = { lemma: true, parts: false };
export const terms = (s: string) => parseTerms(s).terms;

/** Where, which terms and how: the cases the hit tests share (words, phrases, wildcards, lemmas, compound parts, left-out forms). */
export const HIT_CASES: [string, string, TermOptions][] = [
	['the term fixture', 'uprising, the, armed uprising', WORDS],
	['the term fixture', 'soviet, discipline*, the uprising', LEMMAS],
	['the term fixture', 'democratic, social-democratic', { lemma: false, parts: true }],
	['the term fixture', 'uprising, armed uprising', { ...WORDS, exclude: { uprising: ['uprising'] } }],
	['the default corpus', 'party, the working class, revolution*', WORDS],
	['the default corpus', 'worker, soviet power, the', LEMMAS],
	['the default corpus', 'class*, party', { ...WORDS, exclude: { 'class*': ['class'] } }]
];

/** The database at `path()` for the tests of the calling file: opened before them, closed after. */
export function useDb(path: () => Promise<string>): Pick<NodeRunner, 'run' | 'rows'> {
	let runner: NodeRunner | undefined;
	beforeAll(async () => {
		runner = await NodeRunner.open(await path());
	}, 180_000);
	afterAll(() => runner?.close());
	return { run: (query) => runner!.run(query), rows: (text) => runner!.rows(text) };
}

/** The term fixture's database, for the tests of the calling file. */
export const useFixtureDb = (): QueryRunner => useDb(() => fixtureDb('terms'));
