// The bootstrap interval off the main thread: a selection change draws its medians, boxes and histograms first and
// the interval follows (bootstrap-later.ts). The same function, seed and data as on the main thread: the same numbers.
import { bootstrapTallies, type BootstrapOptions } from './bootstrap';
import type { Tally } from './tally';

export interface BootstrapJob {
	id: number;
	a: Tally;
	b: Tally;
	options: BootstrapOptions;
}

self.onmessage = (e: MessageEvent<BootstrapJob>) => {
	const { id, a, b, options } = e.data;
	try {
		self.postMessage({ id, interval: bootstrapTallies(a, b, options) });
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
