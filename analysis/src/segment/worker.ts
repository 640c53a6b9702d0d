// A worker thread of the pipeline (pool.ts): the cleaning rules loaded once, a wink reader per lane it hosts, then
// documents cleaned and segmented one message at a time. The vocabularies come once each, before the documents that need them.
import { parentPort } from 'node:worker_threads';
import type { RawDocument } from '../types';
import { cleanDocument, type Vocabulary } from '../clean/index';
import { segmentToFiles, type SegmentJob } from './work';
import { laneReaders } from './pool';

export type WorkerRequest =
	| { type: 'clean-vocabulary'; vocabulary: Vocabulary }
	| { type: 'corpus-vocabulary'; words: string[] }
	| { type: 'clean'; id: number; doc: RawDocument }
	| { type: 'segment'; id: number; job: SegmentJob; lane: number };

export type WorkerReply = { id: number; result: unknown } | { id: number; error: { message: string; stack?: string } };

if (parentPort) {
	const port = parentPort;
	let cleanVocabulary: Vocabulary | null = null;
	let corpusVocabulary: Set<string> | null = null;
	const readerOf = laneReaders();
	port.on('message', (m: WorkerRequest) => {
		if (m.type === 'clean-vocabulary') cleanVocabulary = m.vocabulary;
		else if (m.type === 'corpus-vocabulary') corpusVocabulary = new Set(m.words);
		else {
			let reply: WorkerReply;
			try {
				const result =
					m.type === 'clean'
						? cleanDocument(m.doc, cleanVocabulary ?? fail('clean-vocabulary'))
						: segmentToFiles(m.job, corpusVocabulary ?? fail('corpus-vocabulary'), readerOf(m.lane));
				reply = { id: m.id, result };
			} catch (e) {
				const err = e instanceof Error ? e : new Error(String(e));
				reply = { id: m.id, error: { message: err.message, stack: err.stack } };
			}
			port.postMessage(reply);
		}
	});
}

function fail(what: string): never {
	throw new Error(`pipeline worker: a document came before the ${what} message`);
}
