// The one limit on the length of the app's address, shared by the app (which never writes a longer one) and the
// server (scripts/serve.ts, which answers a longer request with a page saying so, never a blank 431).
// 8,000 characters: under what common servers and proxies accept in a request line (8 KiB), far under browsers'.

export const URL_MAX_LENGTH = 8000;

/** The notice shown when a change would make the address longer than the limit, or null when it fits. */
export function urlLengthProblem(url: string): string | null {
	if (url.length <= URL_MAX_LENGTH) return null;
	return `This change was not applied: the address would be ${url.length.toLocaleString('en-US')} characters long, over the limit of ${URL_MAX_LENGTH.toLocaleString('en-US')} (too many terms or documents named in it). Use fewer terms or select documents by a range or author instead.`;
}
