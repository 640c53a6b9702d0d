// Probe: a CPU profile of each of N interactions (the page's main thread: V8's sampling profiler does not see the
// workers), summed into self time per Svelte component, per function, and optionally inside one component (--comp)
// or by the callers of one function (--fn); all per interaction. See README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { untilQuiet } from '../bench/page';
import { interact, numberArg, probeArgs, usageExit, wallSummary, withProbePage } from './interact';

/** The parts of a CDP Profiler.Profile read here. */
interface CallFrame {
	functionName: string;
	url: string;
	/** 0-based. */
	lineNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples?: number[];
	/** µs: [0] from the profile's start to the first sample, [k] from sample k-1 to sample k. */
	timeDeltas?: number[];
}

const SCRIPT = 'cpu-profile.ts';
const USAGE = '[--win START,END] [--comp NAME] [--fn NAME] [--interval US] [--top N]';
const { args, values } = probeArgs(SCRIPT, USAGE, {
	win: { type: 'string', default: '0,100000' },
	comp: { type: 'string', default: '(none)' },
	fn: { type: 'string' },
	interval: { type: 'string', default: '200' },
	top: { type: 'string', default: '30' }
});
const win = values.win.split(',').map((x) => numberArg(SCRIPT, USAGE, 'win', x, 0, false));
if (win.length !== 2 || win[0] >= win[1]) usageExit(SCRIPT, USAGE, `--win takes START,END in ms with START < END, not "${values.win}".`);
const interval = numberArg(SCRIPT, USAGE, 'interval', values.interval, 1);
const top = numberArg(SCRIPT, USAGE, 'top', values.top, 1);

/**
 * Per built file, the lines where its top-level declarations start: the name of a Svelte component (Svelte 5
 * compiles one to `function Name($$anchor, …)` at the start of a line) or '-' for anything else. Only a build made
 * with `--minify false` has them; a function at line L belongs to the last declaration starting at or before L.
 */
function componentStarts(site: string): Map<string, [number, string][]> {
	const starts = new Map<string, [number, string][]>();
	for (const dir of ['nodes', 'chunks']) {
		const folder = join(site, '_app', 'immutable', dir);
		for (const f of readdirSync(folder)) {
			if (!f.endsWith('.js')) continue;
			const list: [number, string][] = [];
			readFileSync(join(folder, f), 'utf8')
				.split('\n')
				.forEach((line, i) => {
					const m = /^function ([A-Z]\w*)\(\$\$anchor/.exec(line);
					if (m) list.push([i, m[1]]);
					else if (/^(function|const|let|var|class) /.test(line) && list.length && list[list.length - 1][1] !== '-') list.push([i, '-']);
				});
			starts.set(f, list);
		}
	}
	return starts;
}

const starts = componentStarts(args.site);
if (![...starts.values()].some((list) => list.some(([, name]) => name !== '-')))
	console.error(`No Svelte component found in ${args.site}/_app/immutable: a minified build? Components show as (none); build with --minify false.`);

const fileOf = (url: string) => url.split('/').pop() ?? '';
const frameName = (f: CallFrame) => `${f.functionName || '(anon)'}:${f.lineNumber}`;

function componentOfFrame(f: CallFrame): string | null {
	const list = starts.get(fileOf(f.url));
	if (!list) return null;
	let name: string | null = null;
	for (const [line, n] of list) {
		if (line > f.lineNumber) break;
		name = n;
	}
	return name === '-' ? null : name;
}

/** ms per key, summed over every interaction. */
type Tally = Map<string, number>;
const add = <K>(m: Map<K, number>, key: K, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);
const byComponent: Tally = new Map();
const byFunction: Tally = new Map();
const inComponent: Tally = new Map();
const fnCallers: Tally = new Map();
let busy = 0;

/** Adds one profile's self time (of the samples inside the window) to the tallies. */
function tally(p: Profile): void {
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const samples = p.samples ?? [];
	const deltas = p.timeDeltas ?? [];
	// A sample lasts until the next one.
	const self = new Map<number, number>();
	let t = 0;
	samples.forEach((id, k) => {
		// The first delta runs from the profile's start time, which V8 sets well before the first sample (100–200 ms here):
		// time is counted from the first sample, taken as profiling starts, just before the interaction.
		if (k > 0) t += (deltas[k] ?? 0) / 1000;
		if (t >= win[0] && t < win[1]) add(self, id, (deltas[k + 1] ?? 0) / 1000);
	});
	const component = (id: number): string => {
		for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
			const c = componentOfFrame(byId.get(x)!.callFrame);
			if (c) return c;
		}
		return '(none)';
	};
	for (const [id, ms] of self) {
		const f = byId.get(id)!.callFrame;
		if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
		busy += ms;
		const fn = `${f.functionName || '(anon)'} ${fileOf(f.url)}:${f.lineNumber}`;
		add(byFunction, fn, ms);
		const c = component(id);
		add(byComponent, c, ms);
		const up = parent.get(id);
		if (c === values.comp) add(inComponent, `${fn} <${up === undefined ? '' : frameName(byId.get(up)!.callFrame)}>`, ms);
		if (f.functionName === values.fn) {
			const chain: string[] = [];
			for (let x = parent.get(id), d = 0; x !== undefined && d < 5; x = parent.get(x), d++) chain.push(frameName(byId.get(x)!.callFrame));
			add(fnCallers, chain.join(' < '), ms);
		}
	}
}

await withProbePage(args, async (page) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval });
	const times: number[] = [];
	for (let i = 0; i < args.n; i++) {
		// Quiet first, so that the profile starts just before the interaction (and the last one's idle work is not in it).
		await untilQuiet(page);
		await cdp.send('Profiler.start');
		times.push(await interact(page, args.kind, i));
		tally((await cdp.send('Profiler.stop')).profile);
	}
	const list = (m: Tally, k: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, k)
			.map(([name, ms]) => `${(ms / args.n).toFixed(1).padStart(7)}  ${name}`)
			.join('\n') || '  (nothing)';
	console.log(`${args.kind} on ${args.corpus}: ${wallSummary(times)}; window ${win[0]}–${win[1]} ms`);
	console.log(`busy (self time, not idle or program) per interaction: ${(busy / args.n).toFixed(1)} ms`);
	console.log(`--- components (self time inside, ms per interaction)\n${list(byComponent, top)}`);
	console.log(`--- functions\n${list(byFunction, top)}`);
	console.log(`--- inside ${values.comp} (function <its caller>)\n${list(inComponent, top)}`);
	if (values.fn) console.log(`--- callers of ${values.fn} (5 deep)\n${list(fnCallers, top)}`);
});
