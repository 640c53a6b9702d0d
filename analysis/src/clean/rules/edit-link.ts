// Wiki section headings: the `[edit source]` / `[edit]` link is cut and the line kept as a heading.
import { cutFromLine, setContinues, setKind, type Rule } from '../draft';
import { completesColon } from './heading';

const EDIT = /\s*\[\s*edit(?:\s+source)?(?:\s*\|\s*edit(?:\s+source)?)?\s*\]\s*$/i;

export const editLink: Rule = {
	name: 'edit-link',
	description: 'The "[edit source]" link after a wiki section heading (the heading itself is kept as a heading, unless it completes a paragraph ending in ":").',
	apply(draft) {
		let d = draft;
		draft.lines.forEach((l, i) => {
			// Only a line ending in `]` can end in the link: the pattern is not tried along a long line of prose.
			if (l.kind !== 'text' || !l.text.trimEnd().endsWith(']')) return;
			const m = EDIT.exec(l.text);
			if (!m) return;
			const heading = l.text.slice(0, m.index).trim();
			d = cutFromLine(d, i, heading, [m[0].trim()], editLink.name);
			// A "heading" that completes a paragraph ending in ":" is that paragraph's last words (the wiki made it a section by mistake).
			if (heading) d = completesColon(d, i, heading) ? setContinues(d, i, heading) : setKind(d, i, 'heading', heading);
		});
		return d;
	}
};
