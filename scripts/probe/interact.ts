// What the probes in this folder share: their command line, the built site opened on a corpus as the bench opens it
// (openBenchPage: served, fresh headless Chromium, database ready), and one interaction at a time, timed inside the
// page until no view's <section> is aria-busy. See README.md.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Page } from 'playwright-core';
import { median, percentile } from '../bench/figure';
import { openBenchPage, untilQuiet } from '../bench/page';

export type Kind = 'click' | 'term';

/** Terms typed one after another: common and rare words, phrases and wildcards (each differs from the last). */
const DEFAULT_TERMS = ['party', 'workers', 'revolution*', 'class', 'the working class', 'armed uprising', 'strike', 'soviet power',
	'bourgeoisie', 'masses'];
/** The same mix for the State of the Union (and any other corpus of English political prose). */
const OTHER_TERMS = ['war', 'the people', 'tax*', 'freedom', 'congress', 'slavery', 'economy', 'united states', 'democra*', 'peace', 'union',
	'treasury', 'health care', 'terror*', 'indian*', 'gold', 'silver', 'america', 'jobs', 'soviet*', 'tariff', 'army', 'navy', 'families',
	'children', 'constitution', 'liberty', 'budget'];

/** The i-th click goes to timeline mark i·7 (mod their count): consecutive clicks pick documents far apart. */
const MARK_STRIDE = 7;
/** An interaction still busy after this long fails the probe instead of hanging it. */
const LIMIT_MS = 120_000;
const MARK = '[data-testid="timeline-mark"]';

/** The page-side action of the i-th interaction of `kind` on `corpus` (a statement list, run in the page). */
function action(kind: Kind, i: number, corpus: string): string {
	if (kind === 'click')
		return `const marks = document.querySelectorAll('${MARK}');
	if (!marks.length) throw new Error('no timeline mark on the page');
	marks[(((${i} * ${MARK_STRIDE}) % marks.length) + marks.length) % marks.length].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));`;
	const terms = corpus === 'default' ? DEFAULT_TERMS : OTHER_TERMS;
	return `const input = document.querySelector('[data-testid="term-input"]');
	input.value = ${JSON.stringify(terms[((i % terms.length) + terms.length) % terms.length])};
	input.dispatchEvent(new Event('input', { bubbles: true }));
	input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`;
}

/**
 * Performs the i-th interaction of `kind` (the caller waits until the page is quiet first: untilQuiet, as the bench
 * does) and resolves with the ms from it until, after at least one animation frame
 * (the views turn busy in the update that follows), no section is aria-busy. Marks `probe:start` first, so that a
 * trace can be read from the interaction on. Plain text, not a function: tsx would wrap a function's inner names in a
 * helper (__name) that does not exist in the page.
 */
export function interact(page: Page, kind: Kind, i: number): Promise<number> {
	const corpus = new URL(page.url()).searchParams.get('corpus') ?? 'default';
	// A term is typed with the term charts on screen, as a user sees them (an off-screen view is not laid out).
	const before = kind === 'term' ? `document.querySelector('section#trajectories').scrollIntoView({ block: 'start' });` : '';
	return page.evaluate(`(async () => {
	${before}
	performance.mark('probe:start');
	const t0 = performance.now();
	${action(kind, i, corpus)}
	await new Promise((r) => requestAnimationFrame(r));
	await new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new Error('a section was still busy ${LIMIT_MS / 1000} s after the interaction')), ${LIMIT_MS});
		const idle = () => {
			if (document.querySelector('section[aria-busy="true"]')) return requestAnimationFrame(idle);
			clearTimeout(limit);
			resolve();
		};
		idle();
	});
	return performance.now() - t0;
})()`) as Promise<number>;
}

const COMMON_OPTIONS = {
	site: { type: 'string' },
	corpus: { type: 'string', default: 'sotu' },
	n: { type: 'string', default: '5' },
	kind: { type: 'string', default: 'click' },
	warmup: { type: 'string', default: '3' },
	help: { type: 'boolean', short: 'h', default: false }
} as const;

export interface ProbeArgs {
	/** The built site's folder (with data/<corpus>/corpus.duckdb). */
	site: string;
	corpus: string;
	/** Measured interactions. */
	n: number;
	kind: Kind;
	/** Interactions made first and not measured (first queries compile and cache). */
	warmup: number;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Values<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: typeof COMMON_OPTIONS & O }>>['values'];
/** The common flags' values: what Values<O> resolves to for them, which TypeScript cannot see while O is generic. */
type CommonValues = Values<Record<never, never>>;

const COMMON_USAGE = '--site DIR [--corpus default|sotu] [--n N] [--kind click|term] [--warmup N]';

/** Prints the usage line (and what was wrong) and exits with 2. */
export function usageExit(script: string, usage: string, problem?: string): never {
	if (problem) console.error(problem);
	console.error(`usage: npx tsx scripts/probe/${script} ${COMMON_USAGE}${usage ? ' ' + usage : ''}`);
	process.exit(problem ? 2 : 0);
}

/** A flag's value as a number ≥ `min` (a whole one when `whole`), or the usage line. */
export function numberArg(script: string, usage: string, name: string, value: string, min = 0, whole = true): number {
	const x = Number(value);
	if (value.trim() === '' || !Number.isFinite(x) || x < min || (whole && !Number.isInteger(x)))
		usageExit(script, usage, `--${name} takes a ${whole ? 'whole ' : ''}number ≥ ${min}, not "${value}".`);
	return x;
}

/**
 * The command line of probe `script`: the common flags checked (the site and its corpus database must exist:
 * openBenchPage would otherwise build build/, not the site named), and the probe's own `extra` flags as parseArgs
 * gives them. Bad input prints `usage` and exits.
 */
export function probeArgs<const O extends OptionsConfig>(script: string, usage: string, extra: O): { args: ProbeArgs; values: Values<O> } {
	let values: Values<O>;
	try {
		values = parseArgs({ options: { ...COMMON_OPTIONS, ...extra }, allowPositionals: false }).values as Values<O>;
	} catch (e) {
		return usageExit(script, usage, (e as Error).message);
	}
	const common = values as CommonValues;
	if (common.help) usageExit(script, usage);
	const num = (name: string, value: string, min: number) => numberArg(script, usage, name, value, min);
	if (!common.site) usageExit(script, usage, '--site is required: a built site (see scripts/probe/README.md).');
	const site = resolve(common.site);
	if (!existsSync(join(site, 'index.html'))) usageExit(script, usage, `${site} holds no built site (index.html).`);
	const corpus = common.corpus;
	if (!existsSync(join(site, 'data', corpus, 'corpus.duckdb')))
		usageExit(script, usage, `${join(site, 'data', corpus, 'corpus.duckdb')} is missing: copy static/data/${corpus} into the site.`);
	const kind = common.kind;
	if (kind !== 'click' && kind !== 'term') usageExit(script, usage, `--kind takes "click" or "term", not "${kind}".`);
	return { args: { site, corpus, kind, n: num('n', common.n, 1), warmup: num('warmup', common.warmup, 0) }, values };
}

/**
 * Opens the site on the corpus, makes the warm-up interactions, runs `body` on the page and closes the browser and
 * server whatever happens.
 */
export async function withProbePage(args: ProbeArgs, body: (page: Page) => Promise<void>): Promise<void> {
	// BenchOptions.corpus (the corpus's source folder) is not read when opening the page: only its name is.
	const { page, done } = await openBenchPage({ corpus: '', name: args.corpus }, MARK, args.site);
	try {
		// Warm-ups count back from -1 (the end of the term list), so that the first measured ones are not repeats.
		for (let i = -args.warmup; i < 0; i++) {
			await untilQuiet(page);
			await interact(page, args.kind, i);
		}
		await body(page);
	} finally {
		await done();
	}
}

/** "wall median … ms, p95 … ms (n)" of the interactions' times. */
export const wallSummary = (ms: number[]): string =>
	`wall median ${median(ms).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms (${ms.length} ${ms.length === 1 ? 'interaction' : 'interactions'})`;
