// The one state object of the app: the corpus, the two groups being compared, the terms. Views read and set it;
// its URL form lives in url.ts and is kept in step by url-sync.svelte.ts.
import { getContext, setContext } from 'svelte';
import { defaults, type GroupB, type UrlState } from './url';
import { copyTermView, type TermView } from '$lib/terms/view-state';

export type { GroupB, GroupBMode } from './url';

/** Which group a click or a brush on the timeline sets. */
export type SelectTarget = 'A' | 'B';

export class AppState {
	// --- mirrored in the URL (see url.ts); to add one: a field here, plus a line in snapshot() and apply() ---
	corpus = $state(defaults().corpus);
	/** Documents in focus (doc ids), in the order they were chosen. */
	groupA = $state<string[]>([]);
	/** What group A is compared with: the rest of the corpus, one author, or a chosen set of documents. */
	groupB = $state<GroupB>({ mode: 'rest' });
	terms = $state<string[]>(defaults().terms);
	lemma = $state(defaults().lemma);
	/** The trajectory and passages views' options and focus (src/lib/terms/view-state.ts). */
	termView = $state<TermView>(defaults().termView);
	/** The occurrence the Reader is at (its first token id), so a reload or back/forward returns to it exactly. */
	readerHit = $state<number | null>(null);

	// --- not in the URL ---
	/** Whether clicks and brushes on the timeline set group A or group B. */
	selectTarget = $state<SelectTarget>('A');
	/** Short notes for the user about state that could not be used as given (shown by Notices). */
	notes = $state<string[]>([]);
	#amend = false;

	/** Adds notes not already shown. */
	notify(notes: string[]): void {
		const fresh = notes.filter((n) => !this.notes.includes(n));
		if (fresh.length) this.notes = [...this.notes, ...fresh];
	}

	/** The next change corrects the current history entry (e.g. an out-of-range value) instead of adding a step. */
	amendHistory(): void {
		this.#amend = true;
	}

	/** Whether amendHistory() was called since the last call (for the URL sync). */
	takeAmend(): boolean {
		const a = this.#amend;
		this.#amend = false;
		return a;
	}

	/** The URL-mirrored fields as plain data. */
	snapshot(): UrlState {
		return {
			corpus: this.corpus,
			groupA: [...this.groupA],
			groupB: this.groupB.mode === 'docs' ? { mode: 'docs', docs: [...this.groupB.docs] } : { ...this.groupB },
			terms: [...this.terms],
			lemma: this.lemma,
			termView: copyTermView(this.termView),
			readerHit: this.readerHit
		};
	}

	apply(s: UrlState): void {
		this.corpus = s.corpus;
		this.groupA = [...s.groupA];
		this.groupB = s.groupB;
		this.terms = [...s.terms];
		this.lemma = s.lemma;
		this.termView = copyTermView(s.termView);
		this.readerHit = s.readerHit;
	}

	/**
	 * Sets the documents of the group being selected (A, or B as a set of documents). A document is in one group
	 * at most: choosing it for one group moves it out of the other (a document of A clicked while choosing B
	 * becomes a B document, visibly, rather than sitting in both).
	 */
	select(ids: string[]): void {
		const chosen = new Set(ids);
		if (this.selectTarget === 'A') {
			this.groupA = ids;
			const b = this.groupB;
			if (b.mode === 'docs' && b.docs.some((id) => chosen.has(id))) this.groupB = { mode: 'docs', docs: b.docs.filter((id) => !chosen.has(id)) };
		} else {
			this.groupB = { mode: 'docs', docs: ids };
			if (this.groupA.some((id) => chosen.has(id))) this.groupA = this.groupA.filter((id) => !chosen.has(id));
		}
	}

	/** Adds or removes one document from the group being selected (adding moves it out of the other group). */
	toggle(id: string): void {
		const current = this.selectTarget === 'A' ? this.groupA : this.groupB.mode === 'docs' ? this.groupB.docs : [];
		this.select(current.includes(id) ? current.filter((x) => x !== id) : [...current, id]);
	}

	/** Group A as a Set, for styling marks and rows. */
	get inA(): Set<string> {
		return new Set(this.groupA);
	}
}

/** Group B's documents given the corpus documents. Never overlaps group A: A's documents are left out of B. */
export function groupBIds(state: Pick<AppState, 'groupA' | 'groupB'>, docs: readonly { doc_id: string; author: string }[]): string[] {
	const a = new Set(state.groupA);
	const b = state.groupB;
	const inB =
		b.mode === 'docs' ? (d: { doc_id: string }) => b.docs.includes(d.doc_id) : b.mode === 'author' ? (d: { author: string }) => d.author === b.author : () => true;
	return docs.filter((d) => !a.has(d.doc_id) && inB(d as { doc_id: string; author: string })).map((d) => d.doc_id);
}

const KEY = Symbol('tribune:app-state');

export function setAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function getAppState(): AppState {
	const s = getContext<AppState | undefined>(KEY);
	if (!s) throw new Error('getAppState() outside the app: no AppState in context');
	return s;
}
