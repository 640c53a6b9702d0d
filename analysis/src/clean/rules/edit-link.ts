// Wiki section headings: the `[edit source]` / `[edit]` link is cut and the line kept as a heading.
import { cutFromLine, setKind, type Rule } from '../draft';

const EDIT = /\s*\[\s*edit(?:\s+source)?(?:\s*\|\s*edit(?:\s+source)?)?\s*\]\s*$/i;

export const editLink: Rule = {
	name: 'edit-link',
	description: 'The "[edit source]" link after a wiki section heading (the heading itself is kept as a heading).',
	apply(draft) {
		let d = draft;
		draft.lines.forEach((l, i) => {
			if (l.kind !== 'text') return;
			const m = EDIT.exec(l.text);
			if (!m) return;
			const heading = l.text.slice(0, m.index).trim();
			d = cutFromLine(d, i, heading, [m[0].trim()], 'edit-link');
			if (heading) d = setKind(d, i, 'heading', heading);
		});
		return d;
	}
};
