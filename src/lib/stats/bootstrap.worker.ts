// The bootstrap interval off the main thread: a selection change draws its medians, boxes and histograms first and
// the interval follows (bootstrap-later.ts). The same function, seed and data as on the main thread: the same numbers.
import { bootstrapMedianDifference, type BootstrapOptions } from './bootstrap';

export interface BootstrapJob {
	id: number;
	a: Float64Array;
	b: Float64Array;
	options: BootstrapOptions;
}

self.onmessage = (e: MessageEvent<BootstrapJob>) => {
	const { id, a, b, options } = e.data;
	try {
		self.postMessage({ id, interval: bootstrapMedianDifference(a, b, options) });
	} catch (error) {
		self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
};
