// Sentence-boundary repairs on top of wink's: no break after abbreviations and initials, a break after quoted sentence ends.

/** The token facts the repairs look at. */
export interface BoundaryToken {
	surface: string;
	pos: string;
	stop: boolean;
	/** Whitespace before the token ('' when glued to the previous one). */
	space: string;
}

/** Abbreviations that stand before a number: `Vol. 11`, `pp. 171-78`, `No. 2`. */
const BEFORE_NUMBER = new Set(['vol', 'vols', 'no', 'nos', 'pp', 'p', 'ch', 'chap', 'art', 'arts', 'fig', 'sec', 'par', 'pt', 'nr', 'col']);
/** Titles that stand before a name: `St. Petersburg`, `Mr. Smith`. */
const BEFORE_NAME = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'st', 'ste', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'hon', 'gov', 'sen', 'rep', 'jr', 'sr']);
/** Abbreviations that never end a sentence in running prose: `Cf.`, `i.e.`, `e.g.`. */
const NEVER_END = new Set(['cf', 'i.e', 'e.g', 'viz', 'vs', 'cp', 'comp', 'approx', 'ca']);
/** `J`, `A.A`, `R.S.D.L.P`: initials and dotted initialisms (the final dot removed). */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
/** Dotted initialisms of two letters or more, which can end a sentence: `the R.S.D.L.P. The party`. */
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

const CLOSERS = new Set(['"', '”', '’', "'", '»', ')', ']', '}']);
const OPENERS = new Set(['"', '“', '‘', "'", '«', '(', '[', '{']);
const ENDER = /^[.?!…]+$/;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const NUMBER_START = /^(?:\d|[IVXLC]+$)/;
const ALNUM = /[\p{L}\p{N}]/u;

/** The word an abbreviation-like full stop closes (`Vol` in `Vol` `.`, `pp` in `pp.`), or null. */
function abbreviationBefore(toks: BoundaryToken[], b: number): string | null {
	const last = toks[b - 1].surface;
	if (last === '.' && b >= 2 && toks[b - 1].space === '' && /^[\p{L}.]+$/u.test(toks[b - 2].surface)) return toks[b - 2].surface;
	if (last.length > 1 && last.endsWith('.') && /^[\p{L}.]+$/u.test(last)) return last.slice(0, -1);
	return null;
}

/** First token with a letter or digit in the sentence [b, end): what opens it after quotes, brackets and dashes. */
function firstContent(toks: BoundaryToken[], b: number, end: number): BoundaryToken | undefined {
	for (let i = b; i < end; i++) if (ALNUM.test(toks[i].surface)) return toks[i];
	return undefined;
}

/** True when a break before b falls right after an abbreviation or initials that the next token continues. */
function continuesAbbreviation(toks: BoundaryToken[], b: number): boolean {
	const abbr = abbreviationBefore(toks, b);
	if (abbr === null) return false;
	const next = toks[b];
	const lower = abbr.toLowerCase();
	if (NEVER_END.has(lower)) return true;
	if (BEFORE_NUMBER.has(lower) && NUMBER_START.test(next.surface)) return true;
	if (BEFORE_NAME.has(lower) && UPPER_START.test(next.surface)) return true;
	// `J. V. Stalin`, `A.A. Snejerson`: a capitalised word that is not a sentence opener like `The` or `It`.
	if (INITIALS.test(abbr) && UPPER_START.test(next.surface) && !next.stop) return true;
	return false;
}

/** True when a break belongs before j inside one of wink's sentences. */
function missedBreak(toks: BoundaryToken[], j: number): boolean {
	const next = toks[j];
	if (next.space === '') return false;
	const opensSentence = UPPER_START.test(next.surface) || (OPENERS.has(next.surface) && j + 1 < toks.length && UPPER_START.test(toks[j + 1].surface));
	if (!opensSentence) return false;
	// `… ends.” The next`: a full stop, question or exclamation mark inside closing quotes or brackets.
	let k = j - 1;
	while (k > 0 && CLOSERS.has(toks[k].surface) && toks[k].space === '') k--;
	if (k < j - 1) {
		const end = toks[k].surface;
		if (ENDER.test(end)) return true;
		if (end.length > 1 && end.endsWith('.') && !continuesAbbreviation(toks, k + 1)) return true;
		return false;
	}
	// `… of the R.S.D.L.P. The party`, `… ENA, etc. All the …`: an initialism or etc. before a sentence opener.
	const prev = toks[j - 1].surface;
	return (INITIALISM.test(prev) || prev === 'etc.') && next.stop;
}

/**
 * Repaired sentence starts (token indices, ascending, starting with 0) for one paragraph's tokens,
 * given wink's starts. Breaks are added first, then unwanted ones removed in reading order.
 */
export function repairBreaks(toks: BoundaryToken[], winkStarts: number[]): number[] {
	const n = toks.length;
	if (n === 0) return [];
	const start = new Uint8Array(n + 1);
	for (const s of winkStarts) if (s > 0 && s < n) start[s] = 1;
	start[0] = 1;
	start[n] = 1;
	for (let j = 1; j < n; j++) if (!start[j] && missedBreak(toks, j)) start[j] = 1;

	const nextStart = (b: number) => {
		let e = b + 1;
		while (!start[e]) e++;
		return e;
	};
	for (let b = 1; b < n; b++) {
		if (!start[b]) continue;
		// Closing quotes and brackets glued to the previous sentence belong to it: `ends!" Then` not `ends!` `" Then`.
		let s = b;
		while (s < n && CLOSERS.has(toks[s].surface) && toks[s].space === '' && !start[s + 1]) s++;
		if (s !== b) {
			start[b] = 0;
			if (s < n) start[s] = 1;
			b = s;
			if (s >= n) break;
		}
		const end = nextStart(b);
		const first = firstContent(toks, b, end);
		const empty = !toks.slice(b, end).some((t) => ALNUM.test(t.surface));
		// A sentence does not open in lower case (`"Is it so?" he asked.`), nor with `,` `;` `:`.
		const continues = (first !== undefined && LOWER_START.test(first.surface)) || /^[,;:]/.test(toks[b].surface);
		if (empty || continues || continuesAbbreviation(toks, b)) start[b] = 0;
	}
	// A paragraph that opens with punctuation alone (a stray quote) joins the sentence after it.
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (start[i]) out.push(i);
	if (out.length > 1 && !toks.slice(0, out[1]).some((t) => ALNUM.test(t.surface))) out.splice(1, 1);
	return out;
}
