// The bootstrap interval computed later, so that it never delays the charts: in a Web Worker where the browser has
// one (2,000 resamples of two groups cost a few hundred milliseconds on a busy machine), else in a task of its own
// after the current one. A job can be cancelled when the selection changes again: its answer is then never given,
// and a worker still busy with it is stopped (a new one starts for the next job).
import { bootstrapTallies, type BootstrapInterval, type BootstrapOptions } from './bootstrap';
import type { Tally } from './tally';
import type { BootstrapJob } from './bootstrap.worker';
import { inAnotherTask, type Later } from './later';

type Answer = { id: number; interval: BootstrapInterval } | { id: number; error: string };

let worker: Worker | null = null;
let running = 0;
let nextId = 1;
const waiting = new Map<number, { resolve: (i: BootstrapInterval) => void; reject: (e: Error) => void }>();

function theWorker(): Worker {
	if (worker) return worker;
	const w = new Worker(new URL('./bootstrap.worker.ts', import.meta.url), { type: 'module' });
	w.onmessage = (e: MessageEvent<Answer>) => {
		const job = waiting.get(e.data.id);
		running = Math.max(0, running - 1);
		if (!job) return;
		waiting.delete(e.data.id);
		if ('error' in e.data) job.reject(new Error(e.data.error));
		else job.resolve(e.data.interval);
	};
	w.onerror = (e) => {
		e.preventDefault();
		for (const job of waiting.values()) job.reject(new Error(`The bootstrap worker failed: ${e.message}`));
		waiting.clear();
		stop();
	};
	return (worker = w);
}

function stop(): void {
	worker?.terminate();
	worker = null;
	running = 0;
}

/** The interval of bootstrapTallies(a, b, options), computed later (see above). */
export function bootstrapLater(a: Tally, b: Tally, options: BootstrapOptions = {}): Later<BootstrapInterval> {
	if (typeof Worker === 'undefined') return inAnotherTask(() => bootstrapTallies(a, b, options));
	const id = nextId++;
	const result = new Promise<BootstrapInterval>((resolve, reject) => waiting.set(id, { resolve, reject }));
	// The tallies are copied (structured clone), not handed over: the view keeps its own. A few hundred values each.
	const job: BootstrapJob = { id, a, b, options };
	running++;
	theWorker().postMessage(job);
	return {
		result,
		cancel: () => {
			if (!waiting.delete(id)) return;
			// The worker works on one job at a time: if no other job waits, stopping it is the quickest way to drop this one.
			if (waiting.size === 0 && running > 0) stop();
		}
	};
}
