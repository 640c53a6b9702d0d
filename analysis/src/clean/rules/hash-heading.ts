// The remaining `#`-prefixed lines are headings of the text: the `#` is markup, the line is kept as a heading.
import { setKind, type Rule } from '../draft';

export const hashHeading: Rule = {
	name: 'hash-heading',
	structural: true,
	description: 'Keeps the other "#" lines as headings of the text (the "#" markup is dropped; nothing is removed).',
	apply(draft) {
		let d = draft;
		draft.lines.forEach((l, i) => {
			if (l.kind === 'text' && /^\s*#+\s*\S/.test(l.text)) d = setKind(d, i, 'heading', l.text.replace(/^\s*#+\s*/, '').trim());
		});
		return d;
	}
};
