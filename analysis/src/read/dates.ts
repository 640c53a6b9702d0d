// Partial ISO dates of the manifest (YYYY, YYYY-MM, YYYY-MM-DD): checked for real months and days.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why `date` is not a valid partial ISO date, or null when it is. */
export function dateProblem(date: string): string | null {
	const m = DATE.exec(date);
	if (!m) return 'is not written as YYYY, YYYY-MM or YYYY-MM-DD.';
	const year = Number(m[1]);
	if (m[2] === undefined) return null;
	const month = Number(m[2]);
	if (month < 1 || month > 12) return `has month ${m[2]}, which is not 01–12.`;
	if (m[3] === undefined) return null;
	const day = Number(m[3]);
	const max = daysIn(year, month);
	if (day < 1 || day > max) return `has day ${m[3]}, but ${m[1]}-${m[2]} has days 01–${max}.`;
	return null;
}

/** The year of a valid partial ISO date. */
export const yearOf = (date: string): number => Number(date.slice(0, 4));
