// Helpers of the browser tests: Debian's Chromium through playwright-core, a fresh profile per launch,
// and every request recorded (the page's and its workers').
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';

export interface Browser {
	context: BrowserContext;
	requests: Request[];
	close: () => Promise<void>;
}

export async function launch(): Promise<Browser> {
	const { context, close } = await launchChromium({ acceptDownloads: true });
	const requests: Request[] = [];
	context.on('request', (r) => requests.push(r));
	return { context, requests, close };
}

/** One browser for the test file: launched before its tests, closed after them. */
export function sharedBrowser(): Browser {
	let running: Browser | undefined;
	beforeAll(async () => {
		running = await launch();
	});
	afterAll(() => running?.close());
	const live = () => {
		if (!running) throw new Error('The browser is launched before the tests: use it inside a test');
		return running;
	};
	return {
		get context() {
			return live().context;
		},
		get requests() {
			return live().requests;
		},
		close: () => live().close()
	};
}

export const MARK = '[data-testid="timeline-mark"]';

/** Opens the app and waits for the timeline (or the error screen when `expectError`). */
export async function openApp(page: Page, url: string, expectError = false): Promise<void> {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(url);
	await page.waitForSelector(expectError ? '[data-testid="load-error"]' : MARK, { timeout: 60_000 });
	// On the error paths the failing worker reports its own error; elsewhere any page error fails the test.
	if (errors.length && !expectError) throw new Error(`Page errors: ${errors.join('; ')}`);
}

/** Drags the timeline's brush along an empty strip of the plot, from just left of the first to just right of the last of these documents' marks. */
export async function brushTimeline(page: Page, docIds: readonly string[]): Promise<void> {
	const boxes = await Promise.all(docIds.map((id) => page.locator(`#timeline ${MARK}[data-doc-id="${id}"]`).boundingBox()));
	const left = Math.min(...boxes.map((b) => b!.x)) - 6;
	const right = Math.max(...boxes.map((b) => b!.x + b!.width)) + 6;
	const plot = (await page.locator('#timeline [data-testid="brush"] .overlay').boundingBox())!;
	const y = plot.y + plot.height - 4;
	await page.mouse.move(left, y);
	await page.mouse.down();
	await page.mouse.move((left + right) / 2, y, { steps: 4 });
	await page.mouse.move(right, y, { steps: 4 });
	await page.mouse.up();
}

/**
 * Resolves once the page's pending address (a step's or a replaced one, written when the page is next idle and no view
 * is busy: see src/lib/state/url-sync.svelte.ts) is written: before keeping, comparing or reopening an address, or a
 * reload.
 */
export async function addressWritten(page: Page): Promise<void> {
	// The app writes at the first idle moment once no view is busy (or 1 s on); idle callbacks run in the order asked
	// for and the app's times out sooner (500 ms), so one asked once no region is busy runs after the app's last.
	await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 30_000 });
	await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 1000 })));
}

/** The doc ids of group A as the URL holds them (after a step, poll it: the address is written a moment later). */
export function urlGroupA(page: Page): string[] {
	const a = new URL(page.url()).searchParams.get('a');
	return a ? a.split(',') : [];
}

export async function markGroups(page: Page): Promise<Record<string, string>> {
	return page.$$eval(MARK, (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-doc-id')!, e.getAttribute('data-group') ?? ''])));
}
