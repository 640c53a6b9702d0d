// The one CSV writer: the header on the first line (R's read.csv and pandas need no options), every row of the
// export, and corpus text that a spreadsheet would run as a formula comes out as text (OWASP's guidance).
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { neutralise, toCsv, toJson, toMethodsJson } from '../../../src/lib/export/data';
import { methodsStamp } from '../../../src/lib/export/stamp';

const stamp = methodsStamp({ corpus_hash: 'sha256:ab', pipeline_version: '1', wink_model_version: 'm' }, 'x', 'rate', new Date(0));

describe('CSV layout', () => {
	it('starts with the header, then one line per row, nothing else', () => {
		const csv = toCsv([{ doc_id: 'a', rate: 1.5 }, { doc_id: 'b, c', rate: 2 }]);
		expect(csv.split('\n')[0]).toBe('doc_id,rate');
		expect(csv).not.toMatch(/^#/m);
		expect(csvParse(csv)).toEqual(Object.assign([{ doc_id: 'a', rate: '1.5' }, { doc_id: 'b, c', rate: '2' }], { columns: ['doc_id', 'rate'] }));
	});
	it('keeps the given column order, blank for a missing value', () => {
		expect(toCsv([{ b: 1, a: 2 }, { a: 3 }], ['a', 'b'])).toBe('a,b\n2,1\n3,\n');
	});
	it('the side file names the CSV, its columns and the stamp; JSON holds the stamp as a field', () => {
		const side = JSON.parse(toMethodsJson(stamp, 'f.csv', ['a', 'b']));
		expect(side).toEqual({ describes: 'f.csv', columns: ['a', 'b'], methods: stamp });
		const json = JSON.parse(toJson([{ a: 1 }], stamp));
		expect(json.methods.corpus_hash).toBe('sha256:ab');
		expect(json.data).toEqual([{ a: 1 }]);
	});
});

describe('CSV formula injection', () => {
	it('prefixes text cells that start with = + - @, a tab or a carriage return', () => {
		for (const evil of ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3', '\t=1', '\r=1']) expect(neutralise(evil)).toBe(`'${evil}`);
	});
	it('leaves numbers, ordinary text and text with such characters inside alone', () => {
		expect(neutralise(-3.25)).toBe(-3.25);
		expect(neutralise(0)).toBe(0);
		expect(neutralise('Lenin')).toBe('Lenin');
		expect(neutralise('a = b')).toBe('a = b');
		expect(neutralise(null)).toBe(null);
	});
	it('every cell of an export: an author named like a formula reads back as text, a negative number as a number', () => {
		const csv = toCsv([{ author: '=HYPERLINK("http://x","y")', title: '@SUM(A1)', log_ratio: -1.5 }]);
		const [row] = csvParse(csv);
		expect(row.author).toBe(`'=HYPERLINK("http://x","y")`);
		expect(row.title).toBe(`'@SUM(A1)`);
		expect(row.log_ratio).toBe('-1.5');
		expect(csv).not.toMatch(/^[=+@]/m);
	});
});
