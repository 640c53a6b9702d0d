// Keeps the address bar and AppState in step: selection changes push a history entry, other changes replace it,
// back/forward (popstate) put the state back. The URL format itself is url.ts.
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import type { AppState } from './app-state.svelte';
import { parseUrl, reconcile, selectionKey, serializeUrl, type CorpusFacts } from './url';

export interface UrlSyncOptions {
	/** Called with short notes when the URL held values that were dropped. */
	notify: (problems: string[]) => void;
	/** What the loaded corpus contains, or null while it loads (then the URL is applied as parsed). */
	facts: () => CorpusFacts | null;
}

/** Reads the current URL into `state` (first call, and on back/forward). Returns the problems found. */
export function readUrl(state: AppState, facts: CorpusFacts | null): string[] {
	const parsed = parseUrl(location.search);
	let next = parsed.state;
	const problems = [...parsed.problems];
	if (facts && next.corpus === state.corpus) {
		const checked = reconcile(next, facts);
		next = checked.state;
		problems.push(...checked.problems);
	}
	state.apply(next);
	return problems;
}

/** Starts mirroring: returns a cleanup function. Call from onMount after the first readUrl. */
export function startUrlSync(state: AppState, { notify, facts }: UrlSyncOptions): () => void {
	let lastKey = selectionKey(state.snapshot());
	// The address as last written or read here. When the address bar differs from it, back/forward moved it and
	// onPop has not applied it yet: writing then would overwrite the entry navigated to with the old state.
	let known = location.search;
	const onPop = () => {
		const problems = readUrl(state, facts());
		known = location.search;
		lastKey = selectionKey(state.snapshot());
		if (problems.length) notify(problems);
	};
	addEventListener('popstate', onPop);
	const stop = $effect.root(() => {
		$effect(() => {
			const snap = state.snapshot();
			const search = serializeUrl(snap);
			const key = selectionKey(snap);
			// Untracked: pushState/replaceState read SvelteKit's page state, and SvelteKit updates it on popstate;
			// only a change of the app state should re-run this.
			untrack(() => {
				const amend = state.takeAmend();
				if (location.search !== known) return;
				if (search !== location.search) {
					const url = location.pathname + search + location.hash;
					if (key !== lastKey && !amend) pushState(url, {});
					else replaceState(url, {});
				}
				known = location.search;
				lastKey = key;
			});
		});
	});
	return () => {
		removeEventListener('popstate', onPop);
		stop();
	};
}
