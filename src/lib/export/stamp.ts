// The methods stamp every export carries: pipeline and model versions, corpus hash, where and when it came from.

export interface MethodsStamp {
	tool: string;
	corpus: string;
	pipeline_version: string;
	model_version: string;
	corpus_hash: string;
	/** What the exported numbers are (formula or definition). */
	definition?: string;
	exported_at: string;
	url?: string;
}

const pick = (meta: Record<string, string>, ...keys: string[]) => keys.map((k) => meta[k]).find((v) => v !== undefined && v !== '') ?? 'unknown';

/** Builds the stamp from the database's meta table (keys as written by the pipeline, with tolerant fallbacks). */
export function methodsStamp(meta: Record<string, string>, corpus: string, definition?: string, now = new Date()): MethodsStamp {
	return {
		tool: 'Tribune',
		corpus,
		pipeline_version: pick(meta, 'pipeline_version', 'pipeline'),
		model_version: pick(meta, 'wink_model_version', 'model_version', 'wink_model'),
		corpus_hash: pick(meta, 'corpus_hash', 'content_hash'),
		...(definition ? { definition } : {}),
		exported_at: now.toISOString(),
		...(typeof location !== 'undefined' ? { url: location.href } : {})
	};
}

/** One line for pictures and CSV headers. */
export function stampLine(s: MethodsStamp): string {
	return `${s.tool} · corpus ${s.corpus} (hash ${shortHash(s.corpus_hash)}) · pipeline ${s.pipeline_version} · model ${s.model_version} · ${s.exported_at.slice(0, 10)}`;
}

/** The hash shortened to 12 hex digits, keeping an algorithm prefix such as `sha256:` outside the count. */
export function shortHash(hash: string): string {
	const m = /^([a-z0-9-]+:)?(.*)$/i.exec(hash)!;
	const prefix = m[1] ?? '';
	const digits = m[2];
	return prefix + (digits.length > 12 ? digits.slice(0, 12) : digits);
}
