// `npm run bench` figures for term trajectories: in headless Chromium, the time from entering a new term to every
// term chart redrawn, over many terms: median (min–max) and p95, at the corpus's default level (per decade on a
// crowded corpus) and at `level=documents`.
// "Every term chart" is: the chart across the corpus and the one inside a document carry the term in their
// `data-drawn` (set after paint), and the term section's region is no longer `aria-busy` (its forms box and group
// rates too). Timing runs inside the page, so no DevTools round trip is counted.
import { percentile, summarise, type BenchOptions, type Figure } from './figure';
import { openBenchPage, untilQuiet } from './page';

/** New terms, one after another: common and rare words, phrases and wildcards (each differs from the last). */
const DEFAULT_TERMS = [
	'party', 'workers', 'revolution*', 'class', 'the working class', 'armed uprising', 'strike', 'soviet power', 'bourgeoisie',
	'masses', 'war', 'peace', 'organisation', 'committee', 'struggle', 'discipline', 'proletariat', 'democra*', 'land', 'bread',
	'army', 'soldiers', 'peasant*', 'moscow', 'petrograd', 'capitalism', 'social-democratic', 'socialism', 'state', 'power',
	'the revolution', 'barricade*', 'government', 'constituent assembly', 'comrade*', 'history', 'railway*', 'factory', 'russia', 'europe'
];
/** The same mix for any other corpus (English political prose, as the State of the Union). */
const OTHER_TERMS = [
	'war', 'the people', 'tax*', 'freedom', 'congress', 'slavery', 'economy', 'united states', 'democra*', 'peace', 'union',
	'treasury', 'health care', 'terror*', 'indian*', 'gold', 'silver', 'america', 'the american people', 'jobs', 'soviet*',
	'tariff', 'army', 'navy', 'families', 'children', 'constitution', 'liberty', 'budget', 'deficit*'
];

// Runs in the page. Plain text, not a function: tsx would wrap a function's inner names in a helper (__name)
// that does not exist in the page.
const TIME_TERM = `async function (text) {
	const input = document.querySelector('[data-testid="term-input"]');
	const region = document.querySelector('[data-testid="region-trajectories"]');
	const charts = ['trajectories', 'document-profile'].map((id) => document.querySelector('[data-testid="' + id + '"]'));
	const key = text + '|';
	const t0 = performance.now();
	performance.mark('tribune:term-entered', { detail: text });
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
	const done = [NaN, NaN, NaN];
	await new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new Error('"' + text + '" was not drawn within 30 s')), 30000);
		function check() {
			const now = performance.now() - t0;
			charts.forEach((c, k) => {
				if (Number.isNaN(done[k]) && (c.getAttribute('data-drawn') || '').startsWith(key)) done[k] = now;
			});
			if (Number.isNaN(done[2]) && !Number.isNaN(done[0]) && !Number.isNaN(done[1]) && region.getAttribute('aria-busy') !== 'true') done[2] = now;
			if (done.every((x) => !Number.isNaN(x))) {
				clearTimeout(limit);
				resolve();
			} else requestAnimationFrame(check);
		}
		check();
	});
	return { across: done[0], inside: done[1], all: done[2] };
}`;

export interface TermsBenchOptions extends BenchOptions {
	/** How many terms to time at each level (cycles through the list). */
	terms?: number;
	/** Site folder to serve (default build/, built first if missing). */
	site?: string;
}

export async function benchTerms(opts: TermsBenchOptions, emit: (f: Figure) => void): Promise<void> {
	const { page, done } = await openBenchPage(opts, '[data-testid="trajectory-point"]', opts.site);
	const list = opts.name === 'default' ? DEFAULT_TERMS : OTHER_TERMS;
	try {
		const start = new URL(page.url());
		for (const level of ['', 'documents']) {
			if (level) {
				start.searchParams.set('level', level);
				await page.goto(start.toString());
				await page.waitForSelector('[data-testid="trajectory-point"]', { timeout: 120_000 });
			}
			// Whoever types a term sees the term charts: they are on screen (an off-screen view is not laid out).
			await page.evaluate(`document.querySelector('section#trajectories').scrollIntoView({ block: 'start' })`);
			const shown = await page.getAttribute('[data-testid="trajectories"]', 'data-level');
			const name = level ? `level=${level}` : `default level (${shown})`;
			const n = opts.terms ?? list.length;
			const all: number[] = [];
			const across: number[] = [];
			const inside: number[] = [];
			// One warm-up term (first queries compile and cache), not counted.
			for (let i = -1; i < n; i++) {
				const term = list[(i + list.length) % list.length];
				await untilQuiet(page);
				const t = (await page.evaluate(`(${TIME_TERM})(${JSON.stringify(term)})`)) as { across: number; inside: number; all: number };
				if (i < 0) continue;
				across.push(t.across);
				inside.push(t.inside);
				all.push(t.all);
			}
			emit(summarise(`new term → every term chart redrawn, ${name} (median)`, 'ms', all));
			emit({ name: `new term → every term chart redrawn, ${name} (p95)`, value: percentile(all, 95), unit: 'ms', runs: all.length });
			emit(summarise(`new term → corpus trajectory redrawn, ${name} (median)`, 'ms', across));
			emit(summarise(`new term → inside one document redrawn, ${name} (median)`, 'ms', inside));
		}
	} finally {
		await done();
	}
}
