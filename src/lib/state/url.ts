// The URL form of the app state, read and written only here by looping over the registry of slices
// (src/lib/views/registry.ts): each slice reads, writes and reconciles its own parameters. Parameters holding
// their default are left out; their order is fixed (the registry's order).
import { SLICES } from '$lib/views/registry';
import type { CorpusFacts, Slice } from './slice';

export type { CorpusFacts } from './slice';

type AnySlice = (typeof SLICES)[number];

/** Everything the URL holds, as plain data: one field per slice. */
export type UrlState = { [S in AnySlice as S['name']]: S extends Slice<string, infer T> ? T : never };
export type SliceName = keyof UrlState;

const slices = SLICES as readonly Slice<SliceName, unknown>[];
const record = (entries: [string, unknown][]) => Object.fromEntries(entries) as UrlState;

/** A fresh copy of the defaults (nothing shared between calls). */
export function defaults(): UrlState {
	return record(slices.map((s) => [s.name, s.defaults()]));
}

export interface Parsed {
	state: UrlState;
	/** Short, human-readable notes about values that were ignored (shown to the user). */
	problems: string[];
}

/** Reads a query string (with or without "?") into a UrlState; anything malformed falls back to its default. */
export function parseUrl(search: string | URLSearchParams): Parsed {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const problems: string[] = [];
	const state = record(slices.map((s) => [s.name, s.read(params, problems)]));
	return { state, problems };
}

/** The query string for a state, "" when everything is default; parameters always in the same order. */
export function serializeUrl(state: UrlState): string {
	const p = new URLSearchParams();
	for (const s of slices) s.write(state[s.name], p);
	const text = p.toString().replaceAll('%2C', ',');
	return text ? `?${text}` : '';
}

/** What changes to make a new step in the browser history (each slice's step fields); the rest replaces the entry. */
export function historyKey(state: UrlState): string {
	return JSON.stringify(slices.map((s) => (s.step ? s.step(state[s.name]) : state[s.name])));
}

/** Drops what the corpus does not contain (unknown ids, unknown author): a stale URL becomes valid. */
export function reconcile(state: UrlState, facts: CorpusFacts): Parsed {
	const problems: string[] = [];
	const out = record(slices.map((s) => [s.name, s.reconcile ? s.reconcile(state[s.name], facts, problems) : state[s.name]]));
	return { state: out, problems };
}
