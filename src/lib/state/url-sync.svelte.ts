// Keeps the address bar and AppState in step: a change of a slice's step fields (a selection, a choice) pushes a
// history entry, other changes (typed terms, bins, the KWIC order) replace it, back/forward (popstate) put the
// state back. The URL format itself is url.ts.
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import type { AppState } from './app-state.svelte';
import { historyKey, parseUrl, reconcile, serializeUrl, type CorpusFacts } from './url';
import { urlLengthProblem } from './url-limit';
import { whenIdleAfter } from '$lib/charts/after-paint';
import { pageBusy } from '$lib/db/busy.svelte';

/** Reads the current URL into `state` (first call, and on back/forward); notes what could not be used. */
export function readUrl(state: AppState, facts: CorpusFacts | null): void {
	const parsed = parseUrl(location.search);
	let next = parsed.state;
	const problems = [...parsed.problems];
	if (facts && next.corpus === state.corpus) {
		const checked = reconcile(next, facts);
		next = checked.state;
		problems.push(...checked.problems);
	}
	state.apply(next);
	state.notices.add(problems);
}

/**
 * Starts mirroring: returns a cleanup function. Call from onMount after the first readUrl. `facts`: what the
 * loaded corpus contains, or null while it loads (then an address is applied as parsed).
 */
export function startUrlSync(state: AppState, facts: () => CorpusFacts | null): () => void {
	let lastKey = historyKey(state.snapshot());
	// The address as last written or read here. When the address bar differs from it, back/forward moved it and
	// onPop has not applied it yet: writing then would overwrite the entry navigated to with the old state.
	let known = location.search;
	// An address is written when the page is next idle once no view is busy, after the views have drawn (while a
	// worker answers, the main thread is idle: a new term's replaceState ran there, ~6 ms before the answer's drawing,
	// with the browser's ~10 ms of its own beside it on the other core). SvelteKit's replaceState costs
	// 10–20 ms of main thread (history write, structuredClone), which in a task of its own still ran before the
	// answers' drawing, and its pushState ~7 ms, with ~20 ms more of the browser's own work on the other core, while
	// a selection change's views are drawn (a click on the State of the Union, in a CPU profile and a trace). A
	// replaced address (typed terms, bins …) amends the one pending, a new entry (a selection) or the current one; a
	// new entry writes the one pending first, so that every step is kept in order; the pending one is written before
	// the page is left, and a new entry before anything that can lead to Back or Forward (below).
	let pending: { search: string; url: string; push: boolean; cancel: () => void } | null = null;
	const writePending = () => {
		if (!pending) return;
		pending.cancel();
		const { url, push } = pending;
		pending = null;
		(push ? pushState : replaceState)(url, {});
		known = location.search;
	};
	const onPop = () => {
		pending?.cancel();
		pending = null;
		readUrl(state, facts());
		known = location.search;
		lastKey = historyKey(state.snapshot());
	};
	addEventListener('popstate', onPop);
	addEventListener('pagehide', writePending);
	// Back or forward before a new entry is written would skip it and the entry it was made on: whatever can lead to
	// one writes it first — a key (Alt+←), a pointer press (a mouse's back button), the pointer leaving the page (for
	// the browser's own buttons), the window losing focus.
	const beforeNavigation = () => {
		if (pending?.push) writePending();
	};
	const navigationCues: [EventTarget, string][] = [
		[window, 'keydown'],
		[window, 'pointerdown'],
		[document.documentElement, 'mouseleave'],
		[window, 'blur']
	];
	for (const [target, type] of navigationCues) target.addEventListener(type, beforeNavigation, { capture: true });
	const stop = $effect.root(() => {
		$effect(() => {
			const snap = state.snapshot();
			const search = serializeUrl(snap);
			const key = historyKey(snap);
			// Untracked: pushState/replaceState read SvelteKit's page state, and SvelteKit updates it on popstate;
			// only a change of the app state should re-run this.
			untrack(() => {
				const amend = state.takeAmend();
				if (location.search !== known) return;
				if (search !== (pending?.search ?? location.search)) {
					const url = location.pathname + search + location.hash;
					// Over the length limit: the change is refused (the state goes back to what the address says).
					const tooLong = urlLengthProblem(location.origin + url);
					if (tooLong) {
						writePending();
						state.apply(parseUrl(location.search).state, { amend: true });
						state.notices.add([tooLong]);
						return;
					}
					if (key !== lastKey && !amend) {
						// A new history entry: the address pending before it is written first, in order.
						writePending();
						pending = { search, url, push: true, cancel: whenIdleAfter(pageBusy, writePending) };
					} else {
						const push = pending?.push ?? false;
						pending?.cancel();
						pending = { search, url, push, cancel: whenIdleAfter(pageBusy, writePending) };
					}
				}
				known = location.search;
				lastKey = key;
			});
		});
	});
	return () => {
		writePending();
		removeEventListener('popstate', onPop);
		removeEventListener('pagehide', writePending);
		for (const [target, type] of navigationCues) target.removeEventListener(type, beforeNavigation, { capture: true });
		stop();
	};
}
