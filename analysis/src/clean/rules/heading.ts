// A standalone line of capitals or title-case words without a full stop is a heading of the text (kept, never merged).
import { liveAbove, setContinues, setKind, type Draft, type Rule } from '../draft';
import { endsSentence, isAllCaps, isTitleCase, letterWords } from '../shapes';

const quiet = (draft: Draft, i: number) => {
	const l = draft.lines[i];
	return l === undefined || l.kind === 'blank' || l.kind === 'heading' || (l.kind === 'removed' && !l.pageBreak);
};
const continues = (draft: Draft, i: number) => {
	for (let k = i + 1; k < draft.lines.length; k++) {
		const l = draft.lines[k];
		if (l.kind !== 'blank' && l.kind !== 'removed') return /^\s*[\p{Ll}(]/u.test(l.text);
	}
	return false;
};

/**
 * A short line without final punctuation, set apart like a heading, right after a paragraph that ends in `:` (`… bears the
 * signatures:` / `Nicholas II, Milyukov, Kerensky`): it completes that paragraph, it is not a heading. `#` lines are markup and stay headings.
 */
export function completesColon(draft: Draft, i: number, text: string): boolean {
	if (/^\s*#/.test(draft.lines[i].raw)) return false;
	const above = liveAbove(draft, i);
	if (above < 0 || draft.lines[above].kind === 'heading' || !/:\s*$/.test(draft.lines[above].text)) return false;
	const t = text.trim();
	const n = letterWords(t).length;
	return n >= 1 && n <= 10 && !/[.!?:;…]["'”’»)\]]*$/u.test(t);
}

export const heading: Rule = {
	name: 'heading',
	description: 'Keeps a standalone capitals or title-case line without a full stop as a heading (nothing is removed); one that completes a paragraph ending in ":" joins that paragraph.',
	structural: true,
	apply(draft) {
		let d = draft;
		draft.lines.forEach((l, i) => {
			if (l.kind !== 'text' || l.text.length > 150 || !quiet(draft, i - 1) || !quiet(draft, i + 1) || continues(draft, i)) return;
			const t = l.text.trim();
			const n = letterWords(t).length;
			if (!((isAllCaps(t) && n <= 15) || (isTitleCase(t) && n <= 10 && !endsSentence(t)))) return;
			d = completesColon(draft, i, t) ? setContinues(d, i) : setKind(d, i, 'heading', t);
		});
		return d;
	}
};
