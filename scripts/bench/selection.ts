// `npm run bench` figures for a change of the shared selection: in headless Chromium, the time from a change of
// groups A/B to each view that follows the selection redrawn — the sentence-length view, and the keyword-contrast
// view when the page has it: median (min–max) and p95. Three kinds of change, as a user makes them: a timeline click
// (one document against the rest), another author ticked (one author against the rest) and two year ranges moved
// (one period against the next). A view says it has drawn by changing its `data-drawn` attribute once its charts
// are on screen; the timing runs inside the page, so no DevTools round trip is counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { percentile, summarise, type BenchOptions, type Figure } from './figure';
import { openBenchPage } from './page';

/** The views timed, by the element that carries their `data-drawn` key. */
const VIEWS = [
	{ name: 'sentence-length view', selector: '[data-testid="sentence-lengths"]' },
	{ name: 'keyword-contrast view', selector: '[data-testid="contrasts"]' }
];
/** Per kind of change: at most this many timed changes, and no new one once this much time has gone (at least MIN_CHANGES). */
const MAX_CHANGES = 40;
const MIN_CHANGES = 10;
const BUDGET_MS = 120_000;
/** How long one change may take before the run fails: generous, since a 2-million-word corpus is timed too. */
const REDRAW_LIMIT_MS = 120_000;
/** How many periods the corpus's years are cut into for the period changes. */
const PERIODS = 8;

// Runs in the page. Plain text, not a function: tsx would wrap a function's inner names in a helper (__name)
// that does not exist in the page. `act` makes the change (synchronously: Svelte applies it as one update);
// resolves with each view's time to redraw (null: the view is not on the page).
const TIME_CHANGE = `async function (selectors, act, limitMs) {
	const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
	const setValue = (el, v) => { el.value = String(v); fire(el, 'input'); fire(el, 'change'); };
	const views = selectors.map((s) => document.querySelector(s));
	const before = views.map((v) => (v ? v.getAttribute('data-drawn') : null));
	const t0 = performance.now();
	act({ fire, setValue });
	const done = views.map((v) => (v ? NaN : null));
	await new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new Error('a view was not redrawn within ' + limitMs / 1000 + ' s of a selection change')), limitMs);
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
	page.evaluate(`(${TIME_CHANGE})(${JSON.stringify(selectors)}, ({ fire, setValue }) => { ${body} }, ${REDRAW_LIMIT_MS})`) as Promise<(number | null)[]>;

/** Makes an untimed change (a switch of group mode, which may or may not change what is drawn) and waits until the views have settled. */
async function settle(page: Page, body: string): Promise<void> {
	await page.evaluate(body);
	const views = JSON.stringify(VIEWS.map((v) => v.selector));
	await page.waitForFunction(`${views}.every((s) => { const v = document.querySelector(s); return !v || v.getAttribute('data-state') !== 'pending'; })`, null, {
		timeout: REDRAW_LIMIT_MS,
		polling: 50
	});
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
				// Pair k: A = period k, B = period k + 1; consecutive pairs always differ.
				return (i) => {
					const k = (i + 1) % (ps.length - 1);
					return setRanges([
						{ group: 'a', from: ps[k][0], to: ps[k][1] },
						{ group: 'b', from: ps[k + 1][0], to: ps[k + 1][1] }
					]);
				};
			}
		}
	];
}

export interface SelectionBenchOptions extends BenchOptions {
	/** At most this many timed selection changes per kind of change. */
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
		VIEWS.forEach((v, k) => {
			if (!present[k]) console.error(`bench: no ${v.name} on the page (${v.selector} with data-drawn); its selection figures are skipped.`);
		});
		for (const s of scenarios(opts, selectors)) {
			const change = await s.setup(page);
			if (!change) {
				console.error(`bench: this corpus has too few authors or years for "${s.label}"; its figures are skipped.`);
				continue;
			}
			const times: number[][] = VIEWS.map(() => []);
			const limit = opts.changes ?? MAX_CHANGES;
			const t0 = performance.now();
			// One warm-up change (first queries compile and cache), not counted.
			for (let i = -1; i < limit && (i < MIN_CHANGES || performance.now() - t0 < BUDGET_MS); i++) {
				const t = await run(page, selectors, change(i + 1));
				if (i >= 0) t.forEach((ms, k) => ms !== null && times[k].push(ms));
			}
			VIEWS.forEach((v, k) => {
				if (!present[k]) return;
				emit(summarise(`selection change (${s.label}) → ${v.name} redrawn (median)`, 'ms', times[k]));
				emit({ name: `selection change (${s.label}) → ${v.name} redrawn (p95)`, value: percentile(times[k], 95), unit: 'ms', runs: times[k].length });
			});
		}
	} finally {
		await done();
	}
}
