// The one CSV writer: corpus text that a spreadsheet would run as a formula comes out as text (OWASP's guidance).
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3';
import { neutralise, toCsv } from '../../../src/lib/export/data';
import type { MethodsStamp } from '../../../src/lib/export/stamp';

const stamp: MethodsStamp = { tool: 'Tribune', corpus: 'x', pipeline_version: '1', model_version: 'm', corpus_hash: 'h', exported_at: '2026-01-01T00:00:00.000Z' };
const body = (csv: string) => csvParse(csv.split('\n').filter((l) => !l.startsWith('# ')).join('\n'));

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
		const csv = toCsv([{ author: '=HYPERLINK("http://x","y")', title: '@SUM(A1)', log_ratio: -1.5 }], stamp);
		const [row] = body(csv);
		expect(row.author).toBe(`'=HYPERLINK("http://x","y")`);
		expect(row.title).toBe(`'@SUM(A1)`);
		expect(row.log_ratio).toBe('-1.5');
		expect(csv).not.toMatch(/^[=+@]/m);
	});
});
