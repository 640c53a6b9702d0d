// The one place where values from users or the corpus become SQL text: every query is built from these.

export type SqlValue = string | number | boolean | null;

/** A query ready to run: SQL text plus the values of its `?` placeholders, in order. */
export interface Query {
	readonly sql: string;
	readonly params: readonly SqlValue[];
	/**
	 * One query that answers this one and others together: a runner may ask it instead (one call to the engine where
	 * the others would have waited for this answer to be asked) and keep every answer `split` gives, this query's
	 * first. The answers are the same rows as each query's own (tests compare them); a runner that ignores it (Node's)
	 * asks each query itself. Not part of the query's key.
	 */
	readonly together?: Together;
	/**
	 * A wider query whose answer holds this one's rows: a runner that already has that answer (kept, or in flight) may
	 * take these rows from it with `pick` instead of asking the engine. The rows are the same as the query's own (tests
	 * compare them); a runner that ignores it (Node's) asks the query itself. Not part of the query's key.
	 */
	readonly within?: Within;
}

/** See Query.together. */
export interface Together {
	readonly query: Query;
	split(rows: readonly Record<string, unknown>[]): { query: Query; rows: Record<string, unknown>[] }[];
}

/** See Query.within. */
export interface Within {
	readonly query: Query;
	pick(rows: readonly Record<string, unknown>[]): Record<string, unknown>[];
}

/** Anything that runs a Query and returns plain row objects (DuckDB-wasm in the browser, node-api in tests). */
export interface QueryRunner {
	run<T extends Record<string, unknown>>(query: Query): Promise<T[]>;
}

/** A query's rows when they can be had without the engine, else undefined (see WasmRunner.answerLocally). */
export type LocalAnswers = (query: Query) => readonly Record<string, unknown>[] | undefined;

/** A SQL string literal: single quotes doubled, NUL rejected. For lists (IN (...)) and DDL where `?` cannot serve. */
export function literal(value: SqlValue): string {
	if (value === null) return 'NULL';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`Not a finite number for SQL: ${value}`);
		return String(value);
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value.includes('\u0000')) throw new Error('Text with a NUL character cannot be used in a query');
	return `'${value.replaceAll("'", "''")}'`;
}

/** A parenthesised list of SQL literals, for `IN (...)`: `('a', 'b')`. */
export const literalList = (values: readonly SqlValue[]): string => `(${values.map(literal).join(', ')})`;

/** Tag for readable query building: values interpolated become `?` parameters. */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Query {
	let text = strings[0];
	for (let i = 0; i < values.length; i++) text += '?' + strings[i + 1];
	return { sql: text, params: values };
}
