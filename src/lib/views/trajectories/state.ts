// The trajectories view's slice: how the chart across the corpus counts and draws. Each is a choice, so each
// change is a step in the history (Back after "each author" returns to "each document", and Forward to it).
//   dated=0          count whole documents, not each dated part apart (default 1)
//   level=authors    pool per author; level=decades per decade; level=facet&facet=party per value of a facet
//                    (a further manifest column); level=documents per document. Without level= the view chooses:
//                    per document, or per decade when the corpus has more than CROWDED_DOCS dated documents
//   x=order          documents in corpus order instead of on the year axis
//   color=author     colour by author instead of by term
//   yscale=sqrt|log  square-root or logarithmic rate axis (log: symmetric log, so that zero stays at the bottom)
//   smooth=k         documents on the year axis: each one's rate pooled over the documents within ±k years (0–50)
import { choice, defineSlice, flag, short, text, whole } from '$lib/state/slice';

export type TrajectoryLevel = 'documents' | 'authors' | 'decades' | 'facet';
export type TrajectoryX = 'year' | 'order';
export type ColorBy = 'term' | 'author';
export type RateScale = 'linear' | 'sqrt' | 'log';

/**
 * Above this many documents, one mark per document is a cloud of overlapping marks: without a level in the address
 * the chart pools by decade, and the intervals of each document are drawn muted.
 */
export const CROWDED_DOCS = 60;

/** The widest smoothing window, ± years. */
export const MAX_SMOOTH = 50;

export interface TrajectoryState {
	/** Each dated part of a document is counted apart (at its own year, over its own words). */
	datedParts: boolean;
	level: TrajectoryLevel;
	/** No level was chosen (none in the address): the view shows the corpus's default (see CROWDED_DOCS). */
	auto?: true;
	/** The facet pooled by (level 'facet'). */
	facet?: string;
	x: TrajectoryX;
	colorBy: ColorBy;
	/** The rate axis; absent: linear. */
	yScale?: RateScale;
	/** ± years of the smoothing window; absent or 0: none. */
	smooth?: number;
}

const defaults = (): TrajectoryState => ({ datedParts: true, level: 'documents', auto: true, x: 'year', colorBy: 'term' });

/** The level drawn: the chosen one, else per decade for a crowded corpus with dated documents, else per document. */
export function shownLevel(v: Pick<TrajectoryState, 'level' | 'auto'>, docs: readonly { year: number | null }[]): TrajectoryLevel {
	if (!v.auto) return v.level;
	return docs.length > CROWDED_DOCS && docs.some((d) => d.year !== null && d.year !== undefined) ? 'decades' : 'documents';
}

export const trajectorySlice = defineSlice({
	name: 'trajectory',
	defaults,
	read(params, problems) {
		const v = defaults();
		flag(params, 'dated', problems, (b) => (v.datedParts = b));
		choice(params, 'level', ['documents', 'authors', 'decades', 'facet'] as const, problems, (x) => {
			v.level = x;
			delete v.auto;
		});
		if (v.level === 'facet') {
			const f = text(params.get('facet'));
			if (f) v.facet = f;
			else {
				problems.push('"level=facet" needs a facet name ("facet=party"); showing each document');
				v.level = 'documents';
			}
		}
		choice(params, 'x', ['year', 'order'] as const, problems, (x) => (v.x = x));
		choice(params, 'color', ['term', 'author'] as const, problems, (x) => (v.colorBy = x));
		choice(params, 'yscale', ['linear', 'sqrt', 'log'] as const, problems, (x) => {
			if (x !== 'linear') v.yScale = x;
		});
		const raw = params.get('smooth');
		if (raw !== null) {
			const k = whole(raw, 0, MAX_SMOOTH);
			if (k === undefined) problems.push(`"smooth" is a whole number of years 0–${MAX_SMOOTH}, not "${short(raw)}"; no smoothing`);
			else if (k > 0) v.smooth = k;
		}
		return v;
	},
	write(v, params) {
		if (!v.datedParts) params.set('dated', '0');
		// A chosen level is written even when it is "documents" (in a crowded corpus that is not the default).
		if (!v.auto) params.set('level', v.level);
		if (v.level === 'facet' && v.facet) params.set('facet', v.facet);
		if (v.x !== 'year') params.set('x', v.x);
		if (v.colorBy !== 'term') params.set('color', v.colorBy);
		if (v.yScale && v.yScale !== 'linear') params.set('yscale', v.yScale);
		if (v.smooth) params.set('smooth', String(v.smooth));
	},
	reconcile(v, facts, problems) {
		if (v.level !== 'facet') return v;
		const names = Object.keys(facts.facets ?? {});
		if (v.facet && names.includes(v.facet)) return v;
		problems.push(`This corpus has no facet "${short(v.facet ?? '')}"${names.length ? ` (it has ${names.join(', ')})` : ''}; showing each document`);
		return { ...v, level: 'documents' as const, auto: undefined, facet: undefined };
	}
});
