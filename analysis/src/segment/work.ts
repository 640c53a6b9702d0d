// The work done per document, the same in a worker thread (worker.ts) or in the main one (pool.ts): cleaning, and
// segmenting with the rows streamed to the writer's TSV files paragraph by paragraph.
import type { CleanParagraph } from '../types';
import { RowFiles, type DocumentFiles } from '../write/tsv';
import { segmentParagraphs, type SegmentedCounts } from './segment';
import type { Reader } from './nlp';

/** One document to segment: its paragraphs, and the files its rows go to (null: count only, as in a dry run). */
export interface SegmentJob {
	paragraphs: CleanParagraph[];
	files: { tokens: string; sentences: string } | null;
}

export interface SegmentOutcome extends SegmentedCounts {
	files: DocumentFiles | null;
}

/** Segments one document with its lane's reader, appending its rows to its files as each paragraph is done. */
export function segmentToFiles(job: SegmentJob, vocabulary: ReadonlySet<string>, reader: Reader): SegmentOutcome {
	const rows = job.files ? new RowFiles(job.files.tokens, job.files.sentences) : null;
	const counts = segmentParagraphs(job.paragraphs, vocabulary, (sentences) => rows?.add(sentences), reader);
	// Positions are in words until now: the INSERT divides them by the document's words (0 stays 0).
	return { ...counts, files: rows ? rows.close(Math.max(counts.n_words, 1)) : null };
}
