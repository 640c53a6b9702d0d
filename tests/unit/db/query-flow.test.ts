// QueryFlow with a fake runner whose answers the test releases in any order: stale answers are dropped, failures (also
// of building the query) become errors, and the busy count covers exactly the time from asking to drawing. (Identical
// queries asked at once share one run in the runner itself: runner-memo.test.ts.)
import { describe, expect, it } from 'vitest';
import { QueryFlow, type BusyCounter, type QuerySink } from '../../../src/lib/db/query-flow';
import type { Query, QueryRunner } from '../../../src/lib/db/sql';

type Row = { v: string };

/** A runner whose every run waits until the test resolves or rejects it. */
class FakeRunner implements QueryRunner {
	calls: { q: Query; resolve: (rows: Row[]) => void; reject: (e: Error) => void }[] = [];
	run<T extends Record<string, unknown>>(q: Query): Promise<T[]> {
		return new Promise<T[]>((resolve, reject) => this.calls.push({ q, resolve: resolve as unknown as (rows: Row[]) => void, reject }));
	}
}

/** A sink as plain functions (QuerySink's `pending` is a method). */
function sink() {
	const s = { log: [] as string[], rows: null as Row[] | null, error: null as Error | null, pending: false };
	const out: QuerySink<Row> & { s: typeof s } = {
		s,
		pending: () => {
			s.pending = true;
			s.log.push('pending');
		},
		answer: (rows) => {
			s.rows = rows;
			s.error = null;
			s.pending = false;
			s.log.push('answer:' + rows.map((r) => r.v).join(','));
		},
		failed: (e) => {
			s.error = e;
			s.pending = false;
			s.log.push('failed:' + e.message);
		},
		idle: () => {
			s.rows = null;
			s.pending = false;
			s.log.push('idle');
		}
	};
	return out;
}

class Counter implements BusyCounter {
	count = 0;
	errors = new Map<object, Error>();
	begin() {
		this.count++;
		return () => void this.count--;
	}
	report(client: object, e: Error | null) {
		if (e) this.errors.set(client, e);
		else this.errors.delete(client);
	}
}

const q = (sql: string, ...params: string[]): Query => ({ sql, params });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('QueryFlow', () => {
	it('drops a slow old answer that arrives after a fast new one', async () => {
		const runner = new FakeRunner();
		const out = sink();
		const flow = new QueryFlow<Row>(runner, out);
		flow.ask(() => q('SELECT ?', 'old'));
		flow.ask(() => q('SELECT ?', 'new'));
		expect(runner.calls).toHaveLength(2);
		runner.calls[1].resolve([{ v: 'new' }]);
		await settle();
		runner.calls[0].resolve([{ v: 'old' }]);
		await settle();
		expect(out.s.rows).toEqual([{ v: 'new' }]);
		expect(out.s.log).toEqual(['pending', 'pending', 'answer:new']);
	});

	it('drops an old answer even when the new one is still pending', async () => {
		const runner = new FakeRunner();
		const out = sink();
		const flow = new QueryFlow<Row>(runner, out);
		flow.ask(() => q('SELECT 1'));
		flow.ask(() => q('SELECT 2'));
		runner.calls[0].resolve([{ v: 'one' }]);
		await settle();
		expect(out.s.rows).toBeNull();
		expect(out.s.pending).toBe(true);
		runner.calls[1].reject(new Error('late failure'));
		await settle();
		expect(out.s.error?.message).toBe('late failure');
	});

	it('does not ask the same query twice, but asks again after a failure', async () => {
		const runner = new FakeRunner();
		const flow = new QueryFlow<Row>(runner, sink());
		flow.ask(() => q('SELECT 1'));
		flow.ask(() => q('SELECT 1'));
		expect(runner.calls).toHaveLength(1);
		runner.calls[0].reject(new Error('boom'));
		await settle();
		flow.ask(() => q('SELECT 1'));
		expect(runner.calls).toHaveLength(2);
	});

	it('turns a query that cannot be built into an error for the view, not an exception', () => {
		const runner = new FakeRunner();
		const out = sink();
		const busy = new Counter();
		const flow = new QueryFlow<Row>(runner, out, busy);
		expect(() =>
			flow.ask(() => {
				throw new Error('Text with a NUL character cannot be used in a query');
			})
		).not.toThrow();
		expect(out.s.error?.message).toMatch(/NUL/);
		expect(busy.count).toBe(0);
		expect([...busy.errors.values()].map((e) => e.message)).toEqual(['Text with a NUL character cannot be used in a query']);
		expect(runner.calls).toHaveLength(0);
	});

	it('turns a runner that throws at once into an error', async () => {
		const out = sink();
		const flow = new QueryFlow<Row>(
			{
				run() {
					throw new Error('Conversion Error: bad');
				}
			},
			out
		);
		flow.ask(() => q('SELECT 1'));
		await settle();
		expect(out.s.error?.message).toBe('Conversion Error: bad');
		expect(out.s.pending).toBe(false);
	});

	it('keeps its region busy from asking until the answer is drawn, and not for a superseded query', async () => {
		const runner = new FakeRunner();
		const busy = new Counter();
		const draws: (() => void)[] = [];
		const flow = new QueryFlow<Row>(runner, sink(), busy, (then) => draws.push(then));
		flow.ask(() => q('SELECT 1'));
		expect(busy.count).toBe(1);
		flow.ask(() => q('SELECT 2'));
		expect(busy.count).toBe(1);
		runner.calls[1].resolve([{ v: 'two' }]);
		await settle();
		expect(busy.count).toBe(1); // answered, not yet drawn
		draws.forEach((d) => d());
		expect(busy.count).toBe(0);
		runner.calls[0].resolve([{ v: 'one' }]);
		await settle();
		expect(busy.count).toBe(0);
		flow.ask(() => q('SELECT 3'));
		flow.stop();
		expect(busy.count).toBe(0);
	});

	it('reports an error to the region and clears it with the next answer', async () => {
		const runner = new FakeRunner();
		const busy = new Counter();
		const flow = new QueryFlow<Row>(runner, sink(), busy);
		flow.ask(() => q('SELECT 1'));
		runner.calls[0].reject(new Error('boom'));
		await settle();
		expect(busy.errors.size).toBe(1);
		flow.ask(() => q('SELECT 2'));
		runner.calls[1].resolve([]);
		await settle();
		expect(busy.errors.size).toBe(0);
		expect(busy.count).toBe(0);
	});
});
