// One slice of the app state: a view's (or the shared selection's) fields as plain data, their defaults, their URL
// form, how they meet a newly opened corpus, and which of them make a new step in the browser history.

import { controlProblem, quoteValue } from '$lib/terms/control';

/** What the loaded corpus contains, to check an address against. */
export interface CorpusFacts {
	docIds: readonly string[];
	authors: readonly string[];
	/** Each facet's values (further manifest columns: party, country …); absent or {} for a corpus without facets. */
	facets?: Readonly<Record<string, readonly string[]>>;
}

export interface Slice<N extends string, T> {
	/** The slice's key in UrlState and on AppState. */
	name: N;
	defaults(): T;
	/** Reads the slice's parameters; a malformed value keeps its default and adds a short note to `problems`. */
	read(params: URLSearchParams, problems: string[]): T;
	/** Writes the slice's parameters (defaults left out) into `params`, always in the same order. */
	write(value: T, params: URLSearchParams): void;
	/** Drops what the corpus does not contain, with a note per change; absent when nothing names corpus things. */
	reconcile?(value: T, facts: CorpusFacts, problems: string[]): T;
	/**
	 * The fields whose change is a new step in the browser history (a choice the user would undo with Back); the
	 * others (typed or slid values) ride on the current entry. Absent: every field is a step.
	 */
	step?(value: T): unknown;
}

export function defineSlice<const N extends string, T>(slice: Slice<N, T>): Slice<N, T> {
	return slice;
}

// Readers of parameters shared by the slices.
export const MAX_TEXT = 200;

/** A trimmed non-empty text of at most MAX_TEXT characters without control characters (NUL …), else undefined. */
export const text = (v: string | null): string | undefined =>
	v !== null && v.trim() && v.length <= MAX_TEXT && !controlProblem(v) ? v.trim() : undefined;

/** A whole number in [min, max], else undefined. */
export function whole(v: string | null, min: number, max: number): number | undefined {
	if (v === null || !/^\d{1,7}$/.test(v)) return undefined;
	const n = Number(v);
	return n >= min && n <= max ? n : undefined;
}

/** A comma-separated list, trimmed, empty parts and repeats dropped. */
export function list(value: string | null): string[] {
	if (value === null) return [];
	const seen = new Set<string>();
	for (const part of value.split(',')) {
		const s = part.trim();
		if (s) seen.add(s);
	}
	return [...seen];
}

/** A 0/1 flag: `set` called when present and valid; a malformed one adds a note. */
export function flag(params: URLSearchParams, name: string, problems: string[], set: (b: boolean) => void): void {
	const raw = params.get(name);
	if (raw === null) return;
	if (raw === '1' || raw === 'true') set(true);
	else if (raw === '0' || raw === 'false') set(false);
	else problems.push(`"${name}" is not 0 or 1; ignored`);
}

/** One of a fixed set of words: `set` called when present and allowed; another adds a note. */
export function choice<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], problems: string[], set: (x: T) => void): void {
	const raw = params.get(name);
	if (raw === null) return;
	if ((allowed as readonly string[]).includes(raw)) set(raw as T);
	else problems.push(`Unknown ${name} "${raw.slice(0, 20)}"; using the default`);
}

/** A value shortened for a notice (control characters shown as their code). */
export const short = (s: string): string => quoteValue(s);
