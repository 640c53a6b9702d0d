// One measured figure of `npm run bench`, and how it is printed: `figure: value unit (runs, min–max)`.

export interface Figure {
	name: string;
	value: number;
	unit: string;
	runs: number;
	min?: number;
	max?: number;
}

export interface BenchOptions {
	/** Corpus folder to measure (manifest.csv + texts). */
	corpus: string;
	/** Name of the analysed corpus under static/data/. */
	name: string;
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3));

export function formatFigure(f: Figure): string {
	const range = f.min !== undefined && f.max !== undefined ? `, ${fmt(f.min)}–${fmt(f.max)}` : '';
	return `${f.name}: ${fmt(f.value)} ${f.unit} (${f.runs} run${f.runs === 1 ? '' : 's'}${range})`;
}

/** Median of a non-empty list. */
export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile p (0–100) of a non-empty list. */
export function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Summary figure of repeated timings: median with min–max. */
export function summarise(name: string, unit: string, xs: number[]): Figure {
	return { name, unit, value: median(xs), runs: xs.length, min: Math.min(...xs), max: Math.max(...xs) };
}
