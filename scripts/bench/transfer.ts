// Bytes over the wire for a cold load (fresh browser profile): `npx tsx scripts/bench/transfer.ts <site> [corpus…]`.
// For each corpus, loads the app until every view has settled and sums what the page and its workers received (body
// as sent, i.e. compressed, plus headers), split into engine (.wasm), scripts, database and the rest. Run it on a
// built site; `--plain` serves a copy without the .br/.gz files (as before issue 14).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Request } from 'playwright-core';
import { launchChromium } from '../chromium';
import { serve } from '../serve';
import { databaseReady } from './page';

const args = process.argv.slice(2);
const plain = args.includes('--plain');
const [siteArg, ...corpora] = args.filter((a) => !a.startsWith('--'));
if (!siteArg) throw new Error('usage: tsx scripts/bench/transfer.ts <site-folder> [--plain] [corpus…]');
let site = resolve(siteArg);
if (plain) {
	const copy = mkdtempSync(join(tmpdir(), 'tribune-plain-'));
	cpSync(site, copy, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
	site = copy;
}
const server = await serve(site, 0);
const kind = (url: string) => (/\.wasm$/.test(url) ? 'engine' : /corpus\.duckdb$/.test(url) ? 'database' : /\.js$/.test(url) ? 'scripts' : 'other');
const mb = (n: number) => (n / 1_048_576).toFixed(2);

try {
	for (const corpus of corpora.length ? corpora : ['default']) {
		const { context, close } = await launchChromium();
		const finished: Request[] = [];
		context.on('requestfinished', (r) => finished.push(r));
		const page = await context.newPage();
		const t0 = Date.now();
		await page.goto(`${server.url}/${corpus === 'default' ? '' : `?corpus=${corpus}`}`);
		await page.waitForSelector('[data-testid="timeline-mark"]', { timeout: 300_000 });
		const firstChart = Date.now() - t0;
		await page.waitForFunction(() => [...document.querySelectorAll('[data-state]')].every((e) => !/pending|loading|updating/.test(e.getAttribute('data-state') ?? '')), undefined, { timeout: 300_000 });
		// The views can be drawn (from view-answers.json) before the database has arrived: its bytes count too.
		await databaseReady(page);
		const sums: Record<string, number> = { engine: 0, scripts: 0, database: 0, other: 0 };
		let dbRequests = 0;
		for (const r of finished) {
			const s = await r.sizes();
			sums[kind(r.url())] += s.responseBodySize + s.responseHeadersSize;
			if (kind(r.url()) === 'database') dbRequests++;
		}
		const total = Object.values(sums).reduce((a, b) => a + b, 0);
		console.log(
			`${corpus}${plain ? ' (plain)' : ''}: ${mb(total)} MB total — engine ${mb(sums.engine)}, scripts ${mb(sums.scripts)}, database ${mb(sums.database)} in ${dbRequests} request(s), other ${mb(sums.other)}; first chart after ${firstChart} ms`
		);
		await close();
	}
} finally {
	await server.close();
	if (plain) rmSync(site, { recursive: true, force: true });
}
