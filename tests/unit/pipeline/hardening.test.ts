// Issue 12, pipeline side: hostile and broken input is refused with a message naming the file, line or value and the
// fix (UTF-16/UTF-32, NUL, links out of the folder, a file listed twice, hidden names, punctuation-only texts,
// unclosed quotes, upper-case headers); `./a.txt` is the file a.txt; text is read as NFC; the CSV tables neutralise
// formula cells while the Parquet files keep the exact text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { CorpusError, formatProblem, type Problem } from '../../../analysis/src/problems';
import { wideEncoding } from '../../../analysis/src/read/utf8';
import { unclosedQuoteLine } from '../../../analysis/src/read/manifest';
import { csvColumns, tablePaths } from '../../../analysis/src/write/tables';
import { NodeRunner } from '../../../scripts/db/node-runner';
import { literal } from '../../../src/lib/db/sql';
import { DEFINITIONS } from '../../../src/lib/db/contract/meta';
import { parseTerms } from '../../../src/lib/terms/parse';
import { fixtureDb } from '../../fixtures/corpus-db';
import { cleanupTemp, tempDir } from './helpers';

afterAll(cleanupTemp);

const HEADER = 'id,file,author,title,date';
const TEXT = 'The workers met at dawn. They spoke of bread and peace.\n';

/** A corpus folder in a temporary dir: manifest rows below the header, and files (text or bytes). */
function corpus(rows: string[], files: Record<string, string | Uint8Array>, header = HEADER): string {
	const dir = join(tempDir(), 'corpus');
	mkdirSync(dir);
	writeFileSync(join(dir, 'manifest.csv'), [header, ...rows].join('\n') + '\n');
	for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
	return dir;
}

function problemsOf(dir: string): Problem[] {
	try {
		loadCorpus(dir);
	} catch (e) {
		if (e instanceof CorpusError) return e.problems.filter((p) => p.severity === 'error');
		throw e;
	}
	throw new Error(`${dir} was accepted`);
}

const utf16le = (s: string, bom = false) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string, bom = false) => {
	const le = Buffer.from(s, 'utf16le');
	for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
	return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]);
};
const utf32le = (s: string, bom = false) => {
	const out = Buffer.alloc((s.length + (bom ? 1 : 0)) * 4);
	let o = 0;
	if (bom) (out.writeUInt32LE(0xfeff, 0), (o = 4));
	for (const ch of s) (out.writeUInt32LE(ch.codePointAt(0)!, o), (o += 4));
	return out.subarray(0, o);
};
const utf32be = (s: string) => {
	const le = utf32le(s);
	for (let i = 0; i < le.length; i += 4) le.subarray(i, i + 4).reverse();
	return le;
};

describe('item 4: UTF-16, UTF-32 and NUL', () => {
	it.each([
		['UTF-16LE', utf16le(TEXT)],
		['UTF-16LE', utf16le(TEXT, true)],
		['UTF-16BE', utf16be(TEXT)],
		['UTF-16BE', utf16be(TEXT, true)],
		['UTF-32LE', utf32le(TEXT)],
		['UTF-32LE', utf32le(TEXT, true)],
		['UTF-32BE', utf32be(TEXT)]
	] as const)('a text in %s is refused with the iconv command that converts it', (encoding, bytes) => {
		expect(wideEncoding(bytes)).toBe(encoding);
		const [p, ...rest] = problemsOf(corpus(['a,a.txt,X,Y,1917'], { 'a.txt': bytes }));
		expect(rest).toEqual([]);
		expect(p.file).toBe('a.txt');
		expect(p.message).toContain(encoding);
		expect(p.fix).toContain(`iconv -f ${encoding} -t UTF-8 a.txt > a.utf8.txt`);
		expect(p.fix).not.toContain('WINDOWS-1252');
	});

	it('UTF-8 text, with or without a BOM, and with a few Cyrillic letters, is not taken for UTF-16', () => {
		expect(wideEncoding(Buffer.from(TEXT))).toBeNull();
		expect(wideEncoding(Buffer.from('\ufeff' + TEXT))).toBeNull();
		expect(wideEncoding(Buffer.from('Совет рабочих депутатов. ' + TEXT))).toBeNull();
	});

	it('a manifest in UTF-16 is refused with the command that converts it', () => {
		const dir = corpus([], { 'a.txt': TEXT });
		writeFileSync(join(dir, 'manifest.csv'), utf16le(`${HEADER}\na,a.txt,X,Y,1917\n`, true));
		const [p] = problemsOf(dir);
		expect(p.file).toBe('manifest.csv');
		expect(p.fix).toContain('iconv -f UTF-16LE -t UTF-8 manifest.csv');
	});

	it('a NUL in a text is refused with file, line and column', () => {
		const [p, ...rest] = problemsOf(corpus(['a,a.txt,X,Y,1917'], { 'a.txt': `${TEXT}\nSecond para so\0viet here.\n` }));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'a.txt', line: 3 });
		expect(p.message).toMatch(/NUL character \(line 3, column 15\)/);
		expect(formatProblem(p)).toContain('a.txt:3');
	});
});

describe('item 4: NUL in the manifest', () => {
	it('is refused with its line', () => {
		const [p, ...rest] = problemsOf(corpus(['a,a.txt,X,Y,1917', 'b,b.txt,X\0Z,Y,1917'], { 'a.txt': TEXT, 'b.txt': TEXT }));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'manifest.csv', line: 3 });
		expect(p.message).toMatch(/NUL/);
	});
});

describe('item 6: a link out of the corpus folder', () => {
	it('is refused, naming the file and where it points', () => {
		const outside = join(tempDir(), 'secret.txt');
		writeFileSync(outside, TEXT);
		const dir = corpus(['a,a.txt,X,Y,1917', 'b,b.txt,X,Y,1917'], { 'b.txt': TEXT });
		symlinkSync(outside, join(dir, 'a.txt'));
		const [p, ...rest] = problemsOf(dir);
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'manifest.csv', line: 2, value: 'a.txt' });
		expect(p.message).toContain('outside the corpus folder');
		expect(p.message).toContain('secret.txt');
	});

	it('a link to a file inside the folder is read', () => {
		const dir = corpus(['a,a.txt,X,Y,1917'], { 'b.txt': TEXT });
		symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
		mkdirSync(join(dir, 'archive'));
		// b.txt itself is not listed: the warning says so, but the corpus loads.
		expect(loadCorpus(dir).docs.map((d) => d.entry.file)).toEqual(['a.txt']);
	});
});

describe('item 7: paths normalised, a file listed twice', () => {
	it('./a.txt is a.txt: no "not analysed" warning', () => {
		const c = loadCorpus(corpus(['a,./a.txt,X,Y,1917'], { 'a.txt': TEXT }));
		expect(c.docs[0].entry.file).toBe('a.txt');
		expect(c.warnings).toEqual([]);
	});

	it('a.txt and ./a.txt on two rows is an error naming both rows', () => {
		const [p, ...rest] = problemsOf(corpus(['a,a.txt,X,Y,1917', 'b,./a.txt,X,Y,1917'], { 'a.txt': TEXT }));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'manifest.csv', line: 3, value: 'a.txt' });
		expect(p.message).toMatch(/lines 2 and 3/);
	});

	it('a link and the file it points to on two rows is an error naming both rows', () => {
		const dir = corpus(['a,a.txt,X,Y,1917', 'b,b.txt,X,Y,1917'], { 'a.txt': TEXT });
		symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
		const [p, ...rest] = problemsOf(dir);
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ line: 3, value: 'b.txt' });
		expect(p.message).toMatch(/"a\.txt" on line 2.*lines 2 and 3/);
	});
});

describe('item 8: NFC', () => {
	it('a decomposed é is read as é, and the definitions say so', () => {
		const c = loadCorpus(corpus(['a,a.txt,X,Y,1917'], { 'a.txt': 'The cafe\u0301 of the workers. They met there at dawn.\n' }));
		expect(c.docs[0].text).toContain('café');
		expect(c.docs[0].text).not.toContain('\u0301');
		expect(DEFINITIONS.def_word).toMatch(/NFC/);
	});

	it('the ligatures of a printed book are read as their letters, in the text and the manifest, and typed alike', () => {
		// OCR keeps ﬁ and ﬂ (NFC does too): “ﬁrst” would be another word than “first” in every count.
		const c = loadCorpus(corpus(['a,a.txt,X,"The ﬁrst ofﬁce",1917'], { 'a.txt': 'The ﬁrst ofﬁce was ﬁlled; the ﬂag and the staﬀ waved. The ﬃrm stood.\n' }));
		expect(c.docs[0].text).toBe('The first office was filled; the flag and the staff waved. The ffirm stood.\n');
		expect(c.docs[0].entry.title).toBe('The first office');
		expect(parseTerms('ﬁrst, ofﬁce*').terms.map((t) => t.label)).toEqual(['first', 'office*']);
		expect(DEFINITIONS.def_word).toMatch(/ligatures/);
	});
});

describe('item 12: messages that name the problem and the fix', () => {
	it('a text of punctuation and numbers only names the file and says what to do', () => {
		const [p, ...rest] = problemsOf(corpus(['a,a.txt,X,Y,1917', 'b,b.txt,X,Y,1917'], { 'a.txt': '1917. — 1918; 12, 14!\n…\n', 'b.txt': TEXT }));
		expect(rest).toEqual([]);
		expect(p.file).toBe('a.txt');
		expect(p.message).toMatch(/no letters/);
		expect(p.message).toMatch(/manifest line 2/);
		expect(p.fix).toMatch(/put the running text in the file/);
	});

	it('an unbalanced quote in the manifest names its line', () => {
		const [p, ...rest] = problemsOf(corpus(['a,a.txt,X,Y,1917', 'b,b.txt,X,"Unclosed title,1917', 'c,c.txt,X,Y,1917'], { 'a.txt': TEXT, 'b.txt': TEXT, 'c.txt': TEXT }));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ file: 'manifest.csv', line: 3 });
		expect(p.message).toMatch(/never closed/);
	});

	it('quotes that close, doubled quotes and a quote inside an unquoted value are not flagged', () => {
		expect(unclosedQuoteLine('a,"b ""c"" d",e\nf,5" gun,g\nh,"multi\nline",i\n')).toBeNull();
		expect(unclosedQuoteLine('a,b\nc,"d\ne,f\n')).toBe(2);
	});

	it('a header "Author" says that column names are lower case', () => {
		const problems = problemsOf(corpus(['a,a.txt,X,Y,1917'], { 'a.txt': TEXT }, 'id,file,Author,title,date'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'manifest.csv', line: 1, value: 'Author' });
		expect(problems[0].message).toMatch(/column names are lower case/);
		expect(problems[0].fix).toMatch(/rename the column "Author" to "author"/);
	});

	it('a file whose name starts with "." is refused with the reason', () => {
		const [p, ...rest] = problemsOf(corpus(['a,.a.txt,X,Y,1917'], { '.a.txt': TEXT }));
		expect(rest).toEqual([]);
		expect(p).toMatchObject({ line: 2, value: '.a.txt' });
		expect(p.message).toMatch(/hidden/);
	});

	it('a corpus name starting with "." is refused with the reason, before any work', () => {
		const root = resolve(__dirname, '../../..');
		const out = tempDir();
		const r = spawnSync(process.execPath, ['--import', 'tsx', 'analysis/cli.ts', '--corpus', 'tests/fixtures/corpora/tiny', '--name', '.hidden', '--out', out], { cwd: root, encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--name');
		expect(r.stderr).toContain('".hidden"');
		expect(r.stderr).toMatch(/hidden folder, which is neither built nor served/);
		expect(r.stderr).toMatch(/"hidden"/);
	});
});

describe('item 1: formula cells in the CSV tables', () => {
	let path: string;
	let db: NodeRunner;
	beforeAll(async () => {
		path = await fixtureDb('hostile');
		db = await NodeRunner.open(path);
	});
	afterAll(() => db?.close());

	const file = (table: string, format: string) => tablePaths(path).find((f) => f.table === table && f.format === format)!.path;
	const csvRows = async (table: string, columns: string) =>
		db.run({ sql: `SELECT ${columns} FROM read_csv(${literal(file(table, 'csv'))}, header = true, all_varchar = true)`, params: [] });

	it('a cell that starts with = + - @ is prefixed with \' in the CSV', async () => {
		const [doc] = await csvRows('documents', 'author, title, file');
		expect(doc).toEqual({ author: `'=HYPERLINK("http://x","y")`, title: "'@SUM(A1)", file: 'formula.txt' });
		const surfaces = (await csvRows('tokens', 'surface')).map((r) => r.surface);
		expect(surfaces).toContain("'-");
		const sentences = (await csvRows('sentences', 'text')).map((r) => String(r.text));
		expect(sentences.some((t) => t.startsWith("'+1 more voice"))).toBe(true);
		expect(surfaces).not.toContain('-');
		// Cells that start otherwise are as written.
		expect(surfaces).toContain('.');
		expect(surfaces).not.toContain("'.");
		const text = readFileSync(file('documents', 'csv'), 'utf8');
		expect(text).not.toMatch(/(^|,)"?[=+\-@]/m);
	});

	it('exactly the cells that start with = + - @, a tab or a CR are prefixed, as the app\'s neutralise does', async () => {
		const values = ['=a', '+a', '-a', '@a', '\ta', '\ra', 'a=', 'a-b', '1917', '.', '?', ':', '', ' =a', '\na'];
		const rows = await db.run({
			sql: `SELECT ${csvColumns('meta')} FROM (SELECT * FROM (VALUES ${values.map((v, i) => `(${literal(String(i).padStart(2, '0'))}, ${literal(v)})`).join(', ')}, ('99', NULL)) AS v(key, value)) AS t ORDER BY key`,
			params: []
		});
		expect(rows.map((r) => r.value)).toEqual([...values.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)), null]);
		expect(rows.slice(0, 6).every((r) => String(r.value).startsWith("'"))).toBe(true);
	});

	it('the Parquet files and the database keep the exact text', async () => {
		const [doc] = await db.run({ sql: `SELECT author, title FROM read_parquet(${literal(file('documents', 'parquet'))})`, params: [] });
		expect(doc).toEqual({ author: '=HYPERLINK("http://x","y")', title: '@SUM(A1)' });
		const [inDb] = await db.run({ sql: 'SELECT author, title FROM documents', params: [] });
		expect(inDb).toEqual(doc);
		const surfaces = (await db.run({ sql: `SELECT surface FROM read_parquet(${literal(file('tokens', 'parquet'))})`, params: [] })).map((r) => r.surface);
		expect(surfaces).toContain('-');
		expect(surfaces).toContain('café');
	});
});
