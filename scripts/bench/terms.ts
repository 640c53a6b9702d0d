// `npm run bench` figures for term trajectories: in headless Chromium, the time from entering a new term to both
// term charts (across the corpus, and inside one document) redrawn, over many terms: median (min–max) and p95.
// The page marks each redraw (performance marks `tribune:trajectory-drawn` and `tribune:profile-drawn`, and the
// charts' `data-drawn` attributes); timing runs inside the page, so no DevTools round trip is counted.
import { percentile, summarise, type BenchOptions, type Figure } from './figure';
import { openBenchPage } from './page';

/** New terms, one after another: common and rare words, phrases and wildcards (each differs from the last). */
const BENCH_TERMS = [
	'party', 'workers', 'revolution*', 'class', 'the working class', 'armed uprising', 'strike', 'soviet power', 'bourgeoisie',
	'masses', 'war', 'peace', 'organisation', 'committee', 'struggle', 'discipline', 'proletariat', 'democra*', 'land', 'bread',
	'army', 'soldiers', 'peasant*', 'moscow', 'petrograd', 'capitalism', 'social-democratic', 'socialism', 'state', 'power',
	'the revolution', 'barricade*', 'government', 'constituent assembly', 'comrade*', 'history', 'railway*', 'factory', 'russia', 'europe'
];

// Runs in the page. Plain text, not a function: tsx would wrap a function's inner names in a helper (__name)
// that does not exist in the page.
const TIME_TERM = `async function (text) {
	const input = document.querySelector('[data-testid="term-input"]');
	const charts = ['trajectories', 'document-profile'].map((id) => document.querySelector('[data-testid="' + id + '"]'));
	const key = text + '|';
	const t0 = performance.now();
	performance.mark('tribune:term-entered', { detail: text });
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
	const done = [NaN, NaN];
	await new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new Error('"' + text + '" was not drawn within 30 s')), 30000);
		function check() {
			charts.forEach((c, k) => {
				if (Number.isNaN(done[k]) && (c.getAttribute('data-drawn') || '').startsWith(key)) done[k] = performance.now() - t0;
			});
			if (done.every((x) => !Number.isNaN(x))) {
				clearTimeout(limit);
				resolve();
			} else requestAnimationFrame(check);
		}
		check();
	});
	return { across: done[0], inside: done[1] };
}`;

export interface TermsBenchOptions extends BenchOptions {
	/** How many terms to time (cycles through BENCH_TERMS). */
	terms?: number;
	/** Site folder to serve (default build/, built first if missing). */
	site?: string;
}

export async function benchTerms(opts: TermsBenchOptions, emit: (f: Figure) => void): Promise<void> {
	const { page, done } = await openBenchPage(opts, '[data-testid="trajectory-point"]', opts.site);
	try {
		const n = opts.terms ?? BENCH_TERMS.length;
		const both: number[] = [];
		const across: number[] = [];
		const inside: number[] = [];
		// One warm-up term (first queries compile and cache), not counted.
		for (let i = -1; i < n; i++) {
			const term = BENCH_TERMS[(i + BENCH_TERMS.length) % BENCH_TERMS.length];
			const t = (await page.evaluate(`(${TIME_TERM})(${JSON.stringify(term)})`)) as { across: number; inside: number };
			if (i < 0) continue;
			across.push(t.across);
			inside.push(t.inside);
			both.push(Math.max(t.across, t.inside));
		}
		emit(summarise('new term → both trajectory charts redrawn (median)', 'ms', both));
		emit({ name: 'new term → both trajectory charts redrawn (p95)', value: percentile(both, 95), unit: 'ms', runs: both.length });
		emit(summarise('new term → corpus trajectory redrawn (median)', 'ms', across));
		emit(summarise('new term → document bins and dispersion redrawn (median)', 'ms', inside));
	} finally {
		await done();
	}
}
