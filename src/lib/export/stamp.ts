// The methods stamp every export carries: pipeline and model versions, corpus hash, where and when it came from.
import type { CorpusMeta, MetaKey } from '$lib/db/contract/meta';

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

const pick = (meta: CorpusMeta, key: MetaKey) => meta[key] || 'unknown';

/** Builds the stamp from the database's meta table (the contract's keys, as the pipeline writes them). */
export function methodsStamp(meta: CorpusMeta, corpus: string, definition?: string, now = new Date()): MethodsStamp {
	return {
		tool: 'Tribune',
		corpus,
		pipeline_version: pick(meta, 'pipeline_version'),
		model_version: pick(meta, 'wink_model_version'),
		corpus_hash: pick(meta, 'corpus_hash'),
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
function shortHash(hash: string): string {
	const m = /^([a-z0-9-]+:)?(.*)$/i.exec(hash)!;
	const prefix = m[1] ?? '';
	const digits = m[2];
	return prefix + (digits.length > 12 ? digits.slice(0, 12) : digits);
}
