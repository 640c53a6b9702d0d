// Large and empty documents (issue 12.2, 12.12): a text over the stated limit is refused before any work, naming the
// file, its size, the limit and the fix; a text cleaning leaves without words says what it held and what took it out.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCorpus } from '../../../analysis/src/pipeline';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { MAX_DOCUMENT_CHARACTERS } from '../../../analysis/src/read/texts';
import { CorpusError, formatProblem } from '../../../analysis/src/problems';
import { cleanupTemp, copyCorpus, FIXTURES, tempDir } from './helpers';

afterAll(cleanupTemp);

const problemsOf = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		if (e instanceof CorpusError) return e.problems;
		throw e;
	}
	return [];
};

describe('a document over the size limit', () => {
	it('is refused when read, with its file, size, the limit and how to split it', () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		const paragraph = 'The workers of the world met in the great hall and spoke of the land. '.repeat(40);
		const count = Math.ceil((MAX_DOCUMENT_CHARACTERS + 1) / (paragraph.length + 2));
		writeFileSync(join(dir, 'stalin.txt'), `${paragraph}\n\n`.repeat(count));
		const [p, ...rest] = problemsOf(() => loadCorpus(dir));
		expect(rest.filter((x) => x.severity === 'error')).toEqual([]);
		expect(p).toMatchObject({ severity: 'error', file: 'stalin.txt' });
		const line = formatProblem(p);
		expect(line).toMatch(/too long to analyse as one document: [\d,]+ characters, over the limit of 10,000,000 characters/);
		expect(line).toMatch(/Fix: split the file into parts/);
	});

	it('a document under the limit is read', () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		writeFileSync(join(dir, 'stalin.txt'), 'The workers met. '.repeat(1000));
		expect(loadCorpus(dir).docs).toHaveLength(2);
	});
});

describe('a document that cleaning leaves without words', () => {
	it('names the file as the value, says how many characters and letters it held and which rules took them out', async () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		writeFileSync(join(dir, 'stalin.txt'), 'Written: 1917\nSource: Pravda\n');
		const out = tempDir();
		const err = await analyzeCorpus({ corpus: dir, name: 'n', out }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(CorpusError);
		const [p] = (err as CorpusError).problems;
		expect(p).toMatchObject({ file: 'stalin.txt', value: 'stalin.txt', severity: 'error' });
		expect(p.message).toMatch(/has no words left after cleaning: its 29 characters \(19 letters\) were all taken out as apparatus \(spans by rule: header-block 1\)/);
		expect(p.fix).toMatch(/--report --dry-run/);
		expect(existsSync(join(out, 'n', 'corpus.duckdb'))).toBe(false);
	});
});
