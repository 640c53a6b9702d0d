// Finds blocks headed by a note heading (`#PUBLICATION NOTE`, `EDITOR'S NOTE`): the heading and everything up to the next heading.
import type { Draft } from './draft';
import { isAllCaps, letterWords } from './shapes';

const isHeadingLine = (raw: string) => /^\s*#/.test(raw) || (raw.length <= 120 && isAllCaps(raw) && letterWords(raw).length <= 10);

/** Line indices of every block whose heading matches `heading`. */
export function noteBlocks(draft: Draft, heading: RegExp): number[] {
	const lines = draft.lines;
	const out: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.kind === 'removed' || l.kind === 'blank' || !isHeadingLine(l.raw)) continue;
		if (letterWords(l.raw).length > 6 || !heading.test(l.raw.replace(/^\s*#+\s*/, ''))) continue;
		let j = i + 1;
		while (j < lines.length && !(lines[j].kind !== 'blank' && (isHeadingLine(lines[j].raw) || lines[j].kind === 'heading'))) j++;
		for (let k = i; k < j; k++) out.push(k);
		i = j - 1;
	}
	return out;
}
