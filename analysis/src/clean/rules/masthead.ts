// A website's masthead: the short lines above the title, or before the text when there is no title line (`the Voice of`).
import { removeLines, type Draft, type Rule } from '../draft';
import { frontLines } from '../front';
import { isMarkupOnly, isMastheadLine } from '../shapes';

/** Runs of adjacent lines (a blank or removed line between two ends a run). */
function runs(indices: number[]): number[][] {
	const out: number[][] = [];
	for (const i of indices) {
		const run = out.at(-1);
		if (run && run.at(-1) === i - 1) run.push(i);
		else out.push([i]);
	}
	return out;
}

/**
 * The front lines that are a masthead. A run of lines goes only if every line in it has a masthead's shape (site name,
 * title-like, no sentence) and it is not a printed page's first line (wrapsOn): a first paragraph of the text that
 * merely does not read as prose (`The workers met at dawn`) stays. Lines of page markup only (`<html><body>`) go
 * wherever they stand.
 */
function mastheadLines(draft: Draft, before: number): number[] {
	const front = frontLines(draft).filter((i) => draft.lines[i].line < before);
	return runs(front).flatMap((run) => {
		const markup = run.filter((i) => isMarkupOnly(draft.lines[i].text));
		const rest = run.filter((i) => !markup.includes(i));
		return !wrapsOn(draft, run) && rest.every((i) => isMastheadLine(draft.lines[i].text)) ? run : markup;
	});
}

/**
 * On printed pages (wrapped lines) a run that runs straight on into the next line of text is a paragraph's first line,
 * not a website's masthead (`Mr. President, Mr. Speaker, Members of the Seventy-seventh` ⏎ `Congress: I address you …`).
 */
function wrapsOn(draft: Draft, run: number[]): boolean {
	const next = draft.lines[run[run.length - 1] + 1];
	return draft.wrapped && next !== undefined && next.kind === 'text' && next.text.trim() !== '';
}

export const masthead: Rule = {
	name: 'masthead',
	description: "A website's masthead before the text (above the title, if there is one): site name and title-like lines of a few words, and lines of page markup.",
	apply(draft) {
		const titled = draft.removed.filter((r) => r.rule === 'title').map((r) => r.line);
		return removeLines(draft, mastheadLines(draft, titled.length ? Math.min(...titled) : Infinity), masthead.name);
	}
};
