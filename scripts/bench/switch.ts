// `npm run bench` figures for switching corpus from the header's menu: in headless Chromium, the time from the menu's
// change until every view is drawn (no <section> busy: see src/lib/components/ViewSection.svelte), and until the
// corpus is ready (its facts read, views about to mount). Two kinds of switch: to a corpus not open before on the page
// (download, ATTACH, reads of its facts) and back to one still attached (none of those). The corpus is served under
// several names (symbolic links to its folder), so each cold switch opens a database the page does not hold.
// The app's marks (tribune:db-downloaded, attached, corpus-info, corpus-ready) split a switch into its steps.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { percentile, summarise, type BenchOptions, type Figure } from './figure';
import { openBenchPage } from './page';
import { buildSite } from '../start';

/** Switches timed per kind. */
const SWITCHES = 10;
/** Names the corpus is served under besides its own; more than the corpora the app keeps attached (3), so that cycling
 *  through them always opens one it has let go. */
const COPIES = 4;
const LIMIT_MS = 120_000;
/** The app's marks inside a switch, in order, and how the figures name the step that ends with each. */
const STEPS = [
	['db-downloaded', 'download done'],
	['attached', 'attached'],
	['corpus-info', 'corpus facts read'],
	['corpus-ready', 'corpus ready']
] as const;

// Runs in the page (plain text: tsx would wrap inner functions in a helper the page lacks). Changes the menu to
// `name`, then resolves once the app marked the corpus ready and every view region of the new page has been busy and
// is idle again, with the time of each step's mark after the change (null: the step did not happen) and of the end.
const TIME_SWITCH = `async function (name, marks, limitMs) {
	const select = document.querySelector('[data-testid="corpus-select"]');
	const readyBefore = performance.getEntriesByName('tribune:corpus-ready').length;
	const old = new Set(document.querySelectorAll('section[aria-busy]'));
	const t0 = performance.now();
	let seen = false;
	return await new Promise((resolve, reject) => {
		const limit = setTimeout(() => { observer.disconnect(); reject(new Error('the views were not drawn ' + limitMs / 1000 + ' s after switching to ' + name)); }, limitMs);
		function check() {
			if (performance.getEntriesByName('tribune:corpus-ready').length <= readyBefore) return;
			const regions = [...document.querySelectorAll('section[aria-busy]')].filter((r) => !old.has(r));
			if (!regions.length) return;
			if (regions.some((r) => r.getAttribute('aria-busy') === 'true')) { seen = true; return; }
			if (!seen) return;
			const end = performance.now() - t0;
			clearTimeout(limit);
			observer.disconnect();
			const at = (m) => { const e = performance.getEntriesByName('tribune:' + m).filter((x) => x.startTime >= t0).pop(); return e ? e.startTime - t0 : null; };
			resolve([...marks.map(at), end]);
		}
		const observer = new MutationObserver(check);
		observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
		select.value = name;
		select.dispatchEvent(new Event('change', { bubbles: true }));
	});
}`;

const time = (page: Page, name: string) =>
	page.evaluate(`(${TIME_SWITCH})(${JSON.stringify(name)}, ${JSON.stringify(STEPS.map(([m]) => m))}, ${LIMIT_MS})`) as Promise<(number | null)[]>;

/** A site folder of links to `site`, whose data/ also serves the corpus `name` as each of `copies`, all listed. */
function siteWithCopies(site: string, name: string, copies: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'tribune-bench-switch-'));
	for (const entry of readdirSync(site)) if (entry !== 'data') symlinkSync(join(site, entry), join(dir, entry));
	mkdirSync(join(dir, 'data'));
	for (const entry of readdirSync(join(site, 'data'))) if (entry !== 'corpora.json') symlinkSync(join(site, 'data', entry), join(dir, 'data', entry));
	for (const copy of copies) symlinkSync(join(site, 'data', name), join(dir, 'data', copy));
	writeFileSync(join(dir, 'data', 'corpora.json'), JSON.stringify([name, ...copies].map((n) => ({ name: n }))));
	return dir;
}

export interface SwitchBenchOptions extends BenchOptions {
	switches?: number;
	site?: string;
}

export async function benchSwitch(opts: SwitchBenchOptions, emit: (f: Figure) => void): Promise<void> {
	const site = resolve(opts.site ?? 'build');
	if (!existsSync(join(site, 'index.html'))) buildSite();
	if (!existsSync(join(site, 'data', opts.name, 'corpus.duckdb'))) throw new Error(`bench: ${site}/data/${opts.name}/corpus.duckdb is missing; analyse the corpus first`);
	const copies = Array.from({ length: COPIES }, (_, k) => `${opts.name}-switch-${k + 1}`);
	const dir = siteWithCopies(site, opts.name, copies);
	const count = opts.switches ?? SWITCHES;
	try {
		const { page, done } = await openBenchPage(opts, '[data-testid="corpus-select"]', dir);
		try {
			await page.waitForFunction(`performance.getEntriesByName('tribune:corpus-ready').length > 0 && !document.querySelector('section[aria-busy="true"]')`, null, { timeout: LIMIT_MS, polling: 50 });
			// Cold: each switch opens a name the app does not hold (one unmeasured first, as every figure here).
			const cold: (number | null)[][] = [];
			for (let i = -1; i < count; i++) {
				const t = await time(page, copies[(i + 1) % copies.length]);
				if (i >= 0) cold.push(t);
			}
			// Warm: back and forth between the two corpora opened last, both still attached.
			const last = [copies[count % copies.length], copies[(count - 1 + copies.length) % copies.length]];
			const warm: (number | null)[][] = [];
			for (let i = 0; i < count; i++) warm.push(await time(page, last[(i + 1) % 2]));
			report('to a corpus not open before', cold, emit);
			report('back to a corpus still attached', warm, emit);
		} finally {
			await done();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function report(label: string, runs: (number | null)[][], emit: (f: Figure) => void): void {
	const column = (k: number) => runs.map((r) => r[k]).filter((x): x is number => x !== null);
	const drawn = column(STEPS.length);
	emit(summarise(`corpus switch (${label}) → every view drawn (median)`, 'ms', drawn));
	emit({ name: `corpus switch (${label}) → every view drawn (p95)`, value: percentile(drawn, 95), unit: 'ms', runs: drawn.length });
	STEPS.forEach(([, step], k) => {
		const xs = column(k);
		if (xs.length) emit(summarise(`corpus switch (${label}) → ${step} (median)`, 'ms', xs));
	});
}
