// Plotted rows inside one document: a term in one bin, and one occurrence.
import type { TermBinRow, HitRow } from '$lib/db/queries/terms';

export type BinDatum = TermBinRow & { key: string };
export type TickDatum = HitRow & { key: string };
