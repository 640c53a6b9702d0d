// Inside one document: rows matched to the current terms by label, the DP table from the database's rows.
import { describe, expect, it } from 'vitest';
import { binData, dpTable, exportBins, tickData, wordsPerBin } from '../../../../src/lib/views/inside/shape';
import type { HitRow, TermBinRow, TermDispersionRow } from '../../../../src/lib/db/queries/terms';

const bin = (term: number, label: string, b: number, count: number): TermBinRow => ({
	term, label, bin: b, words: 50, count, rate: (count * 10000) / 50, first_word: b * 50, last_word: b * 50 + 49, start: b / 2, end: (b + 1) / 2
});

describe('inside one document shape', () => {
	it('keeps rows of terms still asked for, at their new place; drops the others', () => {
		const rows = [bin(0, 'soviet', 0, 1), bin(1, 'party', 0, 2)];
		const out = binData(rows, ['party', 'masses']);
		expect(out.map((r) => [r.label, r.term, r.key])).toEqual([['party', 0, '0|0']]);
	});
	it('keys marks by place, so that a new term updates the marks drawn instead of re-creating them', () => {
		expect(binData([bin(0, 'soviet', 0, 1), bin(0, 'soviet', 1, 2)], ['soviet']).map((r) => r.key)).toEqual(
			binData([bin(0, 'party', 0, 5), bin(0, 'party', 1, 0)], ['party']).map((r) => r.key)
		);
		const hit = (term: number, label: string, token: number): HitRow => ({
			term, label, doc_id: 'd1', sentence_id: 0, start_token: token, end_token: token, start_word: token, end_word: token, form: label, position: token / 100
		});
		const ticks = tickData([hit(0, 'soviet', 3), hit(1, 'party', 4), hit(0, 'soviet', 9)], ['soviet', 'party']);
		expect(ticks.map((t) => t.key)).toEqual(['0|0', '1|0', '0|1']);
		expect(tickData([hit(0, 'war', 50), hit(0, 'war', 70)], ['war']).map((t) => t.key)).toEqual(['0|0', '0|1']);
	});
	it('DP per term for the document, from the query; a term with no row has count 0 and no DP', () => {
		const rows: TermDispersionRow[] = [
			{ term: 0, doc_id: 'd1', count: 3, parts: 2, dp: 0.5, dp_norm: 1 },
			{ term: 0, doc_id: 'd2', count: 9, parts: 2, dp: 0.1, dp_norm: 0.2 }
		];
		expect(dpTable(['soviet', 'party'], rows, 'd1')).toEqual([
			{ label: 'soviet', count: 3, dp: 0.5, dpNorm: 1 },
			{ label: 'party', count: 0, dp: null, dpNorm: null }
		]);
	});
	it('exports bins 1-based with the DP of their term', () => {
		const bins = binData([bin(0, 'soviet', 0, 1), bin(0, 'soviet', 1, 2)], ['soviet']);
		const dp = [{ label: 'soviet', count: 3, dp: 0.2, dpNorm: 0.4 }];
		expect(exportBins(bins, dp, ['soviet'], 'd1', 2).map((r) => [r.bin, r.count, r.dp])).toEqual([
			[1, 1, 0.2],
			[2, 2, 0.2]
		]);
	});
	it('words per bin; never less than one word', () => {
		expect(wordsPerBin(1000, 10)).toBe(100);
		expect(wordsPerBin(5, 10)).toBe(1);
	});
});
