// Hyphens left inside a line by an earlier line break or by OCR: `Petro-grad` → `Petrograd`, `that we -must work` → `that we must work`.
// Recorded as `dehyphenate`, like the words re-joined at a line end, and as they are: the hyphen is what is taken out (`-`), the
// word stays in the text; real compounds (`Social-Democratic`, `so-called`) are kept.
import { cutInline, type Draft, type Rule } from '../draft';
import { countOf, isEnglishWord, type Vocabulary } from '../vocabulary';
import { DEHYPHENATE } from './dehyphenate';

const LETTER = /\p{L}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Next to a part of `x-y`, a character that would make it part of something longer (`commander-in-chief`, `1848-revolution`, `Workers'-club`). */
const JOINER = /[\p{L}\p{N}'’-]/u;

/** Each hyphen of a line with the letters on either side: `Petro-grad` → x `Petro`, y `grad`, from `start` to `end`. */
function* hyphens(text: string): Generator<{ hyphen: number; start: number; end: number; x: string; y: string }> {
	for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
		let start = h;
		while (start > 0 && LETTER.test(text[start - 1])) start--;
		let end = h + 1;
		while (end < text.length && LETTER.test(text[end])) end++;
		yield { hyphen: h, start, end, x: text.slice(start, h), y: text.slice(h + 1, end) };
	}
}

/**
 * Is `x-y` a word broken by a hyphen that should be closed up? Either the corpus writes `xy` and never uses `x-y` elsewhere or
 * either part on its own (`Petro-grad`: Petrograd 13 times, Petro-grad once, neither `petro` nor `grad` used alone); or, when
 * the corpus has no `xy`, the word list knows `xy` but neither part, nor does the corpus use them. A compound whose parts are
 * words (`so-called`, `counter-revolution`, `non-existent`) is kept.
 */
export function closesUp(x: string, y: string, vocabulary: Vocabulary): boolean {
	const closed = (x + y).toLowerCase();
	if (countOf(vocabulary, `${x}-${y}`) > 1) return false;
	const used = (p: string) => countOf(vocabulary, p) > 0;
	if (used(x) || used(y)) return false;
	if (countOf(vocabulary, closed) > 0) return true;
	return isEnglishWord(closed) && !isEnglishWord(x) && !isEnglishWord(y);
}

/** A word after a stray hyphen must be a word: the corpus uses it or the word list has it. */
const known = (word: string, vocabulary: Vocabulary) => countOf(vocabulary, word) > 0 || isEnglishWord(word);

/**
 * Closes up the broken words of one line: two parts joined by one hyphen, the second lowercase and neither part of a longer
 * compound (`Petro-grad`); a hyphen stuck to the front of a word after a space and a word (`we -must`).
 */
export function closeInlineHyphens(text: string, vocabulary: Vocabulary): { text: string; pieces: string[] } {
	if (!text.includes('-')) return { text, pieces: [] };
	const cuts: number[] = [];
	for (const { hyphen, start, end, x, y } of hyphens(text)) {
		const outside = (i: number) => i >= 0 && i < text.length && JOINER.test(text[i]);
		if (x && LOWER_WORD.test(y) && !outside(start - 1) && !outside(end) && closesUp(x, y, vocabulary)) cuts.push(hyphen);
		// A stray hyphen: a space before it, a word before the space, a known lowercase word after it, nothing glued after that word.
		else if (!x && LOWER_WORD.test(y) && !outside(end) && /[\p{L}\p{N},;:]\s+$/u.test(text.slice(Math.max(0, hyphen - 40), hyphen)) && known(y, vocabulary))
			cuts.push(hyphen);
	}
	let out = text;
	for (const at of [...cuts].reverse()) out = out.slice(0, at) + out.slice(at + 1);
	return { text: out, pieces: cuts.map(() => '-') };
}

export const inlineHyphen: Rule = {
	name: DEHYPHENATE.name,
	description: DEHYPHENATE.description,
	apply(draft: Draft) {
		return cutInline(draft, DEHYPHENATE.name, (text) => closeInlineHyphens(text, draft.vocabulary));
	}
};
