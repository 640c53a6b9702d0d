// The questions the views ask when the page opens at an address, stated with the functions the views themselves ask
// them with (each view's questions.ts and state.ts): the pipeline asks them of the finished database at the default
// address and writes their answers into view-answers.json (analysis/src/write/summary.ts), so that every view is drawn
// while the engine starts. A view that asks something else (another address, a later click) asks the database.
// Passages and the reader ask nothing until a mark is activated.
import type { Ask } from '$lib/db/summary';
import type { CorpusInfo } from '$lib/db/corpus-info';
import { groupDocsQuery, type GroupDocRow } from '$lib/db/groups';
import type { TermCountRow } from '$lib/db/queries/terms';
import type { Query } from '$lib/db/sql';
import { toGroups } from '$lib/state/groups';
import type { UrlState } from '$lib/state/url';
import { topDocFromCounts } from '$lib/terms/counts';
import { currentTerms } from '$lib/terms/current';
import { contrastOptions, contrastQueries } from './contrasts/questions';
import { insideHitsQuery, topDocQuery } from './inside/questions';
import { profileDoc } from './inside/state';
import { alongQueries, lengthCorpusQueries } from './sentence-lengths/questions';
import { alongDoc } from './sentence-lengths/state';
import { formsQuery, trajectoryQueries } from './trajectories/questions';
import { shownLevel } from './trajectories/state';

/** Asks `ask` every question the views ask on opening at `state` (the corpus's facts in `info`); the answers are ask's. */
export async function firstQuestions(state: UrlState, info: CorpusInfo, ask: Ask): Promise<void> {
	const asked: Promise<unknown>[] = [];
	const also = (...queries: (Query | null)[]) => {
		for (const q of queries) if (q) asked.push(ask(q));
	};
	const current = currentTerms(state.terms);
	const groups = toGroups(state.groups);
	// Shared by every view (DbProvider's group members).
	const members = await ask<GroupDocRow>(groupDocsQuery(groups));
	const a = members.filter((m) => m.grp === 'A').map((m) => m.doc_id);

	const trajectories = trajectoryQueries({ ...state.trajectory, level: shownLevel(state.trajectory, info.docs) }, current);
	also(...Object.values(trajectories), formsQuery(current));

	// Inside one document: the top document is read from the counts' answer, as the view reads it.
	const top = topDocQuery(state.inside.doc, a, current);
	const topHit = top ? (topDocFromCounts(await ask<TermCountRow>(top), current.terms, current.opts, info.docs)?.doc_id ?? null) : null;
	also(insideHitsQuery(current, profileDoc(state.inside.doc, a, topHit, info.docs[0]?.doc_id ?? null)));

	const perCorpus = lengthCorpusQueries();
	const along = alongQueries(alongDoc(state.lengths.doc, a, info.docs), state.lengths.window);
	also(perCorpus.docs, perCorpus.overTime, perCorpus.corpus, along.rolling, along.sections);

	const contrast = contrastQueries(contrastOptions(state.contrast));
	also(contrast.stop, contrast.counts, contrast.docs);
	await Promise.all(asked);
}
