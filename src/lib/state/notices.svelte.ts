// The one list of notices for the user: parts of an address that could not be used, a corpus that lacks what the
// address named, a value corrected (e.g. a sentence past the end). Shown by components/Notices.svelte.
export class Notices {
	#items = $state<string[]>([]);

	get items(): readonly string[] {
		return this.#items;
	}

	/** Adds notes not already shown. */
	add(notes: readonly string[]): void {
		const fresh = notes.filter((n, i) => !this.#items.includes(n) && notes.indexOf(n) === i);
		if (fresh.length) this.#items = [...this.#items, ...fresh];
	}

	dismiss(): void {
		this.#items = [];
	}
}
