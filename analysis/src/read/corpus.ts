// Loads a corpus folder before any work: manifest and texts validated together, every problem collected.
import { existsSync, statSync } from 'node:fs';
import type { RawDocument } from '../types';
import { readManifest, MANIFEST } from './manifest';
import { readTexts } from './texts';
import { corpusHash } from './hash';
import { CorpusError, error, type Problem } from '../problems';

export interface Corpus {
	dir: string;
	docs: RawDocument[];
	hash: string;
	/** Warnings only: errors end in a CorpusError. */
	warnings: Problem[];
}

/** Validates the folder; throws CorpusError listing every error (and warning) if any error was found. */
export function loadCorpus(dir: string): Corpus {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new CorpusError([error({ file: dir, message: 'is not a folder.', fix: `pass a folder that holds ${MANIFEST} and the text files.` })]);
	}
	const manifest = readManifest(dir);
	const texts = readTexts(dir, manifest.entries, manifest.mentioned);
	const problems = [...manifest.problems, ...texts.problems];
	if (problems.some((p) => p.severity === 'error')) throw new CorpusError(problems);
	const files = [{ name: MANIFEST, bytes: manifest.bytes! }, ...texts.files];
	return { dir, docs: texts.docs, hash: corpusHash(files), warnings: problems };
}
