// `npm run bench` figures for a change of the shared selection: in headless Chromium, the time from a change of
// groups A/B until no region of the page is busy (every view's <section> carries aria-busy="true" while one of its
// queries is pending or its answer is being drawn; see src/lib/components/ViewSection.svelte), and until the
// sentence-length and keyword-contrast regions are each done: median (min–max) and p95. Three kinds of change, as a
// user makes them: a timeline click (one document against the rest), another author ticked (one author against the
// rest) and two year ranges moved (one period against the next). The timing runs inside the page (a
// MutationObserver on aria-busy), so no DevTools round trip is counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { percentile, summarise, type BenchOptions, type Figure } from './figure';
import { openBenchPage, untilQuiet } from './page';

/** The regions timed on their own, by their <section> id; all regions together are timed as "every view". */
const VIEWS = [
	{ name: 'sentence-length view', selector: 'section#sentence-lengths' },
	{ name: 'keyword-contrast view', selector: 'section#contrasts' }
];
const ALL = 'every view';
/** Per kind of change: at most this many timed changes, and no new one once this much time has gone (at least MIN_CHANGES). */
const MAX_CHANGES = 40;
const MIN_CHANGES = 10;
const BUDGET_MS = 120_000;
/** How long one change may take before the run fails: generous, since a 2-million-word corpus is timed too. */
const REDRAW_LIMIT_MS = 120_000;
/** How many periods the corpus's years are cut into for the period changes. */
const PERIODS = 8;

// Runs in the page. Plain text, not a function: tsx would wrap a function's inner names in a helper (__name)
// that does not exist in the page. `act` makes the change (synchronously: Svelte applies it as one update); the
// regions turn busy in the update that follows. Resolves with [every view, ...each region in selectors] — the time
// until no region is busy, and until each named region was last busy (null: not on the page).
const TIME_CHANGE = `async function (selectors, act, limitMs) {
	const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
	const setValue = (el, v) => { el.value = String(v); fire(el, 'input'); fire(el, 'change'); };
	const regions = [...document.querySelectorAll('section[aria-busy]')];
	const named = selectors.map((s) => document.querySelector(s));
	const busy = (el) => el.getAttribute('aria-busy') === 'true';
	// Per named region: busy at the last look, and when it last turned idle (0: it never was busy).
	const was = named.map((el) => !!el && busy(el));
	const lastIdle = named.map(() => 0);
	let seen = false;
	const t0 = performance.now();
	return await new Promise((resolve, reject) => {
		let frames = 0;
		const limit = setTimeout(() => { observer.disconnect(); reject(new Error('a region was still busy ' + limitMs / 1000 + ' s after a selection change')); }, limitMs);
		function check() {
			const now = performance.now() - t0;
			if (regions.some(busy)) seen = true;
			named.forEach((el, k) => { if (!el) return; const b = busy(el); if (was[k] && !b) lastIdle[k] = now; was[k] = b; });
			// Done when something was busy and nothing is now; or when two frames passed and nothing ever was (a change
			// that asks nothing new).
			if ((seen && !regions.some(busy)) || (!seen && frames >= 2)) {
				clearTimeout(limit);
				observer.disconnect();
				resolve([now, ...named.map((el, k) => (el ? lastIdle[k] : null))]);
			}
		}
		const observer = new MutationObserver(check);
		for (const r of regions) observer.observe(r, { attributes: true, attributeFilter: ['aria-busy'] });
		act({ fire, setValue });
		const tickFrames = () => { frames++; check(); if (frames < 2) requestAnimationFrame(tickFrames); };
		requestAnimationFrame(tickFrames);
	});
}`;

/** Page-side actions (function bodies over `{ fire, setValue }`), each a change of the selection. */
const clickMark = (i: number) => `const marks = document.querySelectorAll('[data-testid="timeline-mark"]');
	marks[${i} % marks.length].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));`;
// The new author is ticked before the old ones are unticked, so group A is never empty on the way.
const onlyAuthor = (name: string) => `const boxes = [...document.querySelectorAll('[data-testid="group-a"] .authors input[type="checkbox"]')];
	const next = boxes.find((b) => b.value === ${JSON.stringify(name)});
	if (!next.checked) { next.checked = true; fire(next, 'change'); }
	for (const b of boxes) if (b !== next && b.checked) { b.checked = false; fire(b, 'change'); }`;
// A range is moved end by end in the order that keeps from ≤ to at every step.
const setRanges = (ranges: { group: 'a' | 'b'; from: number; to: number }[]) => `for (const r of ${JSON.stringify(ranges)}) {
		const [from, to] = document.querySelectorAll('[data-testid="group-' + r.group + '"] .years input[type="number"]');
		if (r.from > to.valueAsNumber) { setValue(to, r.to); setValue(from, r.from); }
		else { setValue(from, r.from); setValue(to, r.to); }
	}`;

interface Scenario {
	/** How the figure names the change. */
	label: string;
	/** Puts the page in the mode the changes need; null when this corpus cannot give the scenario. */
	setup: (page: Page) => Promise<((i: number) => string) | null>;
}

const run = (page: Page, selectors: string[], body: string) =>
	page.evaluate(`(${TIME_CHANGE})(${JSON.stringify(selectors)}, ({ fire, setValue }) => { ${body} }, ${REDRAW_LIMIT_MS})`) as Promise<[number, ...(number | null)[]]>;

/** Makes an untimed change (a switch of group mode, which may or may not change what is drawn) and waits until the page is quiet. */
async function settle(page: Page, body: string): Promise<void> {
	await page.evaluate(body);
	await untilQuiet(page);
}

/** Consecutive periods of the corpus's dated documents, about equally full, each at least one year. */
export function periods(years: number[], count = PERIODS): [number, number][] {
	const distinct = [...new Set(years)].sort((a, b) => a - b);
	const sorted = [...years].sort((a, b) => a - b);
	const out: [number, number][] = [];
	let start = 0;
	for (let k = 1; k <= count && start < distinct.length; k++) {
		// The last distinct year whose documents fill k/count of the corpus, and at least one year further on.
		const quota = sorted[Math.min(sorted.length - 1, Math.ceil((k * sorted.length) / count) - 1)];
		let end = Math.max(start, distinct.indexOf(quota));
		if (k === count) end = distinct.length - 1;
		out.push([distinct[start], distinct[end]]);
		start = end + 1;
	}
	return out;
}

function manifestYears(corpus: string): number[] {
	const rows = csvParse(readFileSync(join(corpus, 'manifest.csv'), 'utf8').replace(/^\ufeff/, ''));
	return rows.map((r) => Number(/^-?\d{1,4}/.exec((r.date ?? '').trim())?.[0])).filter(Number.isFinite);
}

function scenarios(opts: BenchOptions, selectors: string[]): Scenario[] {
	const clickRadio = (group: 'a' | 'b', index: number) =>
		`document.querySelectorAll('[data-testid="group-${group}"] .modes input[type="radio"]')[${index}].click();`;
	return [
		{ label: 'a document against the rest', setup: async () => clickMark },
		{
			label: 'an author against the rest',
			async setup(page) {
				// Group A becomes "authors" (radio 2 of A); B is the rest of the corpus (radio 1 of B).
				await settle(page, clickRadio('b', 0) + clickRadio('a', 1));
				const boxes = (await page.evaluate(
					`[...document.querySelectorAll('[data-testid="group-a"] .authors input[type="checkbox"]')].map((b) => [b.value, b.checked])`
				)) as [string, boolean][];
				if (boxes.length < 2) return null;
				// Starting after the author ticked now, so that every change, the first too, picks another author.
				const now = Math.max(0, boxes.findIndex(([, on]) => on));
				return (i) => onlyAuthor(boxes[(now + 1 + i) % boxes.length][0]);
			}
		},
		{
			label: 'a period against the next',
			async setup(page) {
				const ps = periods(manifestYears(opts.corpus));
				if (ps.length < 3) return null;
				await settle(page, clickRadio('a', 2) + clickRadio('b', 3));
				return periodChange(ps);
			}
		},
		{
			// The contrast's table skips layout and paint while off screen (content-visibility), as it is in the
			// scenarios above: this one times the same changes with the keyword contrast in the viewport.
			label: 'a period against the next, the contrast on screen',
			async setup(page) {
				const ps = periods(manifestYears(opts.corpus));
				if (ps.length < 3) return null;
				await settle(page, clickRadio('a', 2) + clickRadio('b', 3));
				await page.evaluate(`document.querySelector('section#contrasts').scrollIntoView({ block: 'start' })`);
				await settle(page, '');
				return periodChange(ps);
			}
		}
	];
}

/** Pair k: A = period k, B = period k + 1; consecutive pairs always differ. */
function periodChange(ps: [number, number][]): (i: number) => string {
	return (i) => {
		const k = (i + 1) % (ps.length - 1);
		return setRanges([
			{ group: 'a', from: ps[k][0], to: ps[k][1] },
			{ group: 'b', from: ps[k + 1][0], to: ps[k + 1][1] }
		]);
	};
}

export interface SelectionBenchOptions extends BenchOptions {
	/** At most this many timed selection changes per kind of change. */
	changes?: number;
	site?: string;
}

export async function benchSelection(opts: SelectionBenchOptions, emit: (f: Figure) => void): Promise<void> {
	const { page, done } = await openBenchPage(opts, '[data-testid="sentence-lengths"][data-state="ready"]', opts.site);
	try {
		const selectors = VIEWS.map((v) => v.selector);
		await untilQuiet(page);
		const present = (await page.evaluate(`(${JSON.stringify(selectors)}).map((s) => !!document.querySelector(s))`)) as boolean[];
		const marks = (await page.evaluate(`document.querySelectorAll('[data-testid="timeline-mark"]').length`)) as number;
		if (marks < 2) throw new Error('bench: the selection figures need at least two documents on the timeline');
		VIEWS.forEach((v, k) => {
			if (!present[k]) console.error(`bench: no ${v.name} on the page (${v.selector}); its selection figures are skipped.`);
		});
		const names = [ALL, ...VIEWS.map((v) => v.name)];
		for (const s of scenarios(opts, selectors)) {
			const change = await s.setup(page);
			if (!change) {
				console.error(`bench: this corpus has too few authors or years for "${s.label}"; its figures are skipped.`);
				continue;
			}
			const times: number[][] = names.map(() => []);
			const limit = opts.changes ?? MAX_CHANGES;
			const t0 = performance.now();
			// One warm-up change (first queries compile and cache), not counted.
			for (let i = -1; i < limit && (i < MIN_CHANGES || performance.now() - t0 < BUDGET_MS); i++) {
				await untilQuiet(page);
				const t = await run(page, selectors, change(i + 1));
				if (i >= 0) t.forEach((ms, k) => ms !== null && times[k].push(ms));
			}
			names.forEach((name, k) => {
				if (k > 0 && !present[k - 1]) return;
				const what = k === 0 ? 'no region busy' : `${name} redrawn`;
				emit(summarise(`selection change (${s.label}) → ${what} (median)`, 'ms', times[k]));
				emit({ name: `selection change (${s.label}) → ${what} (p95)`, value: percentile(times[k], 95), unit: 'ms', runs: times[k].length });
			});
		}
	} finally {
		await done();
	}
}
