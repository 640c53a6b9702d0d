// From the state's passage focus (by term label) to the SQL target (by term index), and a title for it.
import type { PassageFocus } from '$lib/terms/view-state';
import type { PassageTarget } from '$lib/db/queries/passages';
import type { Term } from '$lib/terms/parse';

/** null when the focus names a term no longer in the list. */
export function toTarget(focus: PassageFocus, terms: readonly Term[]): PassageTarget | null {
	const t: PassageTarget = {};
	if (focus.term !== undefined) {
		const i = terms.findIndex((x) => x.label === focus.term);
		if (i < 0) return null;
		t.term = i;
	}
	if (focus.docId !== undefined) t.docId = focus.docId;
	if (focus.author !== undefined) t.author = focus.author;
	if (focus.bin && focus.docId !== undefined) t.bin = { ...focus.bin };
	if (focus.token !== undefined && focus.docId !== undefined) t.token = focus.token;
	if (focus.section !== undefined && focus.docId !== undefined) t.section = focus.section;
	return t;
}

/** "“uprising” in Lessons of the Moscow Uprising (1906), bin 3 of 10" and the like. */
export function describeFocus(focus: PassageFocus, docTitle: (id: string) => string): string {
	const parts: string[] = [focus.term ? `“${focus.term}”` : 'All terms'];
	if (focus.docId !== undefined) parts.push(`in ${docTitle(focus.docId)}`);
	if (focus.section !== undefined && focus.docId !== undefined) parts.push(`— ${focus.section}`);
	if (focus.author !== undefined) parts.push(`in all of ${focus.author}`);
	if (focus.bin) parts.push(`bin ${focus.bin.index + 1} of ${focus.bin.count}`);
	if (focus.token !== undefined) parts.push('one occurrence');
	return parts.join(focus.bin || focus.token !== undefined ? ', ' : ' ').replace(/ ,/g, ',');
}
