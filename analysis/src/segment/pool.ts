// Cleaning and segmenting per document, in lanes (each with its own wink reader) hosted by worker threads (worker.ts)
// or by this thread: the same functions either way, so that both give the same rows (tests/unit/pipeline/lanes.test.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CleanDocument, RawDocument } from '../types';
import { cleanDocument, type Vocabulary } from '../clean/index';
import { segmentToFiles, type SegmentJob, type SegmentOutcome } from './work';
import type { WorkerReply, WorkerRequest } from './worker';
import { createReader, type Reader } from './nlp';

export interface DocumentWork {
	/** How many documents to hand over before awaiting the first: enough to keep every thread busy. */
	readonly ahead: number;
	setCleanVocabulary(vocabulary: Vocabulary): void;
	clean(doc: RawDocument): Promise<CleanDocument>;
	setCorpusVocabulary(words: Set<string>): void;
	/** Segments the `document`-th document of the corpus (its lane: see laneOf). */
	segment(job: SegmentJob, document: number): Promise<SegmentOutcome>;
	close(): Promise<void>;
}

/**
 * Lanes. wink learns every word it reads that its lexicon lacks, and a learned word changes how the same instance reads
 * later texts (see Reader in nlp.ts: a `President's` read whole once is read whole from then on). So a document's rows
 * depend on the documents its wink instance read before it. To make them depend on the corpus alone, never on the
 * machine, a corpus is read in lanes: their number is fixed by the corpus's size (lanesFor), document k goes to lane
 * k mod lanes, and each lane reads its documents in corpus order with a wink instance of its own. Threads only host
 * lanes: worker w hosts the lanes l with l mod workers = w (each lane its own reader, so one thread may host several),
 * and one thread hosts them all when no workers pay (one core, a small corpus, or `workers: 0`). One thread and any
 * number of workers thus give the same database (tests/unit/pipeline/lanes.test.ts).
 */

/**
 * Characters of text per lane: a lane costs a wink instance (~1 s to make; a worker thread hosting it also loads its
 * own model, ~150 MB), which a small corpus does not repay. The default corpus (0.23 M characters) gets one lane.
 */
const CHARACTERS_PER_LANE = 250_000;

/**
 * At most two lanes, whatever the corpus: more lanes would let more cores work, but each costs a wink instance in
 * every run, also on a machine with fewer cores, where threads host several lanes each.
 */
const MAX_LANES = 2;

/**
 * The lanes for a corpus of this many characters and documents: by the corpus only, so that any machine writes the
 * same rows (never more lanes than documents: a lane without one would cost a worker for nothing).
 */
export function lanesFor(characters: number, documents = Infinity): number {
	return Math.max(1, Math.min(MAX_LANES, documents, Math.floor(characters / CHARACTERS_PER_LANE)));
}

/** The worker threads that host `lanes` lanes on this machine: 0 means this thread (a single worker does not pay). */
export function threadsFor(lanes: number, cores = availableParallelism()): number {
	const n = Math.min(cores, lanes);
	return n >= 2 ? n : 0;
}

/** The worker threads for a corpus of this many characters (threadsFor its lanesFor; the bench's figure). */
export function workersFor(characters: number, cores = availableParallelism()): number {
	return threadsFor(lanesFor(characters), cores);
}

/** The lane of the `document`-th document. */
export const laneOf = (document: number, lanes: number) => document % lanes;

/** Each lane's reader, made on first use (a thread makes only those of the lanes it hosts). */
export function laneReaders(): (lane: number) => Reader {
	const readers = new Map<number, Reader>();
	return (lane) => {
		let r = readers.get(lane);
		if (r === undefined) readers.set(lane, (r = createReader()));
		return r;
	};
}

/** Every lane on this thread, one document at a time, yielding between documents so that signals and DuckDB's replies get in. */
export function inProcess(lanes: number): DocumentWork {
	let cleanVocabulary: Vocabulary | null = null;
	let corpusVocabulary: Set<string> | null = null;
	const readerOf = laneReaders();
	const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
	return {
		ahead: 1,
		setCleanVocabulary: (v) => void (cleanVocabulary = v),
		setCorpusVocabulary: (w) => void (corpusVocabulary = w),
		async clean(doc) {
			await turn();
			return cleanDocument(doc, cleanVocabulary!);
		},
		async segment(job, document) {
			await turn();
			return segmentToFiles(job, corpusVocabulary!, readerOf(laneOf(document, lanes)));
		},
		async close() {}
	};
}

interface Waiting {
	resolve(value: unknown): void;
	reject(error: unknown): void;
}

/**
 * `n` worker threads hosting `lanes` lanes (n ≤ lanes): a document goes to the worker of its lane, with its lane's
 * number; a worker answers its messages in the order they came, so each lane reads its documents in corpus order.
 * Cleaning uses no wink: it is dealt in turn.
 */
export function workerPool(n: number, lanes: number): DocumentWork {
	// A JavaScript entry that registers tsx in the thread: a worker does not inherit the main thread's loaders.
	const url = new URL('./worker.mjs', import.meta.url);
	const waiting = new Map<number, Waiting>();
	const load = new Map<Worker, Set<number>>();
	let nextId = 0;
	let turn = 0;
	let failed: Error | null = null;
	const failAll = (e: Error) => {
		failed ??= e;
		for (const w of waiting.values()) w.reject(e);
		waiting.clear();
	};
	const workers = Array.from({ length: n }, () => {
		const w = new Worker(url);
		load.set(w, new Set());
		w.on('message', (m: WorkerReply) => {
			const job = waiting.get(m.id);
			waiting.delete(m.id);
			load.get(w)!.delete(m.id);
			if (!job) return;
			if ('error' in m) job.reject(Object.assign(new Error(m.error.message), { stack: m.error.stack }));
			else job.resolve(m.result);
		});
		w.on('error', (e) => failAll(e));
		w.on('exit', (code) => {
			if (load.get(w)!.size) failAll(new Error(`a pipeline worker stopped (exit code ${code}) with documents still to do`));
		});
		return w;
	});
	const broadcast = (m: WorkerRequest) => workers.forEach((w) => w.postMessage(m));
	if (n < 1 || n > lanes) throw new Error(`workerPool: ${n} workers for ${lanes} lanes (a worker hosts one lane or more)`);
	const send = <T>(w: Worker, make: (id: number) => WorkerRequest): Promise<T> => {
		if (failed) return Promise.reject(failed);
		const id = nextId++;
		load.get(w)!.add(id);
		return new Promise<T>((resolve, reject) => {
			waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
			w.postMessage(make(id));
		});
	};
	return {
		ahead: 2 * n,
		setCleanVocabulary: (vocabulary) => broadcast({ type: 'clean-vocabulary', vocabulary }),
		setCorpusVocabulary: (words) => broadcast({ type: 'corpus-vocabulary', words: [...words] }),
		clean: (doc) => send<CleanDocument>(workers[turn++ % n], (id) => ({ type: 'clean', id, doc })),
		segment: (job, document) => {
			const lane = laneOf(document, lanes);
			return send<SegmentOutcome>(workers[lane % n], (id) => ({ type: 'segment', id, job, lane }));
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		}
	};
}

/**
 * Runs `work` on each item with up to `ahead` under way, and hands the results to `take` in the items' order (awaiting
 * it before the next: the writer's back-pressure).
 */
export async function inOrder<T, R>(items: readonly T[], ahead: number, work: (item: T, i: number) => Promise<R>, take: (result: R, i: number) => Promise<void> | void): Promise<void> {
	const started: Promise<R>[] = [];
	const start = (i: number) => {
		if (i < items.length) {
			const p = work(items[i], i);
			// Handled when its turn comes; this only keeps an early failure from being reported as unhandled.
			p.catch(() => {});
			started[i] = p;
		}
	};
	for (let i = 0; i < Math.max(1, ahead); i++) start(i);
	for (let i = 0; i < items.length; i++) {
		const result = await started[i];
		delete started[i];
		start(i + Math.max(1, ahead));
		await take(result, i);
	}
}
