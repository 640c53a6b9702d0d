// The contract between the pipeline that writes corpus.duckdb and everything that reads it (the app, the tests, the
// bench): tables, `meta` keys and definitions, and the SQL fragments whose meaning must not differ between readers.
export { TABLES, SCHEMA_SQL, columnsOf, type TableName } from './schema';
export {
	DEFINITIONS, FACTS, META_KEYS, readMeta, corpusTitle, cleaningRules, metaLabel, metaEntries,
	type CorpusMeta, type CleaningRuleInfo, type DefinitionKey, type FactKey, type MetaKey
} from './meta';
export { fractionalYear, DATED_PART_DOCS, ratePer10k, griesDp } from './fragments';
export { CORPUS_NAME_MAX, corpusNameProblem, toCorpusName } from './names';
export { readingForm } from './text';
