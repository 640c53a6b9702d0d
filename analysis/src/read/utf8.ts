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
