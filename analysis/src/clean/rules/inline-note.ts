// Notes set inline in square brackets where they were keyed in (Project Gutenberg style): `[Footnote 1: The report dated …]`.
import { cutInline, type Rule } from '../draft';

/** The opening of an inline note: `[Footnote 1:`, `[Footnote:`, `[Note 2:`, `[Footnote A:`. */
const OPENING = /\s*\[(?:Foot)?note(?:\s+(?:\d{1,3}|[A-Za-z*†‡]))?\s*:/giu;

/** Cuts each inline note with the bracket that closes it (brackets inside it are balanced: `(… [sic] …)`). A note left open is kept. */
export function cutInlineNotes(text: string): { text: string; pieces: string[] } {
	if (!text.includes('[')) return { text, pieces: [] };
	const pieces: string[] = [];
	let out = '';
	let from = 0;
	for (const m of text.matchAll(OPENING)) {
		if (m.index < from) continue;
		let depth = 0;
		let end = -1;
		for (let k = m.index + m[0].indexOf('['); k < text.length; k++) {
			if (text[k] === '[') depth++;
			else if (text[k] === ']' && --depth === 0) {
				end = k + 1;
				break;
			}
		}
		if (end < 0) break;
		out += text.slice(from, m.index);
		pieces.push(text.slice(m.index, end).trim());
		from = end;
	}
	return pieces.length ? { text: out + text.slice(from), pieces } : { text, pieces };
}

export const inlineNote: Rule = {
	name: 'inline-note',
	description: 'Notes keyed in where they were referred to, in square brackets: `[Footnote 1: …]` (their reference mark `[1]` goes with reference-mark).',
	apply(draft) {
		return cutInline(draft, inlineNote.name, cutInlineNotes);
	}
};
