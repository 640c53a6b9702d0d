// Reads the texts a manifest names: strict UTF-8 (BOM and CRLF accepted), not empty; flags files nobody listed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ManifestEntry, RawDocument } from '../types';
import { error, warning, type Problem } from '../problems';
import { convertHint, decodeUtf8, firstNul, wideEncoding } from './utf8';
import { MANIFEST } from './manifest';
import { readingForm } from '../../../src/lib/db/contract/text';

export interface RawFile {
	/** Path relative to the corpus folder, with `/` separators. */
	name: string;
	bytes: Uint8Array;
}

export interface Texts {
	docs: RawDocument[];
	/** Every file read, for the corpus hash. */
	files: RawFile[];
	problems: Problem[];
}

/**
 * The longest text analysed, in characters. The pipeline segments and writes a document paragraph by paragraph, but
 * holds its raw and cleaned text whole, and cleaning works on the whole text: measured, one generated document of
 * 5 M characters peaked at 0.64 GB (1 M characters on one line: 0.43 GB; the process alone ~0.2 GB), so 10 M stays
 * near 1.1 GB, well inside V8's heap; the longest State of the Union address is 0.22 M, a long novel 3 M. A longer
 * text is refused before any work; split into parts (one manifest row each), it is analysed.
 */
export const MAX_DOCUMENT_CHARACTERS = 10_000_000;

const num = (n: number) => n.toLocaleString('en-US');

/** Line ends normalised to LF; line numbers stay those of the file. */
const normaliseNewlines = (text: string) => text.replace(/\r\n?/g, '\n');

export function readTexts(dir: string, entries: ManifestEntry[], mentioned: string[] = entries.map((e) => e.file)): Texts {
	const docs: RawDocument[] = [];
	const files: RawFile[] = [];
	const problems: Problem[] = [];
	for (const entry of entries) {
		const path = join(dir, entry.file);
		let bytes: Uint8Array;
		try {
			if (!statSync(path).isFile()) throw new Error('not a file');
			bytes = readFileSync(path);
		} catch {
			problems.push(error({ file: MANIFEST, line: entry.line, value: entry.file, message: `file of "${entry.id}" does not exist in ${dir}.`, fix: 'correct the file name in the manifest (names are case-sensitive) or add the file to the folder.' }));
			continue;
		}
		// UTF-8 has at most 4 bytes a character (a UTF-16 unit per 3 bytes at most): a file this large is surely too long.
		if (bytes.length > 3 * MAX_DOCUMENT_CHARACTERS) {
			problems.push(tooLong(entry, `${num(bytes.length)} bytes`));
			continue;
		}
		files.push({ name: entry.file, bytes });
		const wide = wideEncoding(bytes);
		if (wide) {
			problems.push(error({ file: entry.file, value: wide, message: `is in ${wide}, not UTF-8 (listed on manifest line ${entry.line} as "${entry.id}").`, fix: convertHint(wide, entry.file) }));
			continue;
		}
		const decoded = decodeUtf8(bytes);
		if (!decoded.ok) {
			const { offset, line, column, bytes: hex, count } = decoded.invalid;
			const more = count > 1 ? ` (${count} invalid spots in all)` : '';
			problems.push(error({
				file: entry.file, line, value: hex,
				message: `is not valid UTF-8: invalid byte(s) at byte offset ${offset}, line ${line}, column ${column}${more}; listed on manifest line ${entry.line}.`,
				fix: 're-save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`), or fix the bytes at that spot.'
			}));
			continue;
		}
		// Read as the app's term box reads what it searches for (NFC, ligatures spelled out).
		const text = readingForm(normaliseNewlines(decoded.text));
		if (text.length > MAX_DOCUMENT_CHARACTERS) {
			problems.push(tooLong(entry, `${num(text.length)} characters`));
			continue;
		}
		const nul = firstNul(text);
		if (nul) {
			problems.push(error({ file: entry.file, line: nul.line, value: '\\0', message: `holds a NUL character (line ${nul.line}, column ${nul.column}${nul.count > 1 ? `; ${nul.count} in all` : ''}), which no text holds: the file is binary or in another encoding (listed on manifest line ${entry.line}).`, fix: `check that the file is plain UTF-8 text (\`file ${entry.file}\` says which encoding it is), or remove the NUL bytes (e.g. \`tr -d '\\000' < in.txt > out.txt\`).` }));
			continue;
		}
		if (text.trim() === '') {
			problems.push(error({ file: entry.file, value: '', message: `is empty (listed on manifest line ${entry.line} as "${entry.id}").`, fix: 'put the text in the file, or remove its row from the manifest.' }));
			continue;
		}
		if (!/\p{L}/u.test(text)) {
			problems.push(error({ file: entry.file, value: text.trim().slice(0, 40), message: `has no letters, only numbers, punctuation or symbols, so it has no words to count (listed on manifest line ${entry.line} as "${entry.id}").`, fix: 'put the running text in the file (check it is the right file), or remove its row from the manifest.' }));
			continue;
		}
		docs.push({ entry, text });
	}
	const listed = new Set(mentioned);
	for (const name of listFiles(dir)) {
		if (name === MANIFEST || listed.has(name) || /^readme(\.|$)/i.test(name.split('/').pop()!)) continue;
		problems.push(warning({ file: name, message: 'is in the corpus folder but not in manifest.csv, so it is not analysed.', fix: 'add a row for it to manifest.csv, or move it out of the folder.' }));
	}
	return { docs, files, problems };
}

function tooLong(entry: ManifestEntry, size: string): Problem {
	return error({
		file: entry.file,
		value: size,
		message: `is too long to analyse as one document: ${size}, over the limit of ${num(MAX_DOCUMENT_CHARACTERS)} characters (listed on manifest line ${entry.line} as "${entry.id}").`,
		fix: `split the file into parts (e.g. by chapter, or \`split -C 10M ${entry.file} part-\`) and give each part its own manifest row (id, file; same author, title and date).`
	});
}

/** Regular files under dir (relative, `/`-separated, sorted), skipping hidden files and folders. */
function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const ent of readdirSync(d, { withFileTypes: true })) {
			if (ent.name.startsWith('.')) continue;
			const p = join(d, ent.name);
			if (ent.isDirectory()) walk(p);
			else if (ent.isFile()) out.push(relative(dir, p).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}
