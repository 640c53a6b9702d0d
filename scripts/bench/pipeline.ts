// Pipeline figures for `npm run bench`: words/s of the whole analysis (on as many worker threads as it chooses), wink's
// bare readDoc on the same text on one thread, their ratio, the database's size against the text's, and peak memory.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { summarise, type BenchOptions, type Figure } from './figure';
import { analyzeCorpus, type AnalyzeResult } from '../../analysis/src/pipeline';
import { workersFor } from '../../analysis/src/segment/pool';
import { nlp, WINK_PIPE } from '../../analysis/src/segment/nlp';

const RUNS = 7;
/** The corpus repeated this many times: shows how much of the cost is fixed (DuckDB start-up, checkpoint). */
const SCALE = 8;
const SCALED_RUNS = 3;
/**
 * Words analysed per figure at most: a large corpus (the State of the Union, 1.8 million words) gets fewer runs, no
 * warm-up (its first run is long enough to warm the JIT) and no repeated copy, which would only show the fixed costs.
 */
const WORD_BUDGET = 6_000_000;
const runsFor = (words: number, most: number) => Math.max(1, Math.min(most, Math.floor(WORD_BUDGET / words)));
const manifestRows = (corpus: string) => csvParseRows(readFileSync(join(corpus, 'manifest.csv'), 'utf8').replace(/^\ufeff/, ''));

/** Words in the corpus's texts, counted roughly (whitespace runs) to size the runs before any is made. */
function roughWords(corpus: string): number {
	const [header, ...rows] = manifestRows(corpus);
	const file = header.indexOf('file');
	let n = 0;
	for (const row of rows) if (row[file]) n += readFileSync(join(corpus, row[file]), 'utf8').split(/\s+/).length;
	return n;
}

/** Bytes of the corpus's texts (the files as read). */
function rawBytes(corpus: string): number {
	const [header, ...rows] = manifestRows(corpus);
	const file = header.indexOf('file');
	return rows.reduce((n, row) => n + (row[file] ? statSync(join(corpus, row[file])).size : 0), 0);
}

/** wink's readDoc alone over every cleaned paragraph (each whole, on this thread): what the pipeline is measured against. */
function readDocTime(result: AnalyzeResult, read: (text: string) => unknown): number {
	const t = performance.now();
	for (const doc of result.clean) for (const p of doc.paragraphs) read(p.text);
	return performance.now() - t;
}

/** A copy of the corpus with every text listed `times` times (ids suffixed), in a new folder under `dir`. */
function repeatCorpus(corpus: string, dir: string, times: number): string {
	const target = join(dir, 'scaled');
	mkdirSync(target);
	const [header, ...rows] = manifestRows(corpus);
	const id = header.indexOf('id');
	const file = header.indexOf('file');
	const out = [header];
	for (let k = 0; k < times; k++) {
		for (const row of rows.filter((r) => r.length === header.length)) {
			const name = `${k}-${row[file].replace(/[\\/]/g, '_')}`;
			copyFileSync(join(corpus, row[file]), join(target, name));
			out.push(row.map((v, i) => (i === id ? `${v}-${k}` : i === file ? name : v)));
		}
	}
	writeFileSync(join(target, 'manifest.csv'), csvFormatRows(out));
	return target;
}

interface Measured {
	words: number;
	characters: number;
	/** Size of the database written (bytes). */
	database: number;
	pipeline: number[];
	bare: number[];
	bareDefault: number[];
	stages: Record<'load' | 'clean' | 'segment' | 'write', number[]>;
}

async function measure(corpus: string, name: string, out: string, runs: number, winkDefault: ReturnType<typeof winkNLP>, warmUp = true): Promise<Measured> {
	const m: Measured = { words: 0, characters: 0, database: 0, pipeline: [], bare: [], bareDefault: [], stages: { load: [], clean: [], segment: [], write: [] } };
	// One warm-up of each, so that the figures compare JIT-compiled code, not start-up.
	if (warmUp) {
		const first = await analyzeCorpus({ corpus, name, out });
		readDocTime(first, (t) => nlp.readDoc(t));
		readDocTime(first, (t) => winkDefault.readDoc(t));
	}
	for (let i = 0; i < runs; i++) {
		let characters = 0;
		const r = await analyzeCorpus({ corpus, name, out }, { onStart: (_, n) => void (characters = n) });
		m.words = r.n_words;
		m.characters = characters;
		m.database = statSync(r.path!).size;
		m.pipeline.push(r.timings.total);
		m.bare.push(readDocTime(r, (t) => nlp.readDoc(t)));
		m.bareDefault.push(readDocTime(r, (t) => winkDefault.readDoc(t)));
		for (const k of Object.keys(m.stages) as (keyof Measured['stages'])[]) m.stages[k].push(r.timings[k]);
	}
	return m;
}

const ratios = (a: number[], b: number[]) => a.map((x, i) => x / b[i]);

export async function benchPipeline(opts: BenchOptions, emit: (f: Figure) => void): Promise<void> {
	const out = mkdtempSync(join(tmpdir(), 'tribune-bench-'));
	// wink with its default pipe (NER, negation, sentiment too): the readDoc most users would time.
	const winkDefault = winkNLP(model);
	try {
		const words = roughWords(opts.corpus);
		const runs = runsFor(words, RUNS);
		const m = await measure(opts.corpus, opts.name, out, runs, winkDefault, runs === RUNS);
		const rate = (ms: number[]) => ms.map((t) => (m.words / t) * 1000);
		emit({ name: 'pipeline worker threads', value: workersFor(m.characters), unit: 'threads (0: one thread)', runs: 1 });
		emit(summarise('pipeline words/s', 'words/s', rate(m.pipeline)));
		emit(summarise('pipeline time', 'ms', m.pipeline));
		for (const [k, xs] of Object.entries(m.stages)) emit(summarise(`pipeline stage ${k}`, 'ms', xs));
		emit(summarise(`wink readDoc time (pipeline pipe: ${WINK_PIPE.join(',')})`, 'ms', m.bare));
		emit(summarise('wink readDoc time (default pipe)', 'ms', m.bareDefault));
		// Each ratio compares the pipeline and readDoc of the same repetition.
		emit(summarise('pipeline / readDoc ratio', '×', ratios(m.pipeline, m.bare)));
		// The ratio's parts: each stage over the same readDoc (segment includes readDoc itself, so it is ≥ 1).
		for (const k of ['clean', 'segment', 'write'] as const) emit(summarise(`pipeline stage ${k} / readDoc ratio`, '×', ratios(m.stages[k], m.bare)));
		emit(summarise('pipeline / readDoc (default pipe) ratio', '×', ratios(m.pipeline, m.bareDefault)));

		if (runsFor(words * SCALE, SCALED_RUNS) === SCALED_RUNS) {
			const scaled = await measure(repeatCorpus(opts.corpus, out, SCALE), `${opts.name}-x${SCALE}`, out, SCALED_RUNS, winkDefault);
			emit(summarise(`pipeline words/s, corpus ×${SCALE}`, 'words/s', scaled.pipeline.map((t) => (scaled.words / t) * 1000)));
			emit(summarise(`pipeline / readDoc ratio, corpus ×${SCALE}`, '×', ratios(scaled.pipeline, scaled.bare)));
		} else console.error(`bench: the corpus has about ${words} words; the ×${SCALE} copy figures are for small corpora and are skipped.`);
		const raw = rawBytes(opts.corpus);
		emit({ name: 'database size', value: m.database / 1e6, unit: 'MB', runs: 1 });
		emit({ name: 'database size / raw text size', value: m.database / raw, unit: `× (${(raw / 1e6).toFixed(2)} MB of text)`, runs: 1 });
		// Worker threads are threads of this process: its peak resident memory includes theirs.
		emit({ name: 'peak RSS (workers included)', value: process.resourceUsage().maxRSS / 1024, unit: 'MB', runs: 1 });
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}
