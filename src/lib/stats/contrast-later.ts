// The keyword contrast computed in a Web Worker, so that a selection change draws the other views meanwhile (on the
// State of the Union, 14,500 terms over 395,000 document-term pairs: ~40 ms of the main thread, and as much again in
// garbage when every row was an object). The answer comes back as columns, handed over without copying; the view
// makes objects only of the rows it shows. One job runs at a time: a job asked while another runs waits, and a newer
// one replaces it (a brushed selection asks many); a cancelled job's answer is never given. Without Worker (Node),
// the same function runs in a task of its own.
import type { ContrastOptions } from '../db/queries/contrasts';
import { contrastColumns, groupSizes, RANKED, type ContrastColumns, type RankedStatistic, type TermCounts } from './contrast-counts';
import type { ContrastAnswer, ContrastJob, CountsMessage } from './contrast.worker';
import { inAnotherTask, type Later } from './later';

export interface ContrastInputs {
	index: TermCounts;
	/** Each document's words, in the index's document order. */
	nWords: Float64Array;
	/** termOrder of the index's terms. */
	order: Int32Array;
	side: Uint8Array;
	options: ContrastOptions;
	stop: Uint8Array | null;
	/** The statistics to rank at once (default all; the view asks for the one it shows, rankOf makes the others). */
	ranked?: readonly RankedStatistic[];
}

interface Waiting {
	inputs: ContrastInputs;
	resolve: (cols: ContrastColumns | null) => void;
	reject: (e: Error) => void;
}

let worker: Worker | null = null;
/** The counts the worker holds (by identity of the index), and their key. */
let given: { index: TermCounts; key: number } | null = null;
let nextKey = 1;
let nextId = 1;
/** The job the worker is working on, and the one waiting for it (the latest asked). */
let running: ({ id: number } & Waiting) | null = null;
let queued: ({ id: number } & Waiting) | null = null;

function theWorker(): Worker {
	if (worker) return worker;
	const w = new Worker(new URL('./contrast.worker.ts', import.meta.url), { type: 'module' });
	w.onmessage = (e: MessageEvent<ContrastAnswer>) => {
		const job = running;
		running = null;
		if (job && job.id === e.data.id) {
			if ('error' in e.data) job.reject(new Error(e.data.error));
			else job.resolve(e.data.cols);
		}
		next();
	};
	w.onerror = (e) => {
		e.preventDefault();
		const failed = [running, queued];
		running = queued = null;
		worker?.terminate();
		worker = given = null;
		for (const job of failed) job?.reject(new Error(`The contrast worker failed: ${e.message}`));
	};
	return (worker = w);
}

function next(): void {
	if (running || !queued) return;
	const job = (running = queued);
	queued = null;
	const w = theWorker();
	const { index, nWords, order, side, options, stop, ranked = RANKED } = job.inputs;
	if (given?.index !== index) {
		given = { index, key: nextKey++ };
		// Copies: the page keeps its own (the export and the labels read the terms' counts there).
		const counts: CountsMessage = { kind: 'counts', key: given.key, offsets: index.offsets.slice(), docs: index.docs.slice(), counts: index.counts.slice(), nWords: nWords.slice(), order: order.slice() };
		w.postMessage(counts, [counts.offsets.buffer, counts.docs.buffer, counts.counts.buffer, counts.nWords.buffer, counts.order.buffer]);
	}
	const message: ContrastJob = { kind: 'job', id: job.id, key: given.key, side, options: { ...options }, stop, ranked: [...ranked] };
	w.postMessage(message);
}

/** contrastColumns of the inputs, computed in the worker (see above). */
export function contrastLater(inputs: ContrastInputs): Later<ContrastColumns | null> {
	// Without a worker, or with a group without words (no contrast, as at the default address), in a task: starting a
	// worker on a cold load costs ~100 ms while the engine starts on the other core.
	if (typeof Worker === 'undefined' || groupSizes(inputs.nWords, inputs.side).some((g) => !(g.words > 0)))
		return inAnotherTask(() => contrastColumns(inputs.index, inputs.nWords, inputs.side, inputs.options, inputs.stop, inputs.order, inputs.ranked));
	const id = nextId++;
	const result = new Promise<ContrastColumns | null>((resolve, reject) => {
		queued = { id, inputs, resolve, reject };
	});
	next();
	return {
		result,
		cancel: () => {
			if (queued?.id === id) queued = null;
			// A running job finishes (the worker holds the counts; stopping it would send them again): its answer is dropped.
			if (running?.id === id) running = { ...running, resolve: () => {}, reject: () => {} };
		}
	};
}
