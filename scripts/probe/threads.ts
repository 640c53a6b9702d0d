// Probe: a Chrome trace of each of N interactions, one at a time: per thread (main, workers, compositor, the browser
// process …) its tasks of at least --min ms as start+length in ms after the interaction began, and the main
// thread's time by category. Answers "which thread is busy when, and with what" where a CPU profile sees only the
// main thread. See README.md.
import type { CDPSession, Page } from 'playwright-core';
import { untilQuiet } from '../bench/page';
import { interact, numberArg, probeArgs, wallSummary, withProbePage, type Kind } from './interact';

/** The parts of a Chrome trace event read here (the Trace Event Format; ts and dur in µs). */
interface TraceEvent {
	name: string;
	/** 'X' complete event (with dur), 'M' metadata (thread_name), 'R'/'I' marks … */
	ph: string;
	ts: number;
	dur?: number;
	/** The thread's own CPU time inside the event (µs), when the trace has it. */
	tdur?: number;
	pid: number;
	tid: number;
	cat?: string;
	args?: { name?: string; data?: { functionName?: string; url?: string } };
}

const SCRIPT = 'threads.ts';
const USAGE = '[--min MS] [--early MS] [--marks PREFIX]';
const { args, values } = probeArgs(SCRIPT, USAGE, {
	min: { type: 'string', default: '3' },
	early: { type: 'string' },
	marks: { type: 'string', default: 'probe:' }
});
const minMs = numberArg(SCRIPT, USAGE, 'min', values.min, 0, false);
const earlyMs = values.early === undefined ? null : numberArg(SCRIPT, USAGE, 'early', values.early, 0, false);

const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8';
/** A thread's top-level tasks (the scheduler's, whatever the thread). */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** The main thread's time is given by these categories; they nest (a FunctionCall inside an EventDispatch), so they do not add up. */
const MAIN_CATEGORIES = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'MajorGC', 'MinorGC',
	'V8.GC_SCAVENGER', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'HitTest', 'ParseHTML', 'UpdateLayer']);
const MAIN = 'CrRendererMain';
/** --early lists the main thread's events from this long (ms) on. */
const EARLY_MIN_MS = 0.5;
/** Threads whose tasks took less than this (ms) in all are left out: tracing's own threads, idle helpers. */
const SHOWN_MIN_MS = 1;

/** The trace of one interaction: its events and how long the interaction took (in the page). */
async function traced(cdp: CDPSession, page: Page, kind: Kind, i: number): Promise<{ events: TraceEvent[]; wall: number }> {
	const events: TraceEvent[] = [];
	const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
	cdp.on('Tracing.dataCollected', collect);
	const finished = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	await untilQuiet(page);
	await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
	const wall = await interact(page, kind, i);
	await cdp.send('Tracing.end');
	await finished;
	cdp.off('Tracing.dataCollected', collect);
	return { events, wall };
}

/** The lines describing one interaction's trace. */
function describe(i: number, events: TraceEvent[], wall: number): string[] {
	const names = new Map<string, string>();
	for (const e of events) if (e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
	const thread = (e: TraceEvent) => names.get(`${e.pid}:${e.tid}`) ?? '';
	const start = events.find((e) => e.name === 'probe:start');
	if (!start) return [`#${i}: wall ${wall.toFixed(0)} ms, no probe:start mark in the trace`];
	const t0 = start.ts;
	const ms = (us: number) => us / 1000;
	// Complete events from the interaction on.
	const after = events.filter((e) => e.ph === 'X' && e.dur && e.ts >= t0);
	const tasks = new Map<string, { total: number; cpu: number; long: string[] }>();
	const cats = new Map<string, number>();
	const early: string[] = [];
	for (const e of after) {
		const dur = ms(e.dur!);
		const at = ms(e.ts - t0);
		if (TASKS.has(e.name)) {
			const key = `${thread(e)}:${e.tid}`;
			const t = tasks.get(key) ?? { total: 0, cpu: 0, long: [] };
			t.total += dur;
			t.cpu += ms(e.tdur ?? 0);
			if (dur >= minMs) t.long.push(`${at.toFixed(0)}+${dur.toFixed(0)}`);
			tasks.set(key, t);
		}
		if (thread(e) !== MAIN) continue;
		if (MAIN_CATEGORIES.has(e.name)) cats.set(e.name, (cats.get(e.name) ?? 0) + dur);
		if (earlyMs !== null && at < earlyMs && dur >= EARLY_MIN_MS) {
			const what = JSON.stringify(e.args?.data?.functionName || e.args?.data?.url || '').slice(0, 60);
			early.push(`  E ${at.toFixed(1)} +${dur.toFixed(1)} ${e.name} ${what}`);
		}
	}
	const marks = events
		.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith(values.marks) && e.name !== 'probe:start' && e.ts >= t0 && e.ph !== 'e')
		.map((e) => `  mark ${e.name} at ${ms(e.ts - t0).toFixed(0)} (${e.ph})`);
	const main = [...cats].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
	return [
		`#${i}: wall ${wall.toFixed(0)} ms | main thread (nested, not additive): ${main}`,
		...[...tasks]
			.filter(([, t]) => t.total >= SHOWN_MIN_MS)
			.sort((a, b) => b[1].total - a[1].total)
			.map(([th, t]) => `  ${th.padEnd(28)} ${t.total.toFixed(0).padStart(5)} ms (cpu ${t.cpu.toFixed(0).padStart(3)})  ${t.long.join('  ')}`),
		...marks,
		...early
	];
}

await withProbePage(args, async (page) => {
	const cdp = await page.context().newCDPSession(page);
	const times: number[] = [];
	for (let i = 0; i < args.n; i++) {
		const { events, wall } = await traced(cdp, page, args.kind, i);
		times.push(wall);
		console.log(describe(i, events, wall).join('\n'));
	}
	console.log(`${args.kind} on ${args.corpus}: ${wallSummary(times)}; per thread: all its tasks' time (the thread's own CPU time within them), then start+length of those ≥ ${minMs} ms`);
});
