// The last step of a build (svelte.config.js runs it after adapter-static has written the site): hidden files are
// removed — static/ is copied whole, static/data included, and a running analysis leaves `.corpus.duckdb.<pid>.tmp`,
// `.wal` and `.rows/` there — and the app's own files get precompressed .br and .gz siblings (node:zlib), which
// scripts/serve.ts (sirv) sends with Content-Encoding when the browser accepts them. Plain JS: svelte.config.js loads it.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Files worth compressing: text and WebAssembly, at least 1 KiB. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|map|txt)$/;
const MIN_SIZE = 1024;
/** Brotli's best quality takes minutes on the 35 MB engine; quality 5 compresses it to ~6 MB in seconds. */
const BIG = 1_048_576;

/**
 * Removes every file or folder whose name starts with "." under `dir`; returns their paths (relative to `dir`).
 * @param {string} dir
 * @returns {string[]}
 */
export function removeHidden(dir, rel = '') {
	const removed = [];
	for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
		const path = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.name.startsWith('.')) {
			rmSync(join(dir, path), { recursive: true, force: true });
			removed.push(path);
		} else if (entry.isDirectory()) removed.push(...removeHidden(dir, path));
	}
	return removed;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file under `dir` (skipping `skip`, e.g. data/, whose
 * files change while the server runs and are served as they are). Returns the files compressed.
 * @param {string} dir
 * @param {{ skip?: string[] }} [options]
 * @returns {Promise<string[]>}
 */
export async function precompress(dir, { skip = [] } = {}) {
	/** @type {string[]} */
	const files = [];
	/** @param {string} rel */
	const walk = (rel) => {
		for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
			const path = rel ? `${rel}/${entry.name}` : entry.name;
			if (skip.includes(path)) continue;
			if (entry.isDirectory()) walk(path);
			else if (COMPRESSIBLE.test(entry.name) && statSync(join(dir, path)).size >= MIN_SIZE) files.push(path);
		}
	};
	walk('');
	await Promise.all(
		files.map(async (path) => {
			const file = join(dir, path);
			const data = readFileSync(file);
			const quality = data.length > BIG ? 5 : constants.BROTLI_MAX_QUALITY;
			const [b, g] = await Promise.all([
				br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
				gz(data, { level: 9 })
			]);
			writeFileSync(`${file}.br`, b);
			writeFileSync(`${file}.gz`, g);
		})
	);
	return files;
}
