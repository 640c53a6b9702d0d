// Test helpers for the pipeline: temporary folders, corpus copies, and reading a written corpus.duckdb.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NodeRunner } from '../../../scripts/db/node-runner';

export const FIXTURES = resolve(__dirname, '../../fixtures/corpora');
export const DEFAULT_CORPUS = resolve(__dirname, '../../../analysis/corpus');

const made: string[] = [];

/** A fresh temporary folder, removed by `cleanupTemp`. */
export function tempDir(prefix = 'tribune-pipeline-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

export function cleanupTemp(): void {
	for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A copy of a fixture corpus in a temporary folder, for tests that change its files. */
export function copyCorpus(from: string): string {
	const dir = join(tempDir(), 'corpus');
	cpSync(from, dir, { recursive: true });
	return dir;
}

export type Db = NodeRunner;

/** Opens a corpus.duckdb read-only, as the app does. */
export const openDb = (path: string): Promise<Db> => NodeRunner.open(path);
