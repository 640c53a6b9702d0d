// A corpus's segmentation, summed up: per document its counts and a SHA-256 of every sentence and token field, read in
// lanes as the pipeline reads them (document k in lane k mod lanes, each lane with a reader of its own, in corpus order).
import { createHash } from 'node:crypto';
import { loadCorpus } from '../../../analysis/src/read/corpus';
import { cleanCorpus } from '../../../analysis/src/clean/index';
import { createReader, type Reader } from '../../../analysis/src/segment/nlp';
import { segmentParagraphs } from '../../../analysis/src/segment/segment';
import { corpusVocabulary } from '../../../analysis/src/segment/tokens';

export interface DocumentPrint {
	id: string;
	sentences: number;
	tokens: number;
	words: number;
	sha256: string;
}

export function fingerprint(corpus: string, lanes: number): DocumentPrint[] {
	const clean = cleanCorpus(loadCorpus(corpus).docs);
	const vocabulary = corpusVocabulary(clean.flatMap((c) => c.paragraphs.map((p) => p.text)));
	const readers: Reader[] = Array.from({ length: lanes }, () => createReader());
	return clean.map((doc, k) => {
		const hash = createHash('sha256');
		let tokens = 0;
		const counts = segmentParagraphs(
			doc.paragraphs,
			vocabulary,
			(sentences) => {
				// Fields listed one by one: the print must not depend on the order in which an object's keys were made.
				for (const s of sentences) {
					hash.update(JSON.stringify([s.sentence_id, s.paragraph_id, s.section, s.text, s.n_words, s.position, s.heading, s.line]));
					for (const t of s.tokens) {
						hash.update(JSON.stringify([t.token_id, t.surface, t.lower, t.lemma, t.pos, t.is_word, t.is_stop, t.space_before, t.word_index]));
					}
					tokens += s.tokens.length;
				}
			},
			readers[k % lanes]
		);
		return { id: doc.entry.id, sentences: counts.n_sentences, tokens, words: counts.n_words, sha256: hash.digest('hex') };
	});
}
