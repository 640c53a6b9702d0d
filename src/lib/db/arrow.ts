// Arrow results from DuckDB-wasm as plain row objects: BigInt → number, lists → arrays, structs → objects.
import type { Table } from 'apache-arrow';

function plain(value: unknown): unknown {
	if (typeof value === 'bigint') return Number(value);
	if (value === null || typeof value !== 'object') return value;
	if (value instanceof Date) return value;
	const v = value as { toArray?: () => unknown; toJSON?: () => unknown };
	// Arrow Vector (LIST columns): has toArray(); typed arrays of BigInt become numbers too.
	if (typeof v.toArray === 'function' && !ArrayBuffer.isView(value)) return Array.from(v.toArray() as Iterable<unknown>, plain);
	if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>, plain);
	if (typeof v.toJSON === 'function') {
		const obj = v.toJSON() as Record<string, unknown>;
		return Object.fromEntries(Object.entries(obj).map(([k, x]) => [k, plain(x)]));
	}
	return value;
}

export function toPlainRows<T>(table: Table): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((_, i) => table.getChildAt(i));
	const rows: T[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (let c = 0; c < names.length; c++) row[names[c]] = plain(columns[c]?.get(r));
		rows[r] = row as T;
	}
	return rows;
}
