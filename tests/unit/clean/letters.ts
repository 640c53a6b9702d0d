// Letter accounting for the cleaning tests: a document's raw letters are exactly those of its sentences plus those of `removed`.
import type { RawDocument, SegmentedDocument } from '../../../analysis/src/types';

/** Letters (\p{L}) in a text. */
export function letters(text: string): number {
	let n = 0;
	for (const _ of text.matchAll(/\p{L}/gu)) n++;
	return n;
}

export interface LetterAccount {
	id: string;
	raw: number;
	sentences: number;
	removed: number;
	/** sentences + removed − raw: 0 when every letter is either kept or recorded as removed, once. */
	off: number;
	/** Letters recorded as removed, per rule (to find the rule when `off` is not 0). */
	byRule: Record<string, number>;
}

export function letterAccount(raw: RawDocument, doc: SegmentedDocument): LetterAccount {
	const r = letters(raw.text);
	const s = doc.sentences.reduce((n, x) => n + letters(x.text), 0);
	const byRule: Record<string, number> = {};
	for (const span of doc.removed) byRule[span.rule] = (byRule[span.rule] ?? 0) + letters(span.text);
	const rem = Object.values(byRule).reduce((a, b) => a + b, 0);
	return { id: raw.entry.id, raw: r, sentences: s, removed: rem, off: s + rem - r, byRule };
}
