// Sentence boundaries by explicit rules over wink's tokens: a sentence ends at `.` `?` `!` or an ellipsis (with any
// closing quotes and brackets glued to it) before a word that opens a sentence, except after an abbreviation or initials.

/** The token facts the rules look at. */
export interface BoundaryToken {
	surface: string;
	pos: string;
	stop: boolean;
	/** Whitespace before the token ('' when glued to the previous one). */
	space: string;
}

/** Abbreviations that stand before a number: `Vol. 11`, `pp. 171-78`, `No. 2`, `Aug. 29`. Before anything else the
 * full stop ends a sentence (`he said no. The …`). */
const BEFORE_NUMBER = new Set([
	'vol', 'vols', 'no', 'nos', 'n°', 'nº', 'pp', 'p', 'ch', 'chap', 'art', 'arts', 'fig', 'figs', 'sec', 'par', 'pt', 'nr', 'col', 'cols', 'ed', 'eds',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
]);
/** Titles that stand before a name: `St. Petersburg`, `Mr. Smith`, `Messrs. Martov and Potresov`. */
const BEFORE_NAME = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'st', 'ste', 'mt', 'ft', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon', 'gov', 'sen', 'rep']);
/** Abbreviations that stand after a name (`King Jr.`, `Briggs & Co.`): they go on before a name or lower case, and end
 * the sentence before a word that opens one (`… & Co. It closed`), as initials do. */
const AFTER_NAME = new Set(['jr', 'sr', 'co', 'bros', 'inc', 'ltd', 'esq']);
/** Abbreviations that never end a sentence: `cf.`, `i.e.`, `e.g.`, `op. cit.`, `ibid.`, `vs.`. */
const NEVER_END = new Set(['cf', 'i.e', 'e.g', 'viz', 'vs', 'cp', 'comp', 'approx', 'ca', 'op', 'cit', 'ibid']);
/** `etc.` ends a sentence before a capital (`ENA, etc. All of them …`), not before lower case (`etc. and so on`). */
const ETC = 'etc';

/** `J`, `A.A`, `V.I`, `R.S.D.L.P`: initials and dotted initialisms (the final full stop removed). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '}']);
const OPENERS = new Set(['"', '“', '‘', "'", '«', '(', '[', '{']);
/** `?`, `!`, `?!`: always a sentence end before a sentence opener. */
const QUESTION = /^[?!]+$/;
/** `...`, `…`, `..` (wink reads `word...` as `word` `.` `..`): an ellipsis, when it makes a run of two dots or more. */
const DOTS = /^(?:\.+|…+)$/;
const UPPER_START = /^\p{Lu}/u;
const DIGIT_START = /^\d/;
const NUMBER_START = /^(?:\d|[IVXLC]+$)/;
const ALNUM = /[\p{L}\p{N}]/u;
const LETTERS_DOT = /^[\p{L}.]+$/u;

/** Whether a word (its final full stop removed) is a known abbreviation or initials: the full stop after it may be non-final. */
function isAbbreviation(word: string): boolean {
	const lower = word.toLowerCase();
	return BEFORE_NUMBER.has(lower) || BEFORE_NAME.has(lower) || AFTER_NAME.has(lower) || NEVER_END.has(lower) || lower === ETC || INITIALS.test(word) || (lower.includes('.') && LETTERS_DOT.test(lower));
}

/**
 * Whether the full stop after `word` (an abbreviation, initials or any word) lets the sentence go on into `next`.
 * `next` is the token after the full stop.
 */
function continuesAfter(word: string, next: BoundaryToken | undefined): boolean {
	if (next === undefined) return false;
	const lower = word.toLowerCase();
	if (NEVER_END.has(lower)) return true;
	if (BEFORE_NUMBER.has(lower) && NUMBER_START.test(next.surface)) return true;
	if (BEFORE_NAME.has(lower) && UPPER_START.test(next.surface)) return true;
	// `J. V. Stalin`, `A.A. Snejerson`: a capitalised word that is not a sentence opener like `The` or `It`.
	if ((INITIALS.test(word) || AFTER_NAME.has(lower)) && UPPER_START.test(next.surface) && !next.stop) return true;
	// Any other word: only lower case goes on (`etc. and so on`); that is decided by the caller.
	return false;
}

/**
 * Whether a glued `word.` token (wink reads `in.`, `sat.`, `no.` as abbreviations) is a word followed by a full stop:
 * anything but a known abbreviation or initials, and an abbreviation that stands before a number when no number follows.
 */
export function isWordWithFullStop(surface: string, next: BoundaryToken | undefined): boolean {
	if (surface.length < 3 || surface.charCodeAt(surface.length - 1) !== 46 || !/^\p{L}{2,}\.$/u.test(surface)) return false;
	const word = surface.slice(0, -1);
	const lower = word.toLowerCase();
	if (BEFORE_NUMBER.has(lower)) return !(next && next.space !== '' && NUMBER_START.test(next.surface)) && !BEFORE_NAME.has(lower) && !NEVER_END.has(lower);
	return !isAbbreviation(word);
}

/** The ellipsis that ends at token k, as the index of its first token, or -1: `...`, `…`, `.` `..`, `. . .`. */
function ellipsisStart(toks: BoundaryToken[], k: number): number {
	if (!DOTS.test(toks[k].surface)) return -1;
	let i = k;
	let dots = toks[k].surface === '…' ? 3 : toks[k].surface.length;
	// Glued runs (`.` `..`) and spaced single dots (`. . .`).
	while (i > 0 && DOTS.test(toks[i - 1].surface) && (toks[i].space === '' || (toks[i].surface === '.' && toks[i - 1].surface === '.'))) {
		i--;
		dots += toks[i].surface === '…' ? 3 : toks[i].surface.length;
	}
	return dots >= 2 || toks[k].surface.includes('…') ? i : -1;
}

/** The first token with a letter or digit in [b, end): what opens a sentence after quotes, brackets and dashes. */
function firstContent(toks: BoundaryToken[], b: number, end: number): number {
	for (let i = b; i < end; i++) if (ALNUM.test(toks[i].surface)) return i;
	return -1;
}

const NUMERO_SIGN = /^[°º]$/u;
const NUMERO = /^n[°º]$/iu;
/** An item's number or letter: `1` or `a` with a glued `.` or `)` after it, or wink's `a.` token. */
const ITEM_NUMBER = /^\d{1,2}$/;
const ITEM_LETTER = /^\p{Ll}$/u;
const ITEM_LETTER_DOT = /^\p{Ll}\.$/u;

/** The token after an item's mark starting at i (`1` `.`, `2` `)`, `a.`), or -1; a capitalised word must follow, after a space. */
function afterItemMark(toks: BoundaryToken[], i: number): number {
	const t = toks[i];
	// Every mark is one or two characters (three for a letter outside the BMP and its `.`): most tokens stop here.
	if (t.surface.length > 3) return -1;
	let next = -1;
	if (ITEM_LETTER_DOT.test(t.surface)) next = i + 1;
	else if ((ITEM_NUMBER.test(t.surface) || ITEM_LETTER.test(t.surface)) && (toks[i + 1]?.surface === '.' || toks[i + 1]?.surface === ')') && toks[i + 1].space === '') {
		// `1.)`: wink reads `1` `.` `)`.
		next = toks[i + 1].surface === '.' && toks[i + 2]?.surface === ')' && toks[i + 2].space === '' ? i + 3 : i + 2;
	}
	return next > 0 && next < toks.length && toks[next].space !== '' && UPPER_START.test(toks[next].surface) ? next : -1;
}

/**
 * Whether token i is the number or letter of an item (`1. Organise the workers. 2. Publish …`, `a. Reform. b. …`, `• 9. The
 * last point`): an item mark where a sentence starts — the paragraph's start, after a bullet, or after a sentence's end.
 * The full stop after it ends nothing.
 */
function isItemMarker(toks: BoundaryToken[], i: number): boolean {
	if (afterItemMark(toks, i) < 0) return false;
	if (i === 0 || toks.slice(0, i).every((t) => !ALNUM.test(t.surface))) return true;
	return toks[i].space !== '' && endsBefore(toks, i);
}

/** Whether a sentence may open at j: a capital or a digit, or an opening quote or bracket glued to one; after whitespace. */
function opensAt(toks: BoundaryToken[], j: number): number {
	if (toks[j].space === '') return -1;
	if (!UPPER_START.test(toks[j].surface) && !DIGIT_START.test(toks[j].surface) && afterItemMark(toks, j) > 0 && ITEM_LETTER.test(toks[j].surface.charAt(0))) return j;
	let i = j;
	while (i < toks.length && OPENERS.has(toks[i].surface) && (i === j || toks[i].space === '')) i++;
	if (i >= toks.length || (i > j && toks[i].space !== '')) return -1;
	return UPPER_START.test(toks[i].surface) || DIGIT_START.test(toks[i].surface) ? i : -1;
}

/** `.`, `?`, `!`, `…`: the last characters of the tokens a sentence may end with. */
const ENDS_SENTENCE = new Set([46, 63, 33, 0x2026]);

/** Whether a sentence ends before token j (j ≥ 1). */
function endsBefore(toks: BoundaryToken[], j: number): boolean {
	// Skip back over closing quotes and brackets glued to the end: `… me.’ The`, `… St. Petersburg.) The`.
	let k = j - 1;
	while (k > 0 && CLOSERS.has(toks[k].surface) && toks[k].space === '') k--;
	const end = toks[k].surface;
	// Every end below is a token ending in `.`, `?`, `!` or `…`: the test for the rest, most tokens, is cheap.
	if (!ENDS_SENTENCE.has(end.charCodeAt(end.length - 1))) return false;
	const first = opensAt(toks, j);
	if (first < 0) return false;
	const opener = toks[first];
	if (QUESTION.test(end)) return true;
	const dots = ellipsisStart(toks, k);
	// `… better ... Because it couldn't be worse.`: an ellipsis before a new clause; not before a name (`… Lenin`),
	// which more often goes on with the sentence (`Berlin, Budapest … Moscow`).
	if (dots >= 0) return UPPER_START.test(opener.surface) ? opener.pos !== 'PROPN' : false;
	if (end === '.') {
		// `Vol` `.` `11`: wink's full stop after an abbreviation it does not know.
		if (k > 0 && toks[k].space === '' && isItemMarker(toks, k - 1)) return false;
		let before = k > 0 && toks[k].space === '' ? toks[k - 1].surface : '';
		// `N°.`: wink reads `N` `°` `.`.
		if (NUMERO_SIGN.test(before) && k > 1 && toks[k - 1].space === '' && /^n$/i.test(toks[k - 2].surface)) before = `n${before}`;
		return !(before && (LETTERS_DOT.test(before) || NUMERO.test(before)) && isAbbreviation(before) && continuesAfter(before, toks[j]));
	}
	// A token with its full stop glued: `etc.`, `pp.`, `J.`, `A.A.`, `R.S.D.L.P.`.
	if (end.length > 1 && end.endsWith('.') && LETTERS_DOT.test(end)) return !isItemMarker(toks, k) && !continuesAfter(end.slice(0, -1), toks[j]);
	return false;
}

/**
 * Sentence starts (token indices, ascending, starting with 0) of one paragraph's tokens: a start wherever a sentence
 * ends before a token, then no sentence left without a letter or digit (it joins the one before, or at the paragraph's
 * start the one after).
 */
/** An item mark's value in its run: `1` → 1, `a` or `a.` → 1, `b` → 2. */
const itemValue = (surface: string) => (ITEM_NUMBER.test(surface) ? Number(surface) : surface.charCodeAt(0) - 96);

/**
 * Items run together in one paragraph (`1) The first … 2) The second …`, `a. … b. …`, `• 9. … • 10. …`): marks followed by a
 * capitalised word whose values count up one by one (numbers with numbers, letters with letters). Each item is a sentence of its own, whatever its punctuation: a start before each mark (and its bullet), none
 * after it. Returns the mark indices and the start of each item.
 */
function itemRuns(toks: BoundaryToken[]): { marks: Set<number>; starts: number[] } {
	const found: { i: number; value: number; digit: boolean }[] = [];
	for (let i = 0; i < toks.length; i++) {
		const s = toks[i].surface;
		if ((i === 0 || toks[i].space !== '' || !ALNUM.test(toks[i - 1].surface)) && afterItemMark(toks, i) > 0 && (ITEM_NUMBER.test(s) || ITEM_LETTER.test(s.charAt(0))))
			found.push({ i, value: itemValue(s), digit: ITEM_NUMBER.test(s) });
	}
	// Runs of marks counting up one by one, the first where an item may start: the paragraph's start (or a bullet), after a
	// colon or a sentence's end — not `counted to 2. Then … at 3.`.
	const inRun: typeof found = [];
	for (let a = 0; a < found.length; ) {
		let b = a;
		while (b + 1 < found.length && found[b + 1].digit === found[a].digit && found[b + 1].value === found[b].value + 1) b++;
		const first = found[a].i;
		const opens = toks.slice(0, first).every((t) => !ALNUM.test(t.surface)) || toks[first - 1].surface === ':' || endsBefore(toks, first);
		if (b > a && opens) inRun.push(...found.slice(a, b + 1));
		a = b + 1;
	}
	const starts = inRun.map(({ i }) => {
		// Back over a bullet before the mark (`• 9.`).
		let b = i;
		while (b > 0 && !ALNUM.test(toks[b - 1].surface) && !CLOSERS.has(toks[b - 1].surface) && !/[.!?…,;:]/u.test(toks[b - 1].surface)) b--;
		return b;
	});
	return { marks: new Set(inRun.map((f) => f.i)), starts };
}

export function sentenceStarts(toks: BoundaryToken[]): number[] {
	const n = toks.length;
	if (n === 0) return [];
	const items = itemRuns(toks);
	const after = new Set([...items.marks].map((i) => afterItemMark(toks, i)));
	const itemStarts = new Set(items.starts);
	const starts = [0];
	for (let j = 1; j < n; j++) if (itemStarts.has(j) || (!after.has(j) && endsBefore(toks, j))) starts.push(j);
	// A stretch of punctuation alone (`. . .` after a sentence) is no sentence: it stays with the one before.
	const out: number[] = [];
	for (let s = 0; s < starts.length; s++) {
		const end = s + 1 < starts.length ? starts[s + 1] : n;
		if (s > 0 && firstContent(toks, starts[s], end) < 0) continue;
		out.push(starts[s]);
	}
	// A paragraph that opens with punctuation alone (a stray quote) joins the sentence after it.
	if (out.length > 1 && firstContent(toks, 0, out[1]) < 0) out.splice(1, 1);
	return out;
}
