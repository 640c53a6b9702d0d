// `npm run bench` figure for memory: the renderer's memory after 100 interactions (new terms and timeline clicks, each
// waited for until no view region is busy), in headless Chromium. Two numbers: the resident memory of the renderer
// processes of this browser (the page, its DuckDB worker and the engine's WebAssembly memory live there), read from
// /proc, and the page's JavaScript heap in use (DevTools' Performance.getMetrics, main thread only), as it is and after
// a full garbage collection.
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { BenchOptions, Figure } from './figure';
import { openBenchPage } from './page';

const INTERACTIONS = 100;
const TERMS = ['war', 'people', 'peace', 'the people', 'power', 'state', 'land', 'party', 'class', 'freedom', 'union', 'army', 'tax*'];
const LIMIT_MS = 120_000;

// Runs in the page (plain text: tsx would wrap inner functions in a helper the page lacks). Makes change `k` (a new term
// when k is even, a click on a timeline mark when odd), then resolves once a region was busy and none is, or two frames
// passed with none busy (a change that asked nothing new).
const INTERACT = `async function (k, term, limitMs) {
	const regions = [...document.querySelectorAll('section[aria-busy]')];
	const busy = () => regions.some((r) => r.getAttribute('aria-busy') === 'true');
	let seen = false, frames = 0;
	await new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new Error('a region was still busy ' + limitMs / 1000 + ' s after interaction ' + k)), limitMs);
		const check = () => {
			if (busy()) seen = true;
			if ((seen && !busy()) || (!seen && frames >= 2)) { clearTimeout(limit); observer.disconnect(); resolve(); }
		};
		const observer = new MutationObserver(check);
		for (const r of regions) observer.observe(r, { attributes: true, attributeFilter: ['aria-busy'] });
		if (k % 2 === 0) {
			const input = document.querySelector('[data-testid="term-input"]');
			input.value = term;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		} else {
			const marks = document.querySelectorAll('[data-testid="timeline-mark"]');
			marks[(k * 7) % marks.length].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
		}
		const tick = () => { frames++; check(); if (frames < 2) requestAnimationFrame(tick); };
		requestAnimationFrame(tick);
	});
}`;

/** Resident bytes of the Chromium renderer processes started by this Node process (found by walking up /proc). */
export function rendererRss(): number {
	const parentOf = new Map<number, number>();
	const renderers: number[] = [];
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid)) continue;
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			parentOf.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
			if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) renderers.push(pid);
		} catch {
			// gone meanwhile
		}
	}
	const ours = (pid: number) => {
		for (let p = parentOf.get(pid), hops = 0; p && hops < 6; p = parentOf.get(p), hops++) if (p === process.pid) return true;
		return false;
	};
	let bytes = 0;
	for (const pid of renderers.filter(ours)) {
		try {
			const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			bytes += Number(kb ?? 0) * 1024;
		} catch {
			// gone meanwhile
		}
	}
	return bytes;
}

/** The page's JavaScript heap in use, as it is (garbage not yet collected counts) or after a full collection. */
async function jsHeapUsed(page: Page, collect = false): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	if (collect) await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

export async function benchMemory(opts: BenchOptions & { site?: string }, emit: (f: Figure) => void): Promise<void> {
	const { page, done } = await openBenchPage(opts, '[data-testid="trajectory-point"]', opts.site);
	try {
		await page.waitForFunction(`!document.querySelector('section[aria-busy="true"]')`, null, { timeout: LIMIT_MS, polling: 100 });
		const before = rendererRss();
		for (let k = 0; k < INTERACTIONS; k++) await page.evaluate(`(${INTERACT})(${k}, ${JSON.stringify(TERMS[(k >> 1) % TERMS.length])}, ${LIMIT_MS})`);
		const mb = (n: number) => n / 1_048_576;
		emit({ name: 'renderer memory after page load (RSS of its processes)', value: mb(before), unit: 'MB', runs: 1 });
		emit({ name: `renderer memory after ${INTERACTIONS} interactions (RSS of its processes)`, value: mb(rendererRss()), unit: 'MB', runs: 1 });
		emit({ name: `page JS heap in use after ${INTERACTIONS} interactions`, value: mb(await jsHeapUsed(page)), unit: 'MB', runs: 1 });
		// What is kept, not when the collector last ran: the figure above moves by tens of MB between runs of one build.
		emit({ name: `page JS heap kept after ${INTERACTIONS} interactions (after a full collection)`, value: mb(await jsHeapUsed(page, true)), unit: 'MB', runs: 1 });
	} finally {
		await done();
	}
}
