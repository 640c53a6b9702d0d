// Probe: the console lines that start with --prefix, grouped by interaction, from the page and its workers (the
// DuckDB worker, the contrast and bootstrap workers). For a build instrumented for the occasion with
// console.log('PREFIX …') where a figure is wanted; see README.md.
import { untilQuiet } from '../bench/page';
import { interact, numberArg, probeArgs, usageExit, wallSummary, withProbePage } from './interact';

const SCRIPT = 'console.ts';
const USAGE = '--prefix TEXT [--wait MS]';
const { args, values } = probeArgs(SCRIPT, USAGE, {
	prefix: { type: 'string' },
	wait: { type: 'string', default: '300' }
});
const prefix = values.prefix;
if (!prefix) usageExit(SCRIPT, USAGE, '--prefix is required: the start of the console lines to collect.');
// A worker's lines can arrive after the page is idle (its answer was posted first): they are waited for this long.
const waitMs = numberArg(SCRIPT, USAGE, 'wait', values.wait, 0);

await withProbePage(args, async (page) => {
	let lines: string[] = [];
	page.on('console', (m) => {
		const text = m.text();
		if (!text.startsWith(prefix)) return;
		// Which worker wrote it: the last part of its script's address (a blob: URL for DuckDB's).
		const worker = m.worker();
		lines.push(worker ? `[worker ${worker.url().split('/').pop()?.slice(0, 24)}] ${text}` : text);
	});
	const times: number[] = [];
	for (let i = 0; i < args.n; i++) {
		lines = [];
		await untilQuiet(page);
		const ms = await interact(page, args.kind, i);
		times.push(ms);
		await page.waitForTimeout(waitMs);
		console.log(`#${i} ${args.kind}: ${ms.toFixed(0)} ms, ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}${lines.map((l) => '\n  ' + l).join('')}`);
	}
	console.log(`${args.kind} on ${args.corpus}: ${wallSummary(times)}`);
});
