// DuckDB's sort order, for rows shaped in TypeScript that must come out as the SQL they stand in for would order them.

/** Strings in DuckDB's order (by code point, as their UTF-8 bytes compare), not JavaScript's (by UTF-16 unit). */
export function byCodePoint(x: string, y: string): number {
	if (x === y) return 0;
	const a = [...x];
	const b = [...y];
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const d = a[i].codePointAt(0)! - b[i].codePointAt(0)!;
		if (d) return d;
	}
	return a.length - b.length;
}

/** Ascending with NULLs last (DuckDB's default). */
export function nullsLast<T extends string | number>(x: T | null, y: T | null): number {
	if (x === y) return 0;
	if (x === null) return 1;
	if (y === null) return -1;
	return typeof x === 'number' ? x - (y as number) : byCodePoint(x, y as string);
}
