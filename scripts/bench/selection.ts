// `npm run bench` figures for a change of the shared selection: in headless Chromium, the time from a click on a
// timeline mark (group A becomes that document) to each view that follows the selection redrawn — the
// sentence-length view, and the keyword-contrast view when the page has it — over many clicks: median (min–max)
// and p95. A view says it has drawn by changing its `data-drawn` attribute once its charts are on screen; the timing
// runs inside the page, so no DevTools round trip is counted.
import { percentile, summarise, type BenchOptions, type Figure } from './figure';
import { openBenchPage } from './page';

/** The views timed, by the element that carries their `data-drawn` key. */
const VIEWS = [
	{ name: 'sentence-length view', selector: '[data-testid="sentence-lengths"]' },
	{ name: 'keyword-contrast view', selector: '[data-testid="contrasts"]' }
];

// Runs in the page. Plain text, not a function: tsx would wrap a function's inner names in a helper (__name)
// that does not exist in the page. Clicks mark `index`, resolves with each view's time to redraw (null: the view
// is not on the page; a view that does not redraw within 30 s fails the run).
const TIME_SELECTION = `async function (selectors, index) {
	const marks = document.querySelectorAll('[data-testid="timeline-mark"]');
	const views = selectors.map((s) => document.querySelector(s));
	const before = views.map((v) => (v ? v.getAttribute('data-drawn') : null));
	const t0 = performance.now();
	marks[index % marks.length].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
	const done = views.map((v) => (v ? NaN : null));
	await new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new Error('a view was not redrawn within 30 s of selecting mark ' + index)), 30000);
		function check() {
			views.forEach((v, k) => {
				if (v && Number.isNaN(done[k]) && (v.getAttribute('data-drawn') || '') !== (before[k] || '') && v.getAttribute('data-drawn')) done[k] = performance.now() - t0;
			});
			if (done.every((x) => x === null || !Number.isNaN(x))) {
				clearTimeout(limit);
				resolve();
			} else requestAnimationFrame(check);
		}
		check();
	});
	return done;
}`;

export interface SelectionBenchOptions extends BenchOptions {
	/** How many selection changes to time. */
	changes?: number;
	site?: string;
}

export async function benchSelection(opts: SelectionBenchOptions, emit: (f: Figure) => void): Promise<void> {
	const { page, done } = await openBenchPage(opts, '[data-testid="sentence-lengths"][data-state="ready"]', opts.site);
	try {
		const selectors = VIEWS.map((v) => `${v.selector}[data-drawn]`);
		const present = (await page.evaluate(`(${JSON.stringify(selectors)}).map((s) => !!document.querySelector(s))`)) as boolean[];
		const marks = (await page.evaluate(`document.querySelectorAll('[data-testid="timeline-mark"]').length`)) as number;
		if (marks < 2) throw new Error('bench: the selection figures need at least two documents on the timeline');
		const n = opts.changes ?? 40;
		const times: number[][] = VIEWS.map(() => []);
		// One warm-up change (first queries compile and cache), not counted. Each click selects another document.
		for (let i = -1; i < n; i++) {
			const t = (await page.evaluate(`(${TIME_SELECTION})(${JSON.stringify(selectors)}, ${i + 1})`)) as (number | null)[];
			if (i >= 0) t.forEach((ms, k) => ms !== null && times[k].push(ms));
		}
		VIEWS.forEach((v, k) => {
			if (!present[k]) return console.error(`bench: no ${v.name} on the page (${v.selector} with data-drawn); its selection figure is skipped.`);
			emit(summarise(`selection change → ${v.name} redrawn (median)`, 'ms', times[k]));
			emit({ name: `selection change → ${v.name} redrawn (p95)`, value: percentile(times[k], 95), unit: 'ms', runs: times[k].length });
		});
	} finally {
		await done();
	}
}
