// One corpus-name rule for the pipeline and the app: what one accepts the other never refuses.
import { describe, expect, it } from 'vitest';
import { CORPUS_NAME_MAX, corpusNameProblem, toCorpusName } from '../../../src/lib/db/contract/names';
import { corpusSlice } from '../../../src/lib/state/corpus';
import { corpusName } from '../../../analysis/src/pipeline';
import { CorpusError } from '../../../analysis/src/problems';

const appReads = (name: string) => {
	const problems: string[] = [];
	const value = corpusSlice.read(new URLSearchParams({ corpus: name }), problems);
	return { value, problems };
};

describe('corpus names', () => {
	it('the pipeline and the URL accept and refuse the same names', () => {
		const names = ['default', 'sotu', 'a.b_c-d', 'x'.repeat(CORPUS_NAME_MAX), 'x'.repeat(CORPUS_NAME_MAX + 1), '.hidden', '-x', 'a b', 'é', ''];
		for (const name of names) {
			const piped = (() => {
				try {
					return corpusName('/tmp', name) === name;
				} catch (e) {
					expect(e).toBeInstanceOf(CorpusError);
					return false;
				}
			})();
			const { value, problems } = appReads(name);
			const opened = value === name && problems.length === 0;
			expect({ name, piped }).toEqual({ name, piped: opened });
			expect(corpusNameProblem(name) === null).toBe(piped);
		}
	});

	it('a name too long says the limit and the length', () => {
		expect(corpusNameProblem('x'.repeat(70))).toMatch(/at most 64 characters \(this one has 70\)/);
		expect(appReads('x'.repeat(70)).problems[0]).toMatch(/at most 64/);
	});

	it('a folder name is made into a valid name', () => {
		expect(toCorpusName('State of the Union')).toBe('State-of-the-Union');
		expect(toCorpusName('.secret')).toBe('secret');
		expect(corpusNameProblem(toCorpusName('y'.repeat(100)))).toBeNull();
	});
});
