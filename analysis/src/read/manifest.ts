// Reads and validates a corpus's manifest.csv (d3-dsv): columns, ids, files named, dates — every problem at once.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { ManifestEntry } from '../types';
import { error, warning, type Problem } from '../problems';
import { convertHint, decodeUtf8, firstNul, wideEncoding } from './utf8';
import { dateProblem, yearOf } from './dates';
import { columnsOf } from '../../../src/lib/db/contract/schema';
import { readingForm } from '../../../src/lib/db/contract/text';

export const MANIFEST = 'manifest.csv';
const REQUIRED_COLUMNS = ['id', 'file', 'author', 'title', 'date'] as const;
const OPTIONAL_COLUMNS = ['kind', 'published_in', 'edition', 'translation'] as const;
const SAFE_ID = /^[A-Za-z0-9._-]+$/;
/** A facet column's name: it becomes a name in SQL rows and the address (party, country, genre_2). */
const FACET_NAME = /^[a-z][a-z0-9_]*$/;
/**
 * Names a facet may not take: the manifest's own columns and those Tribune derives for a document (documents table,
 * the app's document rows), so that "year" or "n_words" in a manifest never stands for two things; "none" is the
 * app's "Colour by: none".
 */
const RESERVED = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...columnsOf('documents'), 'when', 'mean_sentence', 'facets', 'none'];

/** A header turned into a facet name to suggest: lower case, other characters as "_". */
const facetHint = (h: string) => {
	const s = h.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
	return /^[a-z]/.test(s) ? s : `f_${s || 'column'}`;
};

export interface Manifest {
	entries: ManifestEntry[];
	problems: Problem[];
	/** The manifest's raw bytes (for the corpus hash), or null if it could not be read. */
	bytes: Uint8Array | null;
	/** Every file value in the manifest, valid row or not (so that no listed file is called unlisted). */
	mentioned: string[];
	/** The facet columns (every other column with a valid name), in manifest order. */
	facets: string[];
}

/** The 1-based line of a quote that opens a field and is never closed, or null. */
export function unclosedQuoteLine(text: string): number | null {
	let line = 1;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"' && fieldStart) {
			// A quoted field: it ends at a quote not doubled.
			const opened = line;
			let closed = false;
			for (i++; i < text.length; i++) {
				if (text[i] === '\n') line++;
				else if (text[i] === '"') {
					if (text[i + 1] === '"') i++;
					else {
						closed = true;
						break;
					}
				}
			}
			if (!closed) return opened;
			fieldStart = false;
			continue;
		}
		if (c === '\n') line++;
		fieldStart = c === ',' || c === '\n';
	}
	return null;
}

/** A manifest file value as a plain relative path: `/` separators, no `./` or doubled slashes. */
export const normaliseFile = (file: string): string => {
	const p = posix.normalize(file.replace(/\\/g, '/'));
	return p === '.' ? '' : p.replace(/\/+$/, '');
};

/** The real path of a file (links resolved), or null if it cannot be resolved. */
const realPath = (path: string) => {
	try {
		return realpathSync(path);
	} catch {
		return null;
	}
};

/** 1-based line on which each CSV record starts; quoted fields may span lines, so lines ≠ records. */
export function recordLines(text: string): number[] {
	const starts = [1];
	let line = 1;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === '\n') {
			line++;
			if (!quoted && i + 1 < text.length) starts.push(line);
		}
	}
	return starts;
}

const isFile = (path: string) => {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
};

const safeIdHint = (id: string) => id.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'doc-1';

export function readManifest(dir: string): Manifest {
	const path = join(dir, MANIFEST);
	const problems: Problem[] = [];
	if (!existsSync(path)) {
		problems.push(error({ file: MANIFEST, message: `the corpus folder ${dir} has no ${MANIFEST}.`, fix: `add ${MANIFEST} with the columns ${REQUIRED_COLUMNS.join(', ')} and one row per text.` }));
		return { entries: [], problems, bytes: null, mentioned: [], facets: [] };
	}
	const bytes = readFileSync(path);
	const wide = wideEncoding(bytes);
	if (wide) {
		problems.push(error({ file: MANIFEST, value: wide, message: `is in ${wide}, not UTF-8.`, fix: convertHint(wide, MANIFEST).replace(/\(or list .*\)/, '') }));
		return { entries: [], problems, bytes, mentioned: [], facets: [] };
	}
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) {
		const { line, offset, bytes: hex } = decoded.invalid;
		problems.push(error({ file: MANIFEST, line, value: hex, message: `is not valid UTF-8 (byte offset ${offset}).`, fix: 'save the manifest as UTF-8.' }));
		return { entries: [], problems, bytes, mentioned: [], facets: [] };
	}
	const text = readingForm(decoded.text.replace(/\r\n?/g, '\n'));
	const nul = firstNul(text);
	if (nul) {
		problems.push(error({ file: MANIFEST, line: nul.line, value: '\\0', message: `holds a NUL character (line ${nul.line}, column ${nul.column}), which no text holds.`, fix: 'save the manifest as plain UTF-8 text, without NUL bytes.' }));
		return { entries: [], problems, bytes, mentioned: [], facets: [] };
	}
	const unclosed = unclosedQuoteLine(text);
	if (unclosed !== null) {
		problems.push(error({ file: MANIFEST, line: unclosed, value: text.split('\n')[unclosed - 1], message: `line ${unclosed} opens a quote (") that is never closed, so the rest of the file reads as one value.`, fix: 'close the quote; a quote inside a quoted value is written twice ("a ""b"" c").' }));
		return { entries: [], problems, bytes, mentioned: [], facets: [] };
	}
	const rows = csvParseRows(text);
	const lines = recordLines(text);
	const header = (rows[0] ?? []).map((h) => h.trim());
	const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
	const lowerCaseHint = (h: string) => (h !== h.toLowerCase() && [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].includes(h.toLowerCase() as never) ? h : null);
	for (const c of missing) {
		const upper = header.find((h) => h.toLowerCase() === c);
		if (upper) {
			problems.push(error({ file: MANIFEST, line: 1, value: upper, message: `the header has no column "${c}" but has "${upper}": column names are lower case.`, fix: `rename the column "${upper}" to "${c}".` }));
			continue;
		}
		problems.push(error({ file: MANIFEST, line: 1, value: header.join(','), message: `the header has no column "${c}".`, fix: `add the column "${c}" (required: ${REQUIRED_COLUMNS.join(', ')}; optional: ${OPTIONAL_COLUMNS.join(', ')}).` }));
	}
	const known: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
	// Every other column is a facet of the documents (party, country, genre …), when its name can be one.
	const facets: string[] = [];
	for (const h of header) {
		if (known.includes(h) || facets.includes(h)) continue;
		if (lowerCaseHint(h)) {
			if (!(REQUIRED_COLUMNS as readonly string[]).includes(h.toLowerCase())) problems.push(warning({ file: MANIFEST, line: 1, value: h, message: 'is not a column Tribune reads (column names are lower case); it is ignored.', fix: `rename it to "${h.toLowerCase()}".` }));
		} else if (RESERVED.includes(h)) {
			problems.push(warning({ file: MANIFEST, line: 1, value: h, message: `names a column Tribune makes itself for every document, so it cannot be a facet; it is ignored.`, fix: `rename it (e.g. "${h}_given") to keep it as a facet, or leave it out.` }));
		} else if (!FACET_NAME.test(h)) {
			problems.push(warning({ file: MANIFEST, line: 1, value: h, message: 'is not a name a facet column can have (facet names are lower case letters, digits and "_", starting with a letter); it is ignored.', fix: `rename it to "${facetHint(h)}".` }));
		} else facets.push(h);
	}
	const seenHeader = new Set<string>();
	for (const h of header) {
		if (seenHeader.has(h)) problems.push(error({ file: MANIFEST, line: 1, value: h, message: 'the header names this column twice.', fix: 'keep one column of each name.' }));
		seenHeader.add(h);
	}
	const has = (name: string) => header.includes(name);
	const col = (row: string[], name: string) => {
		const i = header.indexOf(name);
		return i < 0 ? '' : (row[i] ?? '').trim();
	};
	const mentioned: string[] = [];
	const entries: ManifestEntry[] = [];
	const idLines = new Map<string, number>();
	const fileLines = new Map<string, number>();
	const realLines = new Map<string, { line: number; file: string }>();
	const realDir = realPath(dir) ?? dir;
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		const line = lines[r] ?? r + 1;
		if (row.every((v) => v.trim() === '')) continue;
		if (row.length !== header.length) {
			problems.push(error({ file: MANIFEST, line, value: row.join(','), message: `has ${row.length} fields but the header has ${header.length}.`, fix: 'quote values that contain commas ("…, …") and give every row the same columns.' }));
		}
		let ok = true;
		const bad = (p: Omit<Problem, 'severity' | 'file' | 'line'>) => {
			problems.push(error({ file: MANIFEST, line, ...p }));
			ok = false;
		};
		// With a required column missing no row can become an entry, but the columns present are still checked.
		if (missing.length) ok = false;
		const id = col(row, 'id');
		if (!has('id')) ok = false;
		else if (!id) bad({ value: id, message: 'has an empty id.', fix: 'give every row a unique id of letters, digits, "-", "_" or ".".' });
		else if (!SAFE_ID.test(id)) bad({ value: id, message: 'id may contain only letters, digits, "-", "_" and ".".', fix: `rename it, e.g. "${safeIdHint(id)}".` });
		else if (idLines.has(id)) bad({ value: id, message: `repeats the id of line ${idLines.get(id)}.`, fix: 'give each text its own id.' });
		else idLines.set(id, line);

		const file = normaliseFile(col(row, 'file'));
		if (file) mentioned.push(file);
		if (!has('file')) ok = false;
		else if (!file) bad({ value: file, message: 'has an empty file.', fix: 'name the text file, relative to the corpus folder.' });
		else if (file.startsWith('/') || file.split(/[\\/]/).includes('..')) bad({ value: file, message: 'file must be inside the corpus folder.', fix: 'give the path relative to the folder of manifest.csv, without "..".' });
		else if (file.split('/').some((part) => part.startsWith('.'))) bad({ value: file, message: 'file is hidden (its name or a folder of its path starts with "."): hidden files are skipped in the corpus folder and never published.', fix: 'rename the file (or folder) so that it does not start with ".", and list the new name.' });
		else if (fileLines.has(file)) bad({ value: file, message: `names the same file as line ${fileLines.get(file)} (lines ${fileLines.get(file)} and ${line} list it twice).`, fix: `list each text file once: remove line ${line} or line ${fileLines.get(file)}.` });
		else {
			fileLines.set(file, line);
			const real = isFile(join(dir, file)) ? realPath(join(dir, file)) : null;
			const inside = real !== null && !relative(realDir, real).startsWith('..') && !isAbsolute(relative(realDir, real));
			const twin = real !== null ? realLines.get(real) : undefined;
			if (real === null) bad({ value: file, message: `file${id ? ` of "${id}"` : ''} does not exist in ${dir}.`, fix: 'correct the file name in the manifest (names are case-sensitive) or add the file to the folder.' });
			else if (!inside) bad({ value: file, message: `file is a link to ${real}, outside the corpus folder ${realDir}; Tribune reads only files inside it.`, fix: `copy the text into the corpus folder in place of the link (e.g. \`cp --remove-destination ${real} ${join(dir, file)}\`), or remove its row.` });
			else if (twin) bad({ value: file, message: `is the same file as "${twin.file}" on line ${twin.line} (a link to it): lines ${twin.line} and ${line} list one file twice.`, fix: `list each text file once: remove line ${line} or line ${twin.line}.` });
			else realLines.set(real, { line, file });
		}

		for (const name of ['author', 'title'] as const) {
			if (has(name) && !col(row, name)) bad({ value: '', message: `has an empty ${name}.`, fix: `fill in the ${name}.` });
		}
		const date = col(row, 'date');
		const why = has('date') ? dateProblem(date) : null;
		if (why) bad({ value: date, message: `date ${why}`, fix: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1917-08-08 or 1902-09.' });
		if (!ok) continue;
		entries.push({
			id, file, date, line,
			author: col(row, 'author'),
			title: col(row, 'title'),
			year: yearOf(date),
			kind: col(row, 'kind'),
			published_in: col(row, 'published_in'),
			edition: col(row, 'edition'),
			translation: col(row, 'translation'),
			facets: Object.fromEntries(facets.map((f) => [f, col(row, f)]))
		});
	}
	if (rows.length <= 1) problems.push(error({ file: MANIFEST, message: 'lists no texts.', fix: 'add one row per text file below the header.' }));
	return { entries, problems, bytes, mentioned, facets };
}
