// Bullet and numbered list items start their own paragraphs; a bullet glyph is markup and is dropped (numbers are the author's).
import { setKind, type Rule } from '../draft';
import { BULLET, endsSentence, NUMBERED } from '../shapes';

export const listItem: Rule = {
	name: 'list-item',
	description: 'Bullet and numbered list items become paragraphs of their own (bullet glyph dropped, numbers kept).',
	structural: true,
	apply(draft) {
		let d = draft;
		draft.lines.forEach((l, i) => {
			if (l.kind !== 'text' || !(BULLET.test(l.text) || NUMBERED.test(l.text))) return;
			const prev = draft.lines.slice(0, i).reverse().find((p) => p.kind !== 'removed' || !p.pageBreak);
			const opens = !draft.wrapped || !prev || prev.kind !== 'text' || endsSentence(prev.text);
			if (opens) d = setKind(d, i, 'item', l.text.replace(BULLET, '').trim());
		});
		return d;
	}
};
