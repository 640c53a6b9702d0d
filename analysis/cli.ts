// `npm run analyze [-- options]`: turns a corpus folder into static/data/<name>/corpus.duckdb (see --help).
import { parseArgs } from 'node:util';
import { dirname } from 'node:path';
import { analyzeCorpus, databasePath, interruptRuns, DATABASE_FILE } from './src/pipeline';
import { removeOwnTemp } from './src/write/temp';
import { RULES } from './src/clean/index';
import { CorpusError, formatProblem } from './src/problems';
import { createProgress } from './src/progress';
import { formatCleaningReport, formatSummary } from './src/report';

const HELP = `Usage: npm run analyze -- [options]

Analyses a corpus folder (manifest.csv + plain-text files) into <out>/<name>/${DATABASE_FILE}
and lists it in <out>/corpora.json. With no options: analysis/corpus → static/data/default/.

Options:
  --corpus DIR   corpus folder (default: analysis/corpus)
  --name NAME    output name (default: the folder's name; "default" for analysis/corpus)
  --out DIR      output root (default: static/data)
  --title TEXT   corpus title shown in the app (default: the first "# " heading of DIR/README.md)
  --report       print, per document, what each cleaning rule removed (counts, examples, raw lines)
  --dry-run      validate, clean and segment, but write nothing
  -h, --help     this text

manifest.csv columns: id, file, author, title, date (YYYY, YYYY-MM or YYYY-MM-DD) required;
kind, published_in, edition, translation optional. Texts are UTF-8 (a BOM and CRLF are fine).
Every problem found is listed; nothing is written unless the whole corpus is valid.
Exit codes: 0 done, 1 corpus problems, 2 bad options, 130/143 interrupted (Ctrl+C / SIGTERM: nothing written).`;

let values;
try {
	({ values } = parseArgs({
		options: {
			corpus: { type: 'string' },
			name: { type: 'string' },
			out: { type: 'string' },
			title: { type: 'string' },
			report: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false }
		},
		strict: true,
		allowPositionals: false
	}));
} catch (e) {
	console.error(`${(e as Error).message}\n\n${HELP}`);
	process.exit(2);
}
if (values.help) {
	console.log(HELP);
	process.exit(0);
}

const progress = createProgress(process.stderr);
const opts = { corpus: values.corpus, name: values.name, out: values.out, title: values.title, dryRun: values['dry-run'] };
// Interrupted: the workers and DuckDB are stopped, this run's temporary files removed (the previous database, if any,
// stays as it was), and the process ends with 128 + the signal's number, as a shell reports it. A second signal, or
// DuckDB not stopping within seconds, ends it at once (the files are removed all the same; a WAL DuckDB writes later
// is a dead run's, removed by the next run).
let target: string | null = null;
try {
	target = values['dry-run'] ? null : dirname(databasePath(opts));
} catch {
	// A bad --name: analyzeCorpus reports it below.
}
let interrupted = false;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
	process.on(signal, () => {
		const end = () => {
			if (target) removeOwnTemp(target);
			process.exit(code);
		};
		if (interrupted) end();
		interrupted = true;
		progress.stop();
		console.error(`\nanalysis interrupted (${signal}): nothing was written${target ? `; the temporary files in ${target} are removed` : ''}.`);
		setTimeout(end, 5000);
		void interruptRuns().finally(end);
	});
}
try {
	const result = await analyzeCorpus(opts, progress);
	progress.stop();
	const order = RULES.map((r) => r.name);
	if (values.report) console.log(`${formatCleaningReport(result.clean, order)}\n`);
	console.log(formatSummary(result, order));
} catch (e) {
	// The run failed because it was interrupted: the signal handler ends the process.
	if (interrupted) await new Promise(() => {});
	progress.stop();
	if (e instanceof CorpusError) {
		const errors = e.problems.filter((p) => p.severity === 'error');
		for (const p of e.problems) console.error(formatProblem(p));
		console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} to fix; nothing was written.`);
		process.exit(1);
	}
	throw e;
}
