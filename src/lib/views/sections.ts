// The page's view sections below the corpus overview, in page order: the page loops over this list. A new view
// adds its section here (its component, or a lede while it is coming) and its state slice in registry.ts.
import type { Component } from 'svelte';
import TermsView from './trajectories/TermsView.svelte';
import Passages from './passages/Passages.svelte';
import Contrasts from './contrasts/Contrasts.svelte';
import SentenceLengths from './sentence-lengths/SentenceLengths.svelte';

export interface Section {
	/** The element id (the page's #anchor). */
	id: string;
	title: string;
	component?: Component;
	/** A view not built yet: what it will show. */
	lede?: string;
}

export const SECTIONS: Section[] = [
	{ id: 'trajectories', title: 'Term trajectories', component: TermsView },
	{ id: 'sentence-lengths', title: 'Sentence lengths', component: SentenceLengths },
	{ id: 'contrasts', title: 'Keyword contrasts', component: Contrasts },
	{ id: 'passages', title: 'Passages', component: Passages }
];

/** For each section (in page order), the one after it: where its skip link goes (the last has none). */
export function skipTargets<S extends { id: string; title: string }>(order: readonly S[]): Map<string, S> {
	return new Map(order.slice(0, -1).map((s, i) => [s.id, order[i + 1]]));
}
