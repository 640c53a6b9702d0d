// Arrow results as plain rows: BigInt → number, lists → arrays, nulls kept.
import { describe, expect, test } from 'vitest';
import { Field, Int32, List, Table, Utf8, tableFromArrays, vectorFromArray } from 'apache-arrow';
import { toPlainRows } from '../../../src/lib/db/arrow';

describe('toPlainRows', () => {
	test('BIGINT columns become numbers, strings and doubles pass through', () => {
		const table = tableFromArrays({ n: BigInt64Array.from([1n, 2n, 9007199254740991n]), s: ['a', 'b', 'c'], x: Float64Array.from([0.5, 1.5, 2.5]) });
		expect(toPlainRows(table)).toEqual([
			{ n: 1, s: 'a', x: 0.5 },
			{ n: 2, s: 'b', x: 1.5 },
			{ n: 9007199254740991, s: 'c', x: 2.5 }
		]);
	});

	test('nulls stay null and list columns become arrays', () => {
		const table = new Table({
			id: vectorFromArray(['a', 'b'], new Utf8()),
			forms: vectorFromArray([['soviet', 'soviets'], []], new List(new Field('item', new Utf8(), true))),
			v: vectorFromArray([null, 3], new Int32())
		});
		const rows = toPlainRows<{ id: string; forms: string[]; v: number | null }>(table);
		expect(rows[0]).toEqual({ id: 'a', forms: ['soviet', 'soviets'], v: null });
		expect(rows[1].forms).toEqual([]);
		expect(rows[1].v).toBe(3);
	});
});
