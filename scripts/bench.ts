// `npm run bench [-- --corpus DIR --name NAME --only pipeline|browser|selection|terms --json]`: measures, never asserts.
// `--only selection [--site DIR] [--changes N]` times only the selection changes, `--only terms [--site DIR]` only the
// new terms, on a built site (DIR, or a fresh build of this checkout in a temporary folder): old and new code can be
// compared back to back.
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { formatFigure, type Figure, type BenchOptions } from './bench/figure';

const { values } = parseArgs({
	options: {
		corpus: { type: 'string', default: 'analysis/corpus' },
		name: { type: 'string' },
		only: { type: 'string' },
		site: { type: 'string' },
		changes: { type: 'string' },
		json: { type: 'boolean', default: false }
	}
});
const only = values.only;
if (only && only !== 'pipeline' && only !== 'browser' && only !== 'selection' && only !== 'terms') {
	console.error(`--only takes "pipeline", "browser", "selection" or "terms", not "${only}".`);
	process.exit(2);
}
const corpus = resolve(values.corpus!);
const opts: BenchOptions = {
	corpus,
	name: values.name ?? (values.corpus === 'analysis/corpus' ? 'default' : corpus.split('/').pop()!)
};

const figures: Figure[] = [];
const emit = (f: Figure) => {
	figures.push(f);
	if (!values.json) console.log(formatFigure(f));
};

if (!only || only === 'pipeline') {
	const { benchPipeline } = await import('./bench/pipeline');
	await benchPipeline(opts, emit);
}
if (!only || only === 'browser') {
	// Every browser figure on one fresh build of this checkout (never build/, which may be older).
	const { prepareBenchSite, benchBrowser } = await import('./bench/browser');
	const site = await prepareBenchSite(opts);
	try {
		await benchBrowser({ ...opts, site }, emit);
		const { benchTerms } = await import('./bench/terms');
		await benchTerms({ ...opts, site }, emit);
		const { benchSelection } = await import('./bench/selection');
		await benchSelection({ ...opts, site }, emit);
		const { benchSwitch } = await import('./bench/switch');
		await benchSwitch({ ...opts, site }, emit);
	} finally {
		rmSync(site, { recursive: true, force: true });
	}
}
if (only === 'selection') {
	const changes = values.changes === undefined ? undefined : Number(values.changes);
	if (changes !== undefined && !(Number.isInteger(changes) && changes >= 1)) {
		console.error(`--changes takes a whole number ≥ 1, not "${values.changes}".`);
		process.exit(2);
	}
	const { onBenchSite } = await import('./bench/page');
	const { benchSelection } = await import('./bench/selection');
	await onBenchSite(opts.name, values.site === undefined ? undefined : resolve(values.site), (site) => benchSelection({ ...opts, changes, site }, emit));
}
if (only === 'terms') {
	const { onBenchSite } = await import('./bench/page');
	const { benchTerms } = await import('./bench/terms');
	await onBenchSite(opts.name, values.site === undefined ? undefined : resolve(values.site), (site) => benchTerms({ ...opts, site }, emit));
}
if (values.json) console.log(JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, f])), null, 2));
