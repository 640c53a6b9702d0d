// static/data/corpora.json: the list of analysed corpora the app offers, updated (atomically) after each analysis.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CatalogEntry {
	name: string;
	title?: string;
	n_documents: number;
	n_words: number;
	hash: string;
}

const CATALOG_FILE = 'corpora.json';

export function readCatalog(outDir: string): CatalogEntry[] {
	const path = join(outDir, CATALOG_FILE);
	if (!existsSync(path)) return [];
	try {
		const list: unknown = JSON.parse(readFileSync(path, 'utf8'));
		return Array.isArray(list) ? (list as CatalogEntry[]).filter((e) => typeof e?.name === 'string') : [];
	} catch {
		// A damaged catalog is rebuilt from what is analysed from now on, rather than blocking the analysis.
		return [];
	}
}

/** Replaces (or adds) the entry of this corpus; "default" first, the rest by name. */
export function updateCatalog(outDir: string, entry: CatalogEntry): CatalogEntry[] {
	const list = readCatalog(outDir).filter((e) => e.name !== entry.name && existsSync(join(outDir, e.name)));
	list.push(entry);
	list.sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	mkdirSync(outDir, { recursive: true });
	const path = join(outDir, CATALOG_FILE);
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, `${JSON.stringify(list, null, '\t')}\n`);
	renameSync(tmp, path);
	return list;
}
