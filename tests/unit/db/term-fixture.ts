// What the term SQL tests share: the two matching options, a term-list parser, and the hand-made fixture database
// (tests/fixtures/terms/fixture.ts), opened once per test file.
import { afterAll, beforeAll } from 'vitest';
import { fixtureRunner, type NodeRunner } from '../../fixtures/terms/fixture';
import { parseTerms, type TermOptions } from '../../../src/lib/terms/parse';
import type { QueryRunner } from '../../../src/lib/db/sql';

export const WORDS: TermOptions = { lemma: false, parts: false };
export const LEMMAS: TermOptions = { lemma: true, parts: false };
export const terms = (s: string) => parseTerms(s).terms;

/** The fixture database for the tests of the calling file: opened before them, closed after. */
export function useFixtureDb(): QueryRunner {
	let runner: NodeRunner | undefined;
	beforeAll(async () => {
		runner = await fixtureRunner();
	});
	afterAll(() => runner?.con.closeSync());
	return { run: (query) => runner!.run(query) };
}
