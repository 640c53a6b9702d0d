// A standalone line of capitals or title-case words without a full stop is a heading of the text (kept, never merged).
import { setKind, type Draft, type Rule } from '../draft';
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

export const heading: Rule = {
	name: 'heading',
	description: 'Keeps a standalone capitals or title-case line without a full stop as a heading (nothing is removed).',
	structural: true,
	apply(draft) {
		let d = draft;
		draft.lines.forEach((l, i) => {
			if (l.kind !== 'text' || l.text.length > 150 || !quiet(draft, i - 1) || !quiet(draft, i + 1) || continues(draft, i)) return;
			const t = l.text.trim();
			const n = letterWords(t).length;
			if ((isAllCaps(t) && n <= 15) || (isTitleCase(t) && n <= 10 && !endsSentence(t))) d = setKind(d, i, 'heading', t);
		});
		return d;
	}
};
