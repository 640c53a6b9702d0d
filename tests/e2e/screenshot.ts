// Screenshots of the built app for a look by eye: `npx tsx tests/e2e/screenshot.ts [out-dir] [query]`.
// Serves build/ (run `npm run build` first), shoots 1366×900 and 420×900 full pages to /tmp/shots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../../scripts/serve';
import { launchChromium } from '../../scripts/chromium';

const out = resolve(process.argv[2] ?? '/tmp/shots');
const query = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const server = await serve(resolve('build'), 0);
const { context, close } = await launchChromium({ acceptDownloads: true });
try {
	for (const [name, width] of [['laptop', 1366], ['narrow', 420]] as const) {
		const page = await context.newPage();
		await page.setViewportSize({ width, height: 900 });
		page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
		await page.goto(`${server.url}/${query}`);
		await page.waitForSelector('[data-testid="timeline-mark"], [data-testid="load-error"]', { timeout: 60_000 });
		await page.waitForTimeout(300);
		const mark = page.locator('[data-testid="timeline-mark"]').first();
		if (await mark.count()) {
			await mark.hover();
			await page.waitForTimeout(150);
		}
		await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
		if (name === 'laptop' && (await mark.count())) {
			// The timeline's own PNG export, to look at what a user takes away.
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.locator('#timeline').getByRole('button', { name: 'PNG', exact: true }).click()
			]);
			await download.saveAs(join(out, 'timeline-export.png'));
		}
		await page.screenshot({ path: join(out, `${name}-full.png`), fullPage: true });
		console.log(`wrote ${join(out, `${name}.png`)} and ${name}-full.png`);
		await page.close();
	}
} finally {
	await close();
	await server.close();
}
