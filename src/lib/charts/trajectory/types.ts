// One plotted point of a trajectory: a term in a document (or in an author's documents), with its interval.

export interface TrajectoryPoint {
	/** Unique per point: term index and document id or author. */
	key: string;
	term: number;
	label: string;
	/** The document id, `doc id#section order` for a dated part (documents level), or the author (authors level). */
	group: string;
	/** What the hover names: the document title or the author. */
	name: string;
	author: string;
	/** Year, or first–last year for an author. */
	years: string;
	/** Position on the x axis: fractional year, document id (corpus order) or author. */
	x: number | string;
	count: number;
	words: number;
	/** Per 10,000 words; 0 when the group has no words. */
	rate: number;
	/** Exact 95% Poisson interval, as rates per 10,000 words. */
	lower: number;
	upper: number;
	/** Documents in group A are emphasised; with a group A, the rest are faded. */
	emphasis: 'A' | 'dim' | null;
	docId: string | null;
	/** The dated part of the document this point counts (null: the whole document). */
	section: string | null;
}
