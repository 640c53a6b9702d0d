// Progress while analysing: a bar on a terminal that advances through every stage (cleaning, segmenting, writing),
// with words and rate while segmenting; silent otherwise, the summary says it all.
import cliProgress from 'cli-progress';
import type { AnalyzeHooks, StageName } from './pipeline';

export interface Progress extends AnalyzeHooks {
	stop(): void;
}

/** The bar's unit in each stage. */
const UNITS: Record<StageName, string> = { cleaning: 'documents', segmenting: 'documents', writing: 'steps' };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
	if (!stream.isTTY) return { stop() {} };
	const bar = new cliProgress.SingleBar(
		{
			stream,
			format: '{stage} {bar} {value}/{total} {unit}{detail}',
			hideCursor: true,
			clearOnComplete: true
		},
		cliProgress.Presets.shades_classic
	);
	let words = 0;
	let started = 0;
	let running = false;
	const num = (n: number) => n.toLocaleString('en-US');
	return {
		onStage(stage, steps) {
			const payload = { stage: stage.padEnd(10), unit: UNITS[stage], detail: '' };
			if (stage === 'segmenting') started = performance.now();
			if (running) bar.setTotal(steps);
			else bar.start(steps, 0, payload);
			running = true;
			bar.update(0, payload);
			bar.render();
		},
		onStep(n) {
			if (n === undefined) bar.increment(1);
			else {
				words += n;
				const secs = (performance.now() - started) / 1000;
				bar.increment(1, { detail: ` | ${num(words)} words | ${num(Math.round(words / Math.max(secs, 1e-3)))} words/s` });
			}
			// The bar's own redraw timer may not fire while this thread is busy.
			bar.render();
		},
		stop() {
			if (running) bar.stop();
			running = false;
		}
	};
}
