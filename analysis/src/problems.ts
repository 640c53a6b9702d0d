// Validation problems: each names the file, the manifest line and the value, and says how to fix it.

export type Severity = 'error' | 'warning';

export interface Problem {
	severity: Severity;
	/** File the problem is in or about, relative to the corpus folder (e.g. `manifest.csv`, `000.txt`). */
	file: string;
	/** 1-based line of that file (for manifest problems: the manifest row's line). */
	line?: number;
	/** The offending value, quoted in the message. */
	value?: string;
	message: string;
	fix: string;
}

export const error = (p: Omit<Problem, 'severity'>): Problem => ({ severity: 'error', ...p });
export const warning = (p: Omit<Problem, 'severity'>): Problem => ({ severity: 'warning', ...p });

const show = (v: string) => JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);

/** One problem as one line a person can act on: `error: manifest.csv:3: id "a b": … Fix: …`. */
export function formatProblem(p: Problem): string {
	const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
	const value = p.value !== undefined ? ` (value ${show(p.value)})` : '';
	return `${p.severity}: ${where}${value}: ${p.message} Fix: ${p.fix}`;
}

/** Raised when a corpus cannot be analysed; carries every problem found, not only the first. */
export class CorpusError extends Error {
	constructor(readonly problems: Problem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(`The corpus has ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`);
		this.name = 'CorpusError';
	}
}
