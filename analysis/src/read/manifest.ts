// Reads and validates a corpus's manifest.csv (d3-dsv): columns, ids, files named, dates — every problem at once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import type { ManifestEntry } from '../types';
import { error, warning, type Problem } from '../problems';
import { decodeUtf8 } from './utf8';
import { dateProblem, yearOf } from './dates';

export const MANIFEST = 'manifest.csv';
const REQUIRED_COLUMNS = ['id', 'file', 'author', 'title', 'date'] as const;
const OPTIONAL_COLUMNS = ['kind', 'published_in', 'edition', 'translation'] as const;
const SAFE_ID = /^[A-Za-z0-9._-]+$/;

export interface Manifest {
	entries: ManifestEntry[];
	problems: Problem[];
	/** The manifest's raw bytes (for the corpus hash), or null if it could not be read. */
	bytes: Uint8Array | null;
	/** Every file value in the manifest, valid row or not (so that no listed file is called unlisted). */
	mentioned: string[];
}

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
		return { entries: [], problems, bytes: null, mentioned: [] };
	}
	const bytes = readFileSync(path);
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) {
		const { line, offset, bytes: hex } = decoded.invalid;
		problems.push(error({ file: MANIFEST, line, value: hex, message: `is not valid UTF-8 (byte offset ${offset}).`, fix: 'save the manifest as UTF-8.' }));
		return { entries: [], problems, bytes, mentioned: [] };
	}
	const text = decoded.text.replace(/\r\n?/g, '\n');
	const rows = csvParseRows(text);
	const lines = recordLines(text);
	const header = (rows[0] ?? []).map((h) => h.trim());
	const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
	for (const c of missing) {
		problems.push(error({ file: MANIFEST, line: 1, value: header.join(','), message: `the header has no column "${c}".`, fix: `add the column "${c}" (required: ${REQUIRED_COLUMNS.join(', ')}; optional: ${OPTIONAL_COLUMNS.join(', ')}).` }));
	}
	const known: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
	for (const h of header) {
		if (!known.includes(h)) problems.push(warning({ file: MANIFEST, line: 1, value: h, message: 'is not a column Tribune reads; it is ignored.', fix: `rename it to one of ${known.join(', ')} or leave it.` }));
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

		const file = col(row, 'file');
		if (file) mentioned.push(file);
		if (!has('file')) ok = false;
		else if (!file) bad({ value: file, message: 'has an empty file.', fix: 'name the text file, relative to the corpus folder.' });
		else if (file.startsWith('/') || file.split(/[\\/]/).includes('..')) bad({ value: file, message: 'file must be inside the corpus folder.', fix: 'give the path relative to the folder of manifest.csv, without "..".' });
		else if (fileLines.has(file)) bad({ value: file, message: `names the same file as line ${fileLines.get(file)}.`, fix: 'list each text file once.' });
		else {
			fileLines.set(file, line);
			if (!isFile(join(dir, file))) bad({ value: file, message: `file${id ? ` of "${id}"` : ''} does not exist in ${dir}.`, fix: 'correct the file name in the manifest (names are case-sensitive) or add the file to the folder.' });
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
			translation: col(row, 'translation')
		});
	}
	if (rows.length <= 1) problems.push(error({ file: MANIFEST, message: 'lists no texts.', fix: 'add one row per text file below the header.' }));
	return { entries, problems, bytes, mentioned };
}
