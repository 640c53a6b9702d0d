// The trajectories view's slice: how the chart across the corpus counts and draws. Each is a choice, so each
// change is a step in the history (Back after "each author" returns to "each document", and Forward to it).
//   dated=0          count whole documents, not each dated part apart (default 1)
//   level=authors    aggregate per author (default: per document)
//   x=order          documents in corpus order instead of on the year axis
//   color=author     colour by author instead of by term
//   yscale=sqrt      square-root rate axis (low rates spread out; default linear)
import { choice, defineSlice, flag } from '$lib/state/slice';

export type TrajectoryLevel = 'documents' | 'authors';
export type TrajectoryX = 'year' | 'order';
export type ColorBy = 'term' | 'author';
export type RateScale = 'linear' | 'sqrt';

export interface TrajectoryState {
	/** Each dated part of a document is counted apart (at its own year, over its own words). */
	datedParts: boolean;
	level: TrajectoryLevel;
	x: TrajectoryX;
	colorBy: ColorBy;
	/** The rate axis; absent: linear. */
	yScale?: RateScale;
}

const defaults = (): TrajectoryState => ({ datedParts: true, level: 'documents', x: 'year', colorBy: 'term' });

export const trajectorySlice = defineSlice({
	name: 'trajectory',
	defaults,
	read(params, problems) {
		const v = defaults();
		flag(params, 'dated', problems, (b) => (v.datedParts = b));
		choice(params, 'level', ['documents', 'authors'] as const, problems, (x) => (v.level = x));
		choice(params, 'x', ['year', 'order'] as const, problems, (x) => (v.x = x));
		choice(params, 'color', ['term', 'author'] as const, problems, (x) => (v.colorBy = x));
		choice(params, 'yscale', ['linear', 'sqrt'] as const, problems, (x) => {
			if (x === 'sqrt') v.yScale = x;
		});
		return v;
	},
	write(v, params) {
		if (!v.datedParts) params.set('dated', '0');
		if (v.level !== 'documents') params.set('level', v.level);
		if (v.x !== 'year') params.set('x', v.x);
		if (v.colorBy !== 'term') params.set('color', v.colorBy);
		if (v.yScale === 'sqrt') params.set('yscale', v.yScale);
	}
});
