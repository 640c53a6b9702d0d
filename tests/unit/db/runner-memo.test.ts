// The browser's runner keeps one promise per question, in flight and answered (its database is attached read-only):
// views asking the same at once share one run; the documents the loader read are not read again by the timeline and the
// table; a corpus switched back to draws its views without asking the engine. A failure is shared by those waiting for
// it, then forgotten; a large answer is not kept. Answers given in advance (summary.json) are answered before the
// database is attached; every other question waits for it.
import { describe, expect, it } from 'vitest';
import { tableFromArrays } from 'apache-arrow';
import { WasmRunner } from '../../../src/lib/db/runner';
import { sql } from '../../../src/lib/db/sql';

function fakeConnection(rows = 3) {
	const asked: string[] = [];
	let fail = false;
	/** While set, every answer waits for it (questions in flight). */
	let gate: Promise<void> | null = null;
	const answer = async (text: string) => {
		asked.push(text);
		if (fail) throw new Error('no such table');
		return tableFromArrays({ n: Int32Array.from({ length: rows }, (_, i) => i) });
	};
	const conn = {
		query: (text: string) => (gate ? gate.then(() => answer(text)) : answer(text)),
		prepare: async (text: string) => ({ query: async (...params: unknown[]) => answer(`${text} ${JSON.stringify(params)}`) }),
		close: async () => undefined
	};
	return {
		conn,
		asked,
		failNext: (on: boolean) => (fail = on),
		hold: () => {
			let open = () => {};
			gate = new Promise<void>((r) => (open = r));
			return () => {
				gate = null;
				open();
			};
		}
	};
}

// The runner's constructor takes DuckDB-wasm's objects; the fake connection has the methods it calls.
const session = (conn: unknown) => ({ conn: conn as never, bytes: 0, alive: () => true, detach: async () => undefined });
const runner = (conn: unknown) => new WasmRunner(Promise.resolve(session(conn)));

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

	it('asks a query that answers two together once, and answers the second from memory', async () => {
		const c = fakeConnection(4);
		const r = runner(c.conn);
		const second = sql`SELECT n FROM hits`;
		const first = {
			...sql`SELECT n FROM counts`,
			together: {
				query: sql`SELECT n FROM counts_and_hits`,
				split: (rows: readonly Record<string, unknown>[]) => [
					{ query: sql`SELECT n FROM counts`, rows: rows.filter((x) => (x.n as number) < 2) },
					{ query: second, rows: rows.filter((x) => (x.n as number) >= 2) }
				]
			}
		};
		expect(await r.run(first)).toEqual([{ n: 0 }, { n: 1 }]);
		expect(await r.run(second)).toEqual([{ n: 2 }, { n: 3 }]);
		expect(await r.run(sql`SELECT n FROM counts`)).toEqual([{ n: 0 }, { n: 1 }]);
		expect(c.asked).toEqual(['SELECT n FROM counts_and_hits']);
	});

	it('takes a query part of a wider one from the wider answer once that is asked, and asks it itself before', async () => {
		const c = fakeConnection(4);
		const r = runner(c.conn);
		const wide = sql`SELECT n FROM all_hits`;
		const part = (k: number) => ({ ...sql`SELECT n FROM all_hits WHERE n = ${k}`, within: { query: wide, pick: (rows: readonly Record<string, unknown>[]) => rows.filter((x) => x.n === k) } });
		await r.run(part(0));
		expect(c.asked).toEqual(['SELECT n FROM all_hits WHERE n = ? [0]']);
		await r.run(wide);
		expect(await r.run(part(2))).toEqual([{ n: 2 }]);
		expect(await r.run(part(3))).toEqual([{ n: 3 }]);
		expect(c.asked).toEqual(['SELECT n FROM all_hits WHERE n = ? [0]', 'SELECT n FROM all_hits']);
	});

	it('asks a part itself when the wider answer it waited for failed', async () => {
		const asked: string[] = [];
		const conn = {
			query: async (text: string) => {
				asked.push(text);
				if (text === 'SELECT n FROM all_hits') throw new Error('out of memory');
				return tableFromArrays({ n: Int32Array.from([1]) });
			},
			prepare: async (text: string) => ({ query: async (...params: unknown[]) => (asked.push(`${text} ${JSON.stringify(params)}`), tableFromArrays({ n: Int32Array.from([1]) })) }),
			close: async () => undefined
		};
		const r = runner(conn);
		const wide = sql`SELECT n FROM all_hits`;
		const part = { ...sql`SELECT n FROM all_hits WHERE n = ${1}`, within: { query: wide, pick: () => [] } };
		const wider = r.run(wide);
		const own = r.run(part);
		await expect(wider).rejects.toThrow('out of memory');
		expect(await own).toEqual([{ n: 1 }]);
		expect(asked).toEqual(['SELECT n FROM all_hits', 'SELECT n FROM all_hits WHERE n = ? [1]']);
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

	it('gives identical questions asked at once one run and one answer', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		const release = c.hold();
		const a = r.run(sql`SELECT n FROM documents`);
		const b = r.run(sql`SELECT n FROM documents`);
		const other = r.run(sql`SELECT n FROM authors`);
		release();
		expect(await a).toBe(await b);
		await other;
		expect(c.asked).toEqual(['SELECT n FROM documents', 'SELECT n FROM authors']);
	});

	it('shares a failure with those waiting for it, then forgets it', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		c.failNext(true);
		const release = c.hold();
		const a = r.run(sql`SELECT n FROM facets`);
		const b = r.run(sql`SELECT n FROM facets`);
		release();
		await expect(a).rejects.toThrow('no such table');
		await expect(b).rejects.toThrow('no such table');
		expect(c.asked).toHaveLength(1);
		c.failNext(false);
		expect(await r.run(sql`SELECT n FROM facets`)).toHaveLength(3);
		expect(c.asked).toHaveLength(2);
	});

	it('answers what was given in advance before the database is attached, and makes every other question wait', async () => {
		const c = fakeConnection();
		let attach = (_: ReturnType<typeof session>) => {};
		const r = new WasmRunner(new Promise((resolve) => (attach = resolve)), async (ask) => void (await ask(sql`SELECT check`)));
		const given = [{ n: 0 }, { n: 1 }, { n: 2 }];
		expect(r.seed(sql`SELECT n FROM documents`, given)).toBe(true);
		expect(await r.run(sql`SELECT n FROM documents`)).toBe(given);
		let other: unknown = null;
		const waiting = r.run(sql`SELECT n FROM authors`).then((rows) => (other = rows));
		await new Promise((t) => setTimeout(t, 10));
		expect(other).toBeNull();
		expect(c.asked).toEqual([]);
		attach(session(c.conn));
		expect(await r.ready).toBe(true);
		await waiting;
		expect(other).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
		// The check, then the answer given in advance compared with the database's, before the question that waited.
		expect(c.asked).toEqual(['SELECT check', 'SELECT n FROM documents', 'SELECT n FROM authors']);
		expect(await r.run(sql`SELECT n FROM documents`)).toBe(given);
		// Too late to give an answer in advance: it could not be checked before the views' questions.
		expect(r.seed(sql`SELECT n FROM meta`, [])).toBe(false);
	});

	it('lets every answer given in advance go, before any other question runs, when one is not the database’s', async () => {
		const c = fakeConnection();
		const r = new WasmRunner(Promise.resolve(session(c.conn)).then(async (s) => (await new Promise((t) => setTimeout(t, 5)), s)));
		r.seed(sql`SELECT n FROM documents`, [{ n: 0 }, { n: 1 }, { n: 2 }]);
		r.seed(sql`SELECT n FROM authors`, [{ n: 0 }, { n: 1 }, { n: 9 }]);
		const later = r.run(sql`SELECT n FROM words`);
		expect(await r.ready).toBe(false);
		await later;
		expect(await r.run(sql`SELECT n FROM authors`)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
		expect(c.asked).toEqual(['SELECT n FROM documents', 'SELECT n FROM authors', 'SELECT n FROM words', 'SELECT n FROM authors']);
	});

	it('asks the database the answers given unchecked once it is ready, each only while no other question waits', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		const rows = [{ n: 0 }, { n: 1 }, { n: 2 }];
		r.seed(sql`SELECT n FROM documents`, rows);
		r.seed(sql`SELECT n FROM lengths`, rows, false);
		r.seed(sql`SELECT n FROM counts`, rows, false);
		expect(await r.ready).toBe(true);
		// A question of the user's in flight when the check begins: the check waits for its answer.
		const open = c.hold();
		const users = r.run(sql`SELECT n FROM words`);
		const checked = r.checkGiven();
		await new Promise((t) => setTimeout(t, 20));
		// (The fake records a question once its answer is let through.)
		expect(c.asked).toEqual(['SELECT n FROM documents']);
		open();
		await users;
		expect(await checked).toBe(true);
		expect(c.asked).toEqual(['SELECT n FROM documents', 'SELECT n FROM words', 'SELECT n FROM lengths', 'SELECT n FROM counts']);
		// Checked answers stay: the views ask nothing again.
		expect(await r.run(sql`SELECT n FROM counts`)).toBe(rows);
		expect(c.asked).toHaveLength(4);
		// Asked once: a second check asks nothing.
		expect(await r.checkGiven()).toBe(true);
		expect(c.asked).toHaveLength(4);
	});

	it('forgets every answer when one given unchecked is not the database’s', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		r.seed(sql`SELECT n FROM documents`, [{ n: 0 }, { n: 1 }, { n: 2 }]);
		r.seed(sql`SELECT n FROM lengths`, [{ n: 0 }, { n: 1 }, { n: 7 }], false);
		r.seed(sql`SELECT n FROM counts`, [{ n: 0 }, { n: 1 }, { n: 2 }], false);
		expect(await r.ready).toBe(true);
		expect(await r.checkGiven()).toBe(false);
		// Stopped at the first that differs; every answer is the database's from now on.
		expect(c.asked).toEqual(['SELECT n FROM documents', 'SELECT n FROM lengths']);
		expect(await r.run(sql`SELECT n FROM counts`)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
		expect(await r.run(sql`SELECT n FROM lengths`)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
		expect(c.asked).toEqual(['SELECT n FROM documents', 'SELECT n FROM lengths', 'SELECT n FROM counts', 'SELECT n FROM lengths']);
	});

	it('says the check stopped, not that it agreed, when the runner is closed before the end', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		r.seed(sql`SELECT n FROM documents`, [{ n: 0 }, { n: 1 }, { n: 2 }]);
		r.seed(sql`SELECT n FROM lengths`, [{ n: 0 }, { n: 1 }, { n: 2 }], false);
		expect(await r.ready).toBe(true);
		const checked = r.checkGiven();
		void r.close();
		expect(await checked).toBeNull();
		expect(c.asked).toEqual(['SELECT n FROM documents']);
	});

	it('has nothing to check when the summary was not the database’s (every answer given was let go)', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		r.seed(sql`SELECT n FROM documents`, [{ n: 5 }]);
		r.seed(sql`SELECT n FROM lengths`, [{ n: 0 }, { n: 1 }, { n: 2 }], false);
		expect(await r.ready).toBe(false);
		expect(await r.checkGiven()).toBe(true);
		expect(c.asked).toEqual(['SELECT n FROM documents']);
	});

	it('fails to open when its check fails, and every waiting question with it', async () => {
		const c = fakeConnection();
		const r = new WasmRunner(Promise.resolve(session(c.conn)), async () => {
			throw new Error('not a Tribune corpus');
		});
		const q = r.run(sql`SELECT n FROM documents`);
		await expect(r.ready).rejects.toThrow('not a Tribune corpus');
		await expect(q).rejects.toThrow('not a Tribune corpus');
		expect(c.asked).toEqual([]);
	});
	it('once attached, puts a question to the engine in the task that asks it (a statement prepared before, too)', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		await r.ready;
		const first = r.run(sql`SELECT n FROM documents WHERE n > ${0}`);
		await first;
		// Nothing awaited between asking and the engine's call: the engine works while the page goes on drawing.
		void r.run(sql`SELECT n FROM documents`);
		void r.run(sql`SELECT n FROM documents WHERE n > ${1}`);
		expect(c.asked).toEqual(['SELECT n FROM documents WHERE n > ? [0]', 'SELECT n FROM documents', 'SELECT n FROM documents WHERE n > ? [1]']);
	});

	it('marks when the engine is first asked and when it has answered every question (the bench waits for the idle mark)', async () => {
		const c = fakeConnection();
		const r = runner(c.conn);
		await r.ready;
		const marks = () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('tribune:engine-')).map((m) => m.name.slice(15));
		performance.clearMarks();
		const open = c.hold();
		const both = Promise.all([r.run(sql`SELECT n FROM documents`), r.run(sql`SELECT n FROM sentences`)]);
		expect(marks()).toEqual(['asking']);
		open();
		await both;
		expect(marks()).toEqual(['asking', 'idle']);
	});
});
