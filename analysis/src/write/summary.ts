// summary.json and view-answers.json beside corpus.duckdb: the answers of the app's first queries (src/lib/db/summary.ts)
// and of every view's first questions at the default address (src/lib/views/first-questions.ts), asked of the finished
// database through the same runner the tests use, so the files hold exactly the database's rows. The app draws every
// view from them while the engine starts, then checks the corpus's answers against the database.
import { createReadStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { SUMMARY_FILE, SUMMARY_FORMAT, VIEW_ANSWERS_FILE, summaryQueries, type Ask, type Summary, type SummaryAnswer } from '../../../src/lib/db/summary';
import type { Query, QueryRunner } from '../../../src/lib/db/sql';
import { Answers, keyOf } from '../../../src/lib/db/answers';
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
	// A question asked again (the counts by the trajectories, the forms box and the top document; the corpus facts by
	// readCorpusInfo) runs once, as in the app (answers.ts).
	const once = new Answers(Infinity, Infinity);
	const ask: Ask = async <T extends Record<string, unknown>>(q: Query) => {
		const key = keyOf(q);
		const first = !answers.has(key);
		if (first) answers.set(key, null);
		try {
			const rows = await once.get<T>(q, () => runner.run<T>(q));
			if (first && exactInJson(rows)) answers.set(key, { sql: q.sql, params: q.params, rows });
			return rows;
		} finally {
			if (first && !answers.get(key)) answers.delete(key);
		}
	};
	for (const q of summaryQueries()) await ask(q).catch(() => null);
	if (summaryQueries().every((q) => answers.has(keyOf(q)))) {
		const info = await readCorpusInfo({ run: ask }, '', '');
		// A question that fails here fails in the app too, where the view reports it; the summary holds what was answered.
		await firstQuestions(parseUrl('').state, info, ask).catch(() => undefined);
	}
	return { format: SUMMARY_FORMAT, answers: [...answers.values()].filter((a): a is SummaryAnswer => a !== null) };
}

/**
 * The summary of the database file at `dbPath`, read on one thread as the browser's engine reads it: the rows of a
 * list aggregate (a term's pairs) come in the order of one thread's scan, the same on every run.
 */
export function summaryOfFile(dbPath: string): Promise<Summary> {
	return withDatabase(dbPath, async (db) => {
		await db.rows('SET threads = 1');
		return summaryOf(db);
	});
}

/** Whether JSON holds these rows exactly: no number it would write as null. */
function exactInJson(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every(exactInJson);
	if (value !== null && typeof value === 'object') return Object.values(value).every(exactInJson);
	return true;
}

/**
 * Writes summary.json (the summary queries' answers) and view-answers.json (the views' first answers) beside the
 * database at `dbPath` (a finished, published file), each atomically, both naming the file by a hash of its bytes;
 * the views' file first, so that a summary.json never names a database whose view answers are missing or older.
 * Returns summary.json's path.
 */
export async function writeSummary(dbPath: string): Promise<string> {
	const all = await summaryOfFile(dbPath);
	const database = await fileHash(dbPath);
	const info = new Set(summaryQueries().map(keyOf));
	const views = all.answers.filter((a) => !info.has(keyOf(a)));
	writeAtomically(join(dirname(dbPath), VIEW_ANSWERS_FILE), { format: SUMMARY_FORMAT, database, answers: views });
	const path = join(dirname(dbPath), SUMMARY_FILE);
	writeAtomically(path, { format: SUMMARY_FORMAT, database, answers: all.answers.filter((a) => info.has(keyOf(a))) });
	return path;
}

/** Removes the summary and the view answers beside the database at `dbPath`, if any. */
export function removeSummary(dbPath: string): void {
	rmSync(join(dirname(dbPath), SUMMARY_FILE), { force: true });
	rmSync(join(dirname(dbPath), VIEW_ANSWERS_FILE), { force: true });
}

/** The first 16 hex digits of the SHA-256 of a file's bytes (read in a stream: a database can be large). */
async function fileHash(path: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
	return hash.digest('hex').slice(0, 16);
}

function writeAtomically(path: string, summary: Summary): void {
	// Hidden and per process: the stale-file sweep and the interrupt cleanup remove it, the build never ships it.
	const tmp = tempPathFor(path);
	try {
		writeFileSync(tmp, JSON.stringify(summary));
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}
