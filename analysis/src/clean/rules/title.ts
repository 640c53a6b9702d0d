// The document's own title at the top (it is in the manifest already): removed, so only the running text is counted.
import { removeLines, type Draft, type DraftLine, type Rule } from '../draft';
import { frontLines } from '../front';
import { isAllCaps, isTitleCase, letterKey } from '../shapes';

/** Front lines that make up the title: lines matching the manifest's title, else a capitals or title-case first line. */
function titleLines(draft: Draft): number[] {
	const front = frontLines(draft);
	const title = letterKey(draft.entry.title);
	const matches = (i: number) => {
		const k = letterKey(draft.lines[i].text);
		return k.length >= 6 && (title.includes(k) || k.includes(title));
	};
	const found = front.filter(matches);
	if (found.length) return found;
	const first = draft.lines.findIndex((l) => l.kind !== 'blank');
	const t = draft.lines[first]?.text ?? '';
	return front[0] === first && (isAllCaps(t) || isTitleCase(t)) && !endsInSmallWord(t) ? [first] : [];
}

const FIRST_LETTER = /\p{L}/u;

/** Ends in a word that cannot end a title (`the Voice of`). Only the line's tail is read: the first line may be a whole address. */
function endsInSmallWord(text: string): boolean {
	const from = Math.max(0, text.length - 40);
	const m = /\b(of|the|a|an|and|or|to|for|in|on|by|with)\s*$/i.exec(text.slice(from));
	// A match at the cut would be a word's tail (`there|of`) unless the cut falls after a non-word character.
	return m !== null && (m.index > 0 || from === 0 || /\W/.test(text[from - 1]));
}

/** The manifest title's main part, without a subtitle in brackets or after a colon: `Our Organizational Tasks (A Letter to a Comrade)` → `Our Organizational Tasks`. */
const mainTitle = (title: string): string => title.replace(/\s*[([][^)\]]*[)\]]\s*$/u, '').replace(/\s*:\s.*$/u, '').trim();

/**
 * Heading lines further down that repeat the title (`#OUR ORGANIZATIONAL TASKS` after the preface): the whole title or its main
 * part, any case. A subtitle alone (`LETTER TO A COMRADE`) names a part of the text and stays a heading.
 */
function repeatedTitleLines(draft: Draft): number[] {
	const keys = new Set([letterKey(draft.entry.title), letterKey(mainTitle(draft.entry.title))].filter((k) => k.length >= 6));
	if (keys.size === 0) return [];
	const shortest = Math.min(...[...keys].map((k) => k.length));
	const longest = Math.max(...[...keys].map((k) => k.length));
	const firsts = new Set([...keys].map((k) => k.charAt(0)));
	return draft.lines.flatMap((l, i) => {
		// A line holding the title has at least its letters and not many more characters (spaces, punctuation, `#`).
		if ((l.kind !== 'text' && l.kind !== 'heading') || l.text.length < shortest || l.text.length > 2 * longest + 10) return [];
		const t = l.text.replace(/^\s*#+\s*/, '').trim();
		if (!firsts.has((FIRST_LETTER.exec(t)?.[0] ?? '').toLowerCase()) || /[.!?;,]$/.test(t) || !keys.has(letterKey(t))) return [];
		return l.kind === 'heading' || /^\s*#/.test(l.raw) || isAllCaps(t) || isTitleCase(t) ? [i] : [];
	});
}

export const title: Rule = {
	name: 'title',
	description: "The document's title line(s) at the top, and headings further down that repeat it (already in the manifest), not counted as running text.",
	apply(draft) {
		const repeated = repeatedTitleLines(draft);
		// A repeated title may already be a heading without its `#`: the record shows its markup again, as for other `#` lines —
		// but not what another rule already took out and recorded (a wiki `[edit]` link), which would be counted twice.
		const withMark = (l: DraftLine) => {
			const mark = /^\s*#+\s*/.exec(l.raw)?.[0] ?? '';
			return l.text.startsWith(mark) ? l.text : mark + l.text;
		};
		const lines = draft.lines.map((l, i) => (repeated.includes(i) ? { ...l, text: withMark(l) } : l));
		return removeLines({ ...draft, lines }, [...titleLines(draft), ...repeated], title.name);
	}
};
