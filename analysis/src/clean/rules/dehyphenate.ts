// Re-joins words broken at a line end or page break (`devel`/`oped`, `Plekha-`/`nov's`) but keeps compounds (`Social-`/`Democracy`).
import { countOf, isEnglishWord, wordForm, type Vocabulary } from '../vocabulary';

export const DEHYPHENATE = {
	name: 'dehyphenate',
	description:
		'Words broken across a line end or page break, with or without a hyphen, re-joined; a print hyphen left inside a line (`Petro-grad`) or stuck to a word (`we -must`) closed up. What is recorded is what is taken out: the hyphen and the line break (`-⏎`, `⏎`, `-`); the word stays in the text.'
};

/** How two lines meet: with a space, glued into one word, or glued keeping the hyphen of a compound. */
export type Join = 'space' | 'join' | 'hyphen';

export interface JoinContext {
	vocabulary: Vocabulary;
	/** A line ending in a complete word ends with a space in this text (so a line without one ends in half a word). */
	trailingSpaceMarksWordEnd: boolean;
}

const LAST = /(?<token>\S*?(?<frag>\p{L}[\p{L}'’]*)(?<hyphen>-?))$/u;
const FIRST = /^(?<frag>\p{L}[\p{L}'’]*)/u;

const bothWords = (a: string, b: string) => a.length > 1 && b.length > 1 && isEnglishWord(a) && isEnglishWord(b);

/** Decides how the line `left` (as it stands, trailing space and all) continues into `right`. */
export function decideJoin(left: string, right: string, ctx: JoinContext): Join {
	if (ctx.trailingSpaceMarksWordEnd && /\s$/.test(left) && !/\p{L}-\s+$/u.test(left)) return 'space';
	const l = LAST.exec(left.trimEnd())?.groups;
	const r = FIRST.exec(right.trimStart())?.groups;
	if (!l) return /[—–]$/.test(left.trimEnd()) ? 'join' : 'space';
	if (!r) return l.hyphen ? 'hyphen' : 'space';
	const head = wordForm(l.token).replace(/-$/, '');
	if (l.hyphen) {
		const joined = countOf(ctx.vocabulary, head + r.frag);
		const hyphened = countOf(ctx.vocabulary, `${head}-${r.frag}`);
		if (hyphened !== joined) return hyphened > joined ? 'hyphen' : 'join';
		if (isEnglishWord(l.frag + r.frag)) return 'join';
		if (/^\p{Lu}/u.test(r.frag) || bothWords(l.frag, r.frag)) return 'hyphen';
		return 'join';
	}
	if (ctx.trailingSpaceMarksWordEnd) return /^\p{Lu}/u.test(r.frag) && bothWords(l.frag, r.frag) ? 'space' : 'join';
	// Without a hyphen a line end is a word end unless the two pieces only make sense as one word. A compound after
	// the break is joined only as the whole compound the corpus has (`to` ⏎ `re-enact` is not `tore-enact`).
	const compound = COMPOUND_REST.exec(right.trimStart().slice(r.frag.length))?.[0];
	const known = compound
		? countOf(ctx.vocabulary, head + r.frag + compound) > 0
		: isEnglishWord(l.frag + r.frag) || countOf(ctx.vocabulary, head + r.frag) > 0;
	const bothUsed = [l.frag, r.frag].every((f) => pieceIsWord(f) && countOf(ctx.vocabulary, f) > 0);
	return known && !bothUsed ? 'join' : 'space';
}

/** The rest of a hyphenated compound after its first part (`-enact` of `re-enact`). */
const COMPOUND_REST = /^(?:-\p{L}[\p{L}'’]*)+/u;

/** A piece that is a word by itself: listed, and more than one letter unless it is `a` or `I` (`them` ⏎ `a` is not `thema`). */
const pieceIsWord = (piece: string) => (piece.length > 1 || /^[ai]$/i.test(piece)) && isEnglishWord(piece);

/**
 * What a join takes out, for the record: the hyphen, if the line ended in one, and the line break — `-⏎` (`Plekha-⏎nov's`)
 * or `⏎` (`real⏎ly`). The word's letters stay in the running text, so they are not recorded as removed: the raw text's
 * letters are exactly those of the kept text plus those of `removed`. The raw line says which word it was.
 */
export const joinedSpan = (left: string): string => (left.trimEnd().endsWith('-') ? '-⏎' : '⏎');
