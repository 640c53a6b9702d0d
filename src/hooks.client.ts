// The app's start in the browser, before the page hydrates: the dashboard's corpus begins loading here (the DuckDB
// engine's worker and .wasm, the database, its summary.json) while the page's own scripts run, instead of after.
// Server render and prerender never run this file.
import type { ClientInit } from '@sveltejs/kit';
import { isDashboardPath, preload } from '$lib/db/loader.svelte';
import { corpusSlice } from '$lib/state/corpus';

export const init: ClientInit = () => {
	// Other pages (tables) must not download the engine.
	if (!isDashboardPath(location.pathname)) return;
	// The corpus the page will open: the address's, read as the page reads it (it reports the problems itself).
	preload(corpusSlice.read(new URLSearchParams(location.search), []));
};
