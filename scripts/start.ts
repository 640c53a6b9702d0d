// `npm start`: analyse the default corpus if its database is missing or stale, build the static site, serve it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMeta, type CorpusMeta } from '../src/lib/db/contract/meta';
import { metaQuery } from '../src/lib/db/queries/documents';
import { PIPELINE_VERSION } from '../analysis/src/version';
import { withDatabase } from './db/node-runner';
import { serve } from './serve';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_CORPUS_DIR = join(ROOT, 'analysis', 'corpus');
export const DEFAULT_DB = join(ROOT, 'static', 'data', 'default', 'corpus.duckdb');

/** Why the database must be (re)built, or null when it is current. */
async function staleReason(dbPath = DEFAULT_DB, corpusDir = DEFAULT_CORPUS_DIR): Promise<string | null> {
	if (!existsSync(dbPath)) return `${dbPath} does not exist`;
	const { tablePaths } = await import('../analysis/src/write/tables');
	const missing = tablePaths(dbPath).find((f) => !existsSync(f.path));
	if (missing) return `its table file ${missing.path} is missing`;
	let meta: CorpusMeta;
	try {
		meta = readMeta(await withDatabase(dbPath, (db) => db.run<{ key: string; value: string }>(metaQuery())));
	} catch (e) {
		return `${dbPath} cannot be read (${(e as Error).message.split('\n')[0]})`;
	}
	if (meta.pipeline_version !== PIPELINE_VERSION) return `built by pipeline ${meta.pipeline_version ?? '?'}, current is ${PIPELINE_VERSION}`;
	try {
		const { loadCorpus } = await import('../analysis/src/read/corpus');
		const { hash } = loadCorpus(corpusDir);
		if (meta.corpus_hash !== hash) return 'the corpus files changed since it was built';
	} catch (e) {
		// An invalid corpus: let the analysis run and report every problem.
		return `the corpus could not be checked (${(e as Error).message.split('\n')[0]})`;
	}
	return null;
}

/** Runs a command in the project; `quiet` sends its output to stderr (so `bench --json` keeps stdout clean). */
function run(cmd: string, args: string[], what: string, { env = process.env, quiet = false } = {}): void {
	const r = spawnSync(cmd, args, { cwd: ROOT, stdio: quiet ? ['ignore', 2, 2] : 'inherit', env });
	if (r.status !== 0) throw new Error(`${what} failed (exit code ${r.status ?? r.signal})`);
}

/** Runs `npm run analyze` for the default corpus when its database is missing or stale. */
export async function ensureDefaultCorpus(log = console.log, quiet = false): Promise<void> {
	const reason = await staleReason();
	if (!reason) {
		log('Corpus database is up to date.');
		return;
	}
	log(`Analysing the default corpus: ${reason}.`);
	run('npm', ['run', '--silent', 'analyze'], 'npm run analyze', { quiet });
}

/**
 * `vite build` in production mode (under vitest NODE_ENV is "test", which would give a development build), into
 * build/ or, given `out`, into that folder with SvelteKit's intermediate files in .cache/kit/<its name> (inside the
 * project, where they find node_modules): the tests' and the bench's own builds, which never touch build/.
 */
export function buildSite(quiet = false, out?: string): void {
	const dirs = out ? { TRIBUNE_BUILD_DIR: out, TRIBUNE_KIT_DIR: kitDirFor(out) } : {};
	run('npx', ['vite', 'build', '--logLevel', 'warn'], 'vite build', { env: { ...process.env, NODE_ENV: 'production', ...dirs }, quiet });
}

/** SvelteKit's working folder for a build into `out` (remove it with the build). */
export const kitDirFor = (out: string) => join(ROOT, '.cache', 'kit', basename(out));

async function main() {
	await ensureDefaultCorpus();
	console.log('Building the static site into build/ …');
	buildSite();
	const wanted = Number(process.env.PORT ?? 4173);
	const served = await serve(join(ROOT, 'build'), Number.isInteger(wanted) && wanted >= 0 ? wanted : 4173);
	if (served.port !== wanted) console.log(`Port ${wanted} is busy; using ${served.port}.`);
	console.log(`\nTribune is running at ${served.url}/\n(static files from build/; press Ctrl+C to stop)`);
	const stop = () => served.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((e) => {
		console.error(`npm start: ${(e as Error).message}`);
		process.exit(1);
	});
}
