// Validation before any work: every problem of a broken corpus reported at once, with file, line, value and a fix.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { CorpusError, formatProblem, type Problem } from '../../../analysis/src/problems';
import { dateProblem } from '../../../analysis/src/read/dates';
import { decodeUtf8 } from '../../../analysis/src/read/utf8';
import { recordLines } from '../../../analysis/src/read/manifest';
import { cleanupTemp, copyCorpus, FIXTURES } from './helpers';

afterAll(cleanupTemp);

/** The problems loadCorpus reports for a folder (it must refuse it). */
function problemsOf(dir: string): Problem[] {
	try {
		loadCorpus(dir);
	} catch (e) {
		if (e instanceof CorpusError) return e.problems;
		throw e;
	}
	throw new Error(`${dir} was accepted`);
}

const at = (problems: Problem[], file: string, line?: number) =>
	problems.filter((p) => p.file === file && (line === undefined || p.line === line));

describe('a manifest with broken rows', () => {
	const problems = problemsOf(join(FIXTURES, 'bad-rows'));
	const errors = problems.filter((p) => p.severity === 'error');

	it('reports every problem at once', () => {
		expect(errors).toHaveLength(13);
	});

	it.each([
		[3, 'good-one', /repeats the id of line 2/],
		[3, 'good2.txt', /does not exist/],
		[4, 'bad id!', /letters, digits/],
		[5, 'nowhere.txt', /does not exist/],
		[6, '1917-13', /month 13/],
		[7, '1917-02-30', /day 30.*01–28/],
		[8, '08/08/1917', /YYYY, YYYY-MM or YYYY-MM-DD/],
		[11, '', /empty author/],
		[12, '../outside.txt', /inside the corpus folder/],
		// A quoted title over two lines: the row starts on line 13, the next one on line 15.
		[13, '1917-02-29', /day 29/],
		[15, '1917-1', /YYYY, YYYY-MM or YYYY-MM-DD/]
	])('manifest.csv line %i: %s', (line, value, message) => {
		const found = at(problems, 'manifest.csv', line).filter((p) => p.value === value);
		expect(found, JSON.stringify(at(problems, 'manifest.csv', line))).toHaveLength(1);
		expect(found[0].severity).toBe('error');
		expect(found[0].message).toMatch(message);
		expect(found[0].fix.length).toBeGreaterThan(10);
	});

	it('reports empty texts with the manifest line that lists them', () => {
		expect(at(problems, 'empty.txt')[0].message).toMatch(/empty.*line 9/);
		expect(at(problems, 'blank.txt')[0].message).toMatch(/empty.*line 10/);
	});

	it('warns about files the manifest does not list, and only those', () => {
		const warnings = problems.filter((p) => p.severity === 'warning');
		expect(warnings.map((w) => w.file)).toEqual(['extra.txt']);
	});

	it('formats each problem as one line naming file, line, value and fix', () => {
		expect(formatProblem(at(problems, 'manifest.csv', 6)[0])).toBe(
			'error: manifest.csv:6 (value "1917-13"): date has month 13, which is not 01–12. Fix: write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1917-08-08 or 1902-09.'
		);
	});
});

describe('a manifest without required columns', () => {
	it('names each missing column and warns about unknown ones', () => {
		const problems = problemsOf(join(FIXTURES, 'bad-columns'));
		expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
			'the header has no column "author".',
			'the header has no column "date".'
		]);
		expect(problems.find((p) => p.severity === 'warning')?.value).toBe('when');
	});

	it('refuses a folder without manifest.csv, and a path that is not a folder', () => {
		expect(problemsOf(join(FIXTURES, 'no-manifest'))[0].message).toMatch(/has no manifest.csv/);
		expect(problemsOf(join(FIXTURES, 'does-not-exist'))[0].message).toMatch(/not a folder/);
	});
});

describe('text encoding', () => {
	it('refuses invalid UTF-8 bytes, naming the file, byte offset and line', () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		const good = Buffer.from('First line.\nSecond line.\nThe caf', 'utf8');
		// 0xE9 is "é" in Latin-1: a typical file saved in the wrong encoding.
		writeFileSync(join(dir, 'stalin.txt'), Buffer.concat([good, Buffer.from([0xe9]), Buffer.from(' was closed.\n\xff\n', 'latin1')]));
		const problems = problemsOf(dir);
		expect(problems).toHaveLength(1);
		const [p] = problems;
		expect(p).toMatchObject({ severity: 'error', file: 'stalin.txt', line: 3, value: 'e9' });
		expect(p.message).toContain(`byte offset ${good.length}`);
		expect(p.message).toContain('line 3, column 8');
		expect(p.message).toContain('2 invalid spots');
		expect(p.message).toContain('manifest line 2');
	});

	it('accepts a BOM and CRLF line ends, in the manifest and the texts', () => {
		const dir = copyCorpus(join(FIXTURES, 'tiny'));
		for (const f of readdirSync(dir)) {
			const text = readFileSync(join(dir, f), 'utf8');
			writeFileSync(join(dir, f), `\ufeff${text.replace(/\n/g, '\r\n')}`);
		}
		const corpus = loadCorpus(dir);
		expect(corpus.docs.map((d) => d.entry.id)).toEqual(['stalin-1917-excerpt', 'trotsky-1918-excerpt']);
		const plain = loadCorpus(join(FIXTURES, 'tiny'));
		expect(corpus.docs.map((d) => d.text)).toEqual(plain.docs.map((d) => d.text));
		expect(corpus.docs.every((d) => !d.text.includes('\r') && !d.text.startsWith('\ufeff'))).toBe(true);
	});

	it('decodeUtf8 finds overlong and surrogate sequences too', () => {
		for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
			const r = decodeUtf8(Uint8Array.from([0x41, ...bytes, 0x42]));
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.invalid.offset).toBe(1);
		}
		expect(decodeUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe2, 0x80, 0x94]))).toEqual({ ok: true, text: '—' });
	});
});

describe('dates and CSV lines', () => {
	it.each([
		['1917', null],
		['1917-08', null],
		['1917-08-08', null],
		['1904-02-29', null],
		['1900-02-29', /day 29/],
		['1917-00', /month 00/],
		['1917-04-31', /day 31/],
		['1917-8-8', /YYYY/],
		['', /YYYY/],
		['c. 1917', /YYYY/]
	])('%s', (date, expected) => {
		const why = dateProblem(date);
		if (expected === null) expect(why).toBeNull();
		else expect(why).toMatch(expected);
	});

	it('counts lines inside quoted fields', () => {
		expect(recordLines('a,b\n1,"x\ny"\n2,z\n')).toEqual([1, 2, 4]);
	});
});
