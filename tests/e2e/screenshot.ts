// Screenshots of the built app for a look by eye: `npx tsx tests/e2e/screenshot.ts [out-dir] [query]`.
// Serves build/ (run `npm run build` first); shoots the page at 1440 and 390 px wide (viewport and full page), each
// view's section at 1440 px, and the timeline's own PNG export, to /tmp/shots/. Waits for the views' states.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from '../../scripts/serve';
import { launchChromium } from '../../scripts/chromium';

const out = resolve(process.argv[2] ?? '/tmp/shots');
const query = process.argv[3] ?? '';
const SECTIONS = ['timeline', 'documents', 'trajectories', 'sentence-lengths', 'contrasts', 'passages'];
mkdirSync(out, { recursive: true });

/** Waits until every view that publishes a state has settled (drawn, empty or failed: not pending) and none is busy. */
async function settled(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid="timeline-mark"], [data-testid="load-error"]', { timeout: 120_000 });
	await page.waitForFunction(
		// While the engine starts, views drawn from the corpus's summary are settled but the selection's are waiting (their
		// regions busy): both are waited for.
		() =>
			[...document.querySelectorAll('[data-state]')].every((e) => !/pending|loading|updating/.test(e.getAttribute('data-state') ?? '')) &&
			!document.querySelector('[aria-busy="true"]'),
		undefined,
		{ timeout: 120_000 }
	);
}

const server = await serve(resolve('build'), 0);
const { context, close } = await launchChromium({ acceptDownloads: true });
try {
	for (const [name, width] of [['w1440', 1440], ['w390', 390]] as const) {
		const page = await context.newPage();
		await page.setViewportSize({ width, height: 900 });
		page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
		await page.goto(`${server.url}/${query}`);
		await settled(page);
		await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
		await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
		for (const id of SECTIONS) {
			const section = page.locator(`#${id}`);
			if (await section.count()) await section.screenshot({ path: join(out, `${name}-${id}.png`) });
		}
		if (name === 'w1440' && (await page.locator('[data-testid="timeline-mark"]').count())) {
			// The timeline's own PNG export, to look at what a user takes away.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('#timeline').getByRole('button', { name: 'PNG', exact: true }).click()
			]);
			await download.saveAs(join(out, 'timeline-export.png'));
		}
		console.log(`wrote ${join(out, name)}*.png`);
		await page.close();
	}
} finally {
	await close();
	await server.close();
}
