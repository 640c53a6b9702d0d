// The browser's runner answers a question it was asked before from memory (its database is attached read-only): the
// documents the loader read are not read again by the timeline and the table, and a corpus switched back to draws its
// views without asking the engine. A failure is not remembered; a large answer is not kept.
import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { WasmRunner } from '../../../src/lib/db/engine';
import { sql } from '../../../src/lib/db/sql';

function fakeConnection(rows = 3) {
	const asked: string[] = [];
	let fail = false;
	const answer = async (text: string) => {
		asked.push(text);
		if (fail) throw new Error('no such table');
		return tableFromArrays({ n: Int32Array.from({ length: rows }, (_, i) => i) });
	};
	const conn = {
		query: answer,
		prepare: async (text: string) => ({ query: async (...params: unknown[]) => answer(`${text} ${JSON.stringify(params)}`) }),
		close: async () => undefined
	};
	return { conn, asked, failNext: (on: boolean) => (fail = on) };
}

// The runner's constructor takes DuckDB-wasm's objects; the fake connection has the methods it calls.
const runner = (conn: unknown) => new WasmRunner(null as never, conn as never, 'corpus_1', 'corpus-1.duckdb', 0);

describe('WasmRunner', () => {
	it('answers a repeated question from memory, a different parameter from the engine', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		const first = await r.run(sql`SELECT n FROM documents`);
		expect(await r.run(sql`SELECT n FROM documents`)).toBe(first);
		expect(first).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
		await r.run(sql`SELECT n FROM documents WHERE n > ${1}`);
		await r.run(sql`SELECT n FROM documents WHERE n > ${1}`);
		await r.run(sql`SELECT n FROM documents WHERE n > ${2}`);
		expect(c.asked).toHaveLength(3);
	});

	it('does not remember a failure', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		c.failNext(true);
		await expect(r.run(sql`SELECT n FROM facets`)).rejects.toThrow('no such table');
		c.failNext(false);
		expect(await r.run(sql`SELECT n FROM facets`)).toHaveLength(3);
		expect(c.asked).toHaveLength(2);
	});

	it('does not keep an answer of more than 5,000 rows', async () => {
		const c = fakeConnection(5_001);
		const r = runner(c.conn);
		await r.run(sql`SELECT n FROM words`);
		await r.run(sql`SELECT n FROM words`);
		expect(c.asked).toHaveLength(2);
	});
});
