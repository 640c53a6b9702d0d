// Browser figures for `npm run bench`: cold loads of the static build in headless Chromium (fresh profile each),
// time from navigation to DuckDB ready, to the first chart drawn (from the app's performance marks) and to every view
// drawn (no view region busy); bytes transferred; then the renderer's memory after 100 interactions (memory.ts).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { summarise, type BenchOptions, type Figure } from './figure';
import { benchMemory } from './memory';
import { settled } from './page';
import { writeSummary } from '../../analysis/src/write/summary';
import { VIEW_ANSWERS_FILE } from '../../src/lib/db/summary';
import { ensureChromium, launchChromium } from '../chromium';
import { serve } from '../serve';
import { buildSite, ensureDefaultCorpus, kitDirFor } from '../start';

const RUNS = 7;
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The site every browser figure is timed on: this checkout built into a temp folder (never build/, which may be
 * older), with the corpus's database (analysed if need be), its summary.json and view-answers.json. Remove it when done.
 */
export async function prepareBenchSite(opts: BenchOptions): Promise<string> {
	ensureChromium(); // before the build, so a missing browser is said at once
	if (opts.name === 'default') await ensureDefaultCorpus((m) => console.error(m), true);
	const site = mkdtempSync(join(tmpdir(), 'tribune-bench-site-'));
	if (process.env.TRIBUNE_BENCH_NO_BUILD) cpSync(join(ROOT, 'build'), site, { recursive: true });
	else {
		buildSite(true, site);
		rmSync(kitDirFor(site), { recursive: true, force: true });
	}
	if (!existsSync(join(site, 'data', opts.name, 'corpus.duckdb'))) {
		const r = spawnSync('npx', ['tsx', 'analysis/cli.ts', '--corpus', opts.corpus, '--name', opts.name, '--out', join(site, 'data')], { cwd: ROOT, stdio: 'ignore' });
		if (r.status !== 0) throw new Error(`bench: could not analyse ${opts.corpus}`);
	}
	// A corpus analysed before the pipeline wrote view-answers.json gets it and summary.json (the pipeline's own
	// function), so that the figures are the app's as a fresh analysis serves it.
	if (!existsSync(join(site, 'data', opts.name, VIEW_ANSWERS_FILE))) await writeSummary(join(site, 'data', opts.name, 'corpus.duckdb'));
	return site;
}

/** Cold loads of `site` (prepareBenchSite), then the renderer's memory after 100 interactions. */
export async function benchBrowser(opts: BenchOptions & { site: string }, emit: (f: Figure) => void): Promise<void> {
	const site = opts.site;
	const served = await serve(site, 0);
	const url = `${served.url}/${opts.name === 'default' ? '' : `?corpus=${encodeURIComponent(opts.name)}`}`;
	const ready: number[] = [];
	const checked: number[] = [];
	const chart: number[] = [];
	const every: number[] = [];
	const transferred: number[] = [];
	try {
		// One unmeasured load first, so the figures are not dominated by the OS file cache warming up.
		for (let i = -1; i < RUNS; i++) {
			const { context, close } = await launchChromium();
			let bytes = 0;
			context.on('requestfinished', (req) => {
				req.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize), () => undefined);
			});
			try {
				const page = await context.newPage();
				await page.goto(url);
				await page.waitForFunction(() => performance.getEntriesByName('tribune:first-chart').length > 0, null, { timeout: 120_000, polling: 50 });
				// Every view drawn: the views' regions are on the page and none is busy (each is busy from its first question
				// until its answer is painted). Polled in the page, so the time is the page's own.
				const all = (await (
					await page.waitForFunction(
						`document.querySelectorAll('section[aria-busy]').length > 3 && !document.querySelector('section[aria-busy="true"]') && performance.now()`,
						null,
						{ timeout: 300_000, polling: 20 }
					)
				).jsonValue()) as number;
				// The views are drawn from summary.json and view-answers.json before the database has arrived: the load goes
				// on until DuckDB is ready, and its bytes count.
				// …and the load's work after it: the views' answers asked of the database at idle (loader.checkViews).
				await settled(page);
				// A string, not a function: tsx would wrap inner functions in a helper the page does not have.
				const t = (await page.evaluate(`Object.fromEntries(['duckdb-ready', 'first-chart', 'engine-ready', 'db-downloaded', 'view-answers-checked']
					.map((n) => [n, performance.getEntriesByName('tribune:' + n)[0]?.startTime ?? NaN]))`)) as Record<string, number>;
				if (process.env.TRIBUNE_BENCH_DEBUG) console.error(JSON.stringify(t));
				await page.waitForTimeout(100);
				if (i >= 0) {
					ready.push(t['duckdb-ready']);
					if (Number.isFinite(t['view-answers-checked'])) checked.push(t['view-answers-checked']);
					chart.push(t['first-chart']);
					every.push(all);
					transferred.push(bytes / 1_048_576);
				}
			} finally {
				await close();
			}
		}
	} finally {
		await served.close();
	}
	emit(summarise('browser cold load: navigation → DuckDB ready', 'ms', ready));
	if (checked.length) emit(summarise('browser cold load: navigation → the views’ answers checked by DuckDB (idle work)', 'ms', checked));
	emit(summarise('browser cold load: navigation → first chart drawn', 'ms', chart));
	emit(summarise('browser cold load: navigation → every view drawn', 'ms', every));
	emit(summarise('browser cold load: bytes transferred', 'MB', transferred));
	await benchMemory({ ...opts, site }, emit);
}
