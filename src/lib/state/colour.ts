// The colour slice: what the author and document colours follow (src/lib/style/authors.ts), in the address as
//   colorby=author|none|FACET     (absent: the default for the corpus, defaultColourBy)
// (`color=` is the trajectory's own term/author switch.)
import { defineSlice, short, type CorpusFacts } from './slice';
import type { ColourBy } from '$lib/style/authors';

export interface ColourState {
	/** 'author', 'none', a facet's name, or '' for the corpus's default. */
	by: ColourBy | '';
}

/** 'author', 'none' or a facet's name as the pipeline allows it (analysis/src/read/manifest.ts). */
const NAME = /^[a-z][a-z0-9_]*$/;

export const colourSlice = defineSlice({
	name: 'colour',
	defaults: (): ColourState => ({ by: '' }),
	read(params, problems) {
		const raw = params.get('colorby');
		if (raw === null) return { by: '' };
		if (NAME.test(raw) && raw.length <= 64) return { by: raw };
		problems.push(`Unknown colorby "${short(raw)}"; colours follow the default`);
		return { by: '' };
	},
	write(v, params) {
		if (v.by) params.set('colorby', v.by);
	},
	reconcile(v, facts: CorpusFacts & { facets?: Readonly<Record<string, readonly string[]>> }, problems) {
		// Facts without facets (a caller that does not list them) leave the choice as it is.
		if (!v.by || v.by === 'author' || v.by === 'none' || !facts.facets || facts.facets[v.by]) return v;
		problems.push(`No facet "${short(v.by)}" in this corpus to colour by; colours follow the default`);
		return { by: '' };
	}
});
