// The one English word list of the pipeline (an-array-of-english-words, ~275,000 lowercase a–z words), asked by the
// cleaning rules (is a re-joined word a word?) and by the lemmas (is a plural's singular a word?).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The list's JSON text (a sorted array), searched as it is: parsing it into a Set costs ~200 ms, and a corpus asks
 * about a few hundred words. Read as `,"a","aa",…,"zzz",` so that every entry follows `,"`.
 */
let list: string | null = null;

/** Whether `word` (lowercase a–z, as given) is in the list. */
export function isEnglishWord(word: string): boolean {
	if (!/^[a-z]+$/.test(word)) return false;
	list ??= `,${readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8').trim().slice(1, -1)},`;
	let lo = 0;
	let hi = list.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		// The first entry that starts at or after mid (or the last one before hi).
		let s = list.indexOf(',"', mid);
		if (s < 0 || s >= hi) s = list.lastIndexOf(',"', mid);
		if (s < lo) return false;
		const e = list.indexOf('"', s + 2);
		const entry = list.slice(s + 2, e);
		if (entry === word) return true;
		if (entry < word) lo = e + 1;
		else hi = s;
	}
	return false;
}
