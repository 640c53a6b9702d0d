// Progress while analysing: a bar on a terminal (documents, words, rate); silent otherwise, the summary says it all.
import cliProgress from 'cli-progress';
import type { AnalyzeHooks } from './pipeline';

export interface Progress extends AnalyzeHooks {
	stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
	if (!stream.isTTY) return { stop() {} };
	const bar = new cliProgress.SingleBar(
		{
			stream,
			format: 'analysing {bar} {value}/{total} documents | {words} words | {rate} words/s',
			hideCursor: true,
			clearOnComplete: true
		},
		cliProgress.Presets.shades_classic
	);
	let words = 0;
	let started = 0;
	return {
		onStart(documents) {
			started = performance.now();
			bar.start(documents, 0, { words: 0, rate: 0 });
			bar.render();
		},
		onDocument(doc) {
			words += doc.n_words;
			const secs = (performance.now() - started) / 1000;
			bar.increment(1, { words: words.toLocaleString('en-US'), rate: Math.round(words / Math.max(secs, 1e-3)).toLocaleString('en-US') });
			// Tagging keeps this thread busy, so the bar's own redraw timer would not fire before the end.
			bar.render();
		},
		stop() {
			bar.stop();
		}
	};
}
