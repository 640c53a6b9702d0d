// Which documents are in group A and group B, as the database answers groupDocsQuery for the current groups:
// the one place the views (timeline, documents table, group controls) learn group membership.
import { useQuery } from '$lib/db/client.svelte';
import { groupDocsQuery, type GroupDocRow } from '$lib/db/groups';
import type { AppState } from './app-state.svelte';

export interface GroupMembers {
	/** 'A', 'B' or '' for a document (the last answer is kept while a new one is pending). */
	of(docId: string): 'A' | 'B' | '';
	/** Group A's and group B's documents in corpus order. */
	readonly a: readonly string[];
	readonly b: readonly string[];
	readonly error: Error | null;
}

/** Call during component initialisation (a query client). */
export function useGroupMembers(app: AppState): GroupMembers {
	const result = useQuery<GroupDocRow>(() => groupDocsQuery(app.groups));
	const byDoc = $derived(new Map((result.rows ?? []).map((r) => [r.doc_id, r.grp])));
	const a = $derived((result.rows ?? []).filter((r) => r.grp === 'A').map((r) => r.doc_id));
	const b = $derived((result.rows ?? []).filter((r) => r.grp === 'B').map((r) => r.doc_id));
	return {
		of: (docId) => byDoc.get(docId) ?? '',
		get a() {
			return a;
		},
		get b() {
			return b;
		},
		get error() {
			return result.error;
		}
	};
}
