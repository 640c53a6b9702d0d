// The keyword contrast off the main thread: the per-document counts are handed over once per corpus and counting,
// then each selection change sends its groups and gets the contrast back as columns (contrast-later.ts). The same
// function as on the main thread (contrastColumns): the same numbers.
import { columnBuffers, contrastColumns, type ContrastColumns, type RankedStatistic } from './contrast-counts';
import type { ContrastOptions } from '../db/queries/contrasts';

export interface CountsMessage {
	kind: 'counts';
	/** Which counts these are: the jobs name them. */
	key: number;
	offsets: Int32Array;
	docs: Int32Array;
	counts: Int32Array;
	nWords: Float64Array;
	order: Int32Array;
}

export interface ContrastJob {
	kind: 'job';
	id: number;
	key: number;
	side: Uint8Array;
	options: ContrastOptions;
	stop: Uint8Array | null;
	ranked: readonly RankedStatistic[];
}

export type ContrastAnswer = { id: number; cols: ContrastColumns | null } | { id: number; error: string };

let held: CountsMessage | null = null;

self.onmessage = (e: MessageEvent<CountsMessage | ContrastJob>) => {
	const m = e.data;
	if (m.kind === 'counts') return void (held = m);
	try {
		if (!held || held.key !== m.key) throw new Error('the contrast worker has not been given these counts');
		const cols = contrastColumns(held, held.nWords, m.side, m.options, m.stop, held.order, m.ranked);
		self.postMessage({ id: m.id, cols } satisfies ContrastAnswer, { transfer: cols ? columnBuffers(cols) : [] });
	} catch (error) {
		self.postMessage({ id: m.id, error: error instanceof Error ? error.message : String(error) } satisfies ContrastAnswer);
	}
};
