// summary.json beside corpus.duckdb: the answers of the app's first queries (src/lib/db/summary.ts) and of every
// view's first questions at the default address (src/lib/views/first-questions.ts), asked of the finished database
// through the same runner the tests use, so the file holds exactly the database's rows. The app draws every view from
// it while the engine starts, then checks the corpus's answers against the database.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SUMMARY_FILE, SUMMARY_FORMAT, summaryQueries, type Ask, type Summary, type SummaryAnswer } from '../../../src/lib/db/summary';
import type { Query, QueryRunner } from '../../../src/lib/db/sql';
import { keyOf } from '../../../src/lib/db/answers';
import { readCorpusInfo } from '../../../src/lib/db/corpus-info';
import { parseUrl } from '../../../src/lib/state/url';
import { firstQuestions } from '../../../src/lib/views/first-questions';
import { withDatabase } from '../../../scripts/db/node-runner';
import { tempPathFor } from './temp';

/**
 * The summary of the database `runner` reads: every summary query it can answer (an older database may lack one), then
 * the answers of every question the views ask on opening at the default address (views/first-questions.ts), so that
 * the page draws them all while the engine starts. An answer JSON cannot hold exactly (a NaN, an infinity) is left
 * out: that view asks the database.
 */
export async function summaryOf(runner: QueryRunner): Promise<Summary> {
	// In the order asked (not answered), so that the same database gives the same file.
	const answers = new Map<string, SummaryAnswer | null>();
	const ask: Ask = async <T extends Record<string, unknown>>(q: Query) => {
		const key = keyOf(q);
		const first = !answers.has(key);
		if (first) answers.set(key, null);
		try {
			const rows = await runner.run<T>(q);
			if (first && exactInJson(rows)) answers.set(key, { sql: q.sql, params: q.params, rows });
			return rows;
		} finally {
			if (first && !answers.get(key)) answers.delete(key);
		}
	};
	for (const q of summaryQueries()) await ask(q).catch(() => null);
	if (summaryQueries().every((q) => answers.has(keyOf(q)))) {
		const info = await readCorpusInfo(runner, '', '');
		// A question that fails here fails in the app too, where the view reports it; the summary holds what was answered.
		await firstQuestions(parseUrl('').state, info, ask).catch(() => undefined);
	}
	return { format: SUMMARY_FORMAT, answers: [...answers.values()].filter((a): a is SummaryAnswer => a !== null) };
}

/** Whether JSON holds these rows exactly: no number it would write as null. */
function exactInJson(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(exactInJson);
	if (value !== null && typeof value === 'object') return Object.values(value).every(exactInJson);
	return true;
}

/** Writes summary.json beside the database at `dbPath` (a finished, published file), atomically; returns its path. */
export async function writeSummary(dbPath: string): Promise<string> {
	const summary = await withDatabase(dbPath, summaryOf);
	const path = join(dirname(dbPath), SUMMARY_FILE);
	// Hidden and per process: the stale-file sweep and the interrupt cleanup remove it, the build never ships it.
	const tmp = tempPathFor(path);
	try {
		writeFileSync(tmp, JSON.stringify(summary));
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
	return path;
}

/** Removes the summary beside the database at `dbPath`, if any. */
export function removeSummary(dbPath: string): void {
	rmSync(join(dirname(dbPath), SUMMARY_FILE), { force: true });
}
