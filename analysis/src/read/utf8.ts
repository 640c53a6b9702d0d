// Strict UTF-8 decoding: a text with invalid bytes is refused, naming the byte offset and line of the first one.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export interface InvalidUtf8 {
	/** 0-based byte offset of the first invalid byte. */
	offset: number;
	/** 1-based line and column (in bytes) of that byte. */
	line: number;
	column: number;
	/** The offending bytes in hex, e.g. `ff fe`. */
	bytes: string;
	/** How many invalid sequences the file holds in all. */
	count: number;
}

export type Decoded = { ok: true; text: string } | { ok: false; invalid: InvalidUtf8 };

/** Decodes bytes as UTF-8 (a leading BOM is dropped); on failure locates the invalid sequences. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	try {
		return { ok: true, text: decoder.decode(bytes) };
	} catch {
		return { ok: false, invalid: locateInvalid(bytes) };
	}
}

/** Length of the valid UTF-8 sequence at i, or 0 if the bytes at i are not one (RFC 3629 table). */
function sequenceLength(b: Uint8Array, i: number): number {
	const c = b[i];
	if (c < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
	if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
	if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

function locateInvalid(b: Uint8Array): InvalidUtf8 {
	let first = -1;
	let firstEnd = -1;
	let count = 0;
	for (let i = 0; i < b.length; ) {
		const n = sequenceLength(b, i);
		if (n) {
			i += n;
			continue;
		}
		if (first < 0) first = i;
		count++;
		i++;
		// A run of stray bytes counts as one problem, as a reader would see one garbled spot.
		while (i < b.length && sequenceLength(b, i) === 0) i++;
		if (firstEnd < 0) firstEnd = i;
	}
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < first; i++) if (b[i] === 0x0a) (line++, (lineStart = i + 1));
	const hex = Array.from(b.subarray(first, Math.min(firstEnd, first + 8)), (x) => x.toString(16).padStart(2, '0'));
	return { offset: first, line, column: first - lineStart + 1, bytes: hex.join(' '), count };
}

/** A wide Unicode encoding a file is in (by its BOM, or by the pattern of NUL bytes), or null. */
export type WideEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

export function wideEncoding(b: Uint8Array): WideEncoding | null {
	if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
	if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
	if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
	if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
	// No BOM: in UTF-16 text of mostly Latin script every other byte is NUL; in UTF-32, three bytes of four.
	const n = Math.min(b.length, 4096) & ~3;
	if (n < 4) return null;
	const zeros = [0, 0, 0, 0];
	for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i % 4]++;
	const q = n / 4;
	const high = (z: number) => z >= 0.6 * q;
	const low = (z: number) => z <= 0.1 * q;
	if (high(zeros[1]) && high(zeros[2]) && high(zeros[3]) && low(zeros[0])) return 'UTF-32LE';
	if (high(zeros[0]) && high(zeros[1]) && high(zeros[2]) && low(zeros[3])) return 'UTF-32BE';
	const odd = zeros[1] + zeros[3];
	const even = zeros[0] + zeros[2];
	if (odd >= 0.6 * 2 * q && even <= 0.1 * 2 * q) return 'UTF-16LE';
	if (even >= 0.6 * 2 * q && odd <= 0.1 * 2 * q) return 'UTF-16BE';
	return null;
}

/** The fix for a file in a wide encoding: the iconv command that converts it. */
export const convertHint = (encoding: WideEncoding, file: string): string => {
	const base = file.split('/').pop()!;
	const out = base.replace(/(\.[^.]*)?$/, (ext) => `.utf8${ext || '.txt'}`);
	return `convert it to UTF-8, e.g. \`iconv -f ${encoding} -t UTF-8 ${base} > ${out}\`, then replace the file with ${out} (or list ${out} in the manifest).`;
};

/** 1-based line and column of the first NUL character in text, or null. */
export function firstNul(text: string): { line: number; column: number; count: number } | null {
	const i = text.indexOf('\0');
	if (i < 0) return null;
	const before = text.slice(0, i);
	const line = before.split('\n').length;
	const count = text.split('\0').length - 1;
	return { line, column: i - before.lastIndexOf('\n'), count };
}
