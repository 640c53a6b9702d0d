// Dated parts of a text: a heading followed by a signature date line (`#PREFACE …` / `#January 1904`) starts a section.
import type { Section } from '../types';
import type { Draft } from './draft';
import { isAllCaps, parseDateLine } from './shapes';
import type { Vocabulary } from './vocabulary';

export interface SectionStart extends Section {
	/** 1-based raw line where the section starts (its first heading). */
	line: number;
}

const DATED_RULES = new Set(['signature-line', 'date-line']);

/** `PREFACE TO THE 1904 RUSSIAN EDITION` → `Preface to the 1904 Russian edition` (a word keeps its capital if the corpus writes it so). */
function sentenceCase(heading: string, vocabulary: Vocabulary): string {
	if (!isAllCaps(heading)) return heading.trim();
	return heading
		.trim()
		.split(/\s+/)
		.map((w, k) => {
			const lower = w.toLowerCase();
			if (k === 0) return lower.charAt(0).toUpperCase() + lower.slice(1);
			const caps = vocabulary.capitalised.get(lower) ?? 0;
			const all = vocabulary.counts.get(lower) ?? 0;
			return all > 0 && caps / all > 0.8 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
		})
		.join(' ');
}

/** Every heading group directly followed by a dated signature line, in reading order. */
export function findSections(draft: Draft): SectionStart[] {
	const out: SectionStart[] = [];
	const lines = draft.lines;
	let group: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.kind === 'heading') {
			group.push(i);
			continue;
		}
		if (l.kind === 'blank') continue;
		if (l.kind === 'removed') {
			const date = group.length && DATED_RULES.has(l.rule ?? '') ? parseDateLine(l.raw) : null;
			if (date) {
				const name = sentenceCase(lines[group[group.length - 1]].text, draft.vocabulary);
				out.push({ name, date, line: lines[group[0]].line });
				group = [];
			}
			continue;
		}
		group = [];
	}
	const seen = new Map<string, number>();
	return out.map((s) => {
		const n = (seen.get(s.name) ?? 0) + 1;
		seen.set(s.name, n);
		return n > 1 ? { ...s, name: `${s.name} (${n})` } : s;
	});
}
