// Cleaning stage: raw text → the author's running text as paragraphs, every removed span recorded with its rule and raw line.
import type { CleanDocument, CleanParagraph, RawDocument, Section } from '../types';
import { assemble } from './assemble';
import type { Draft, DraftLine, Rule } from './draft';
import { findSections } from './sections';
import { buildVocabulary, type Vocabulary } from './vocabulary';
import { byline } from './rules/byline';
import { dateLine } from './rules/date-line';
import { editLink } from './rules/edit-link';
import { editorNote } from './rules/editor-note';
import { editorialInterpolation } from './rules/editorial-interpolation';
import { footnote } from './rules/footnote';
import { footnoteMarker } from './rules/footnote-marker';
import { hashHeading } from './rules/hash-heading';
import { headerBlock } from './rules/header-block';
import { heading } from './rules/heading';
import { inlineHyphen } from './rules/inline-hyphen';
import { inlineNote } from './rules/inline-note';
import { listItem } from './rules/list-item';
import { masthead } from './rules/masthead';
import { motto } from './rules/motto';
import { notes } from './rules/notes';
import { pageHeader } from './rules/page-header';
import { pageNumber } from './rules/page-number';
import { publisherNote } from './rules/publisher-note';
import { referenceMark } from './rules/reference-mark';
import { signatureLine } from './rules/signature-line';
import { signatureMark } from './rules/signature-mark';
import { siteNavigation } from './rules/site-navigation';
import { sourceLine } from './rules/source-line';
import { subtitle } from './rules/subtitle';
import { title } from './rules/title';

export type { Vocabulary } from './vocabulary';
export { buildVocabulary } from './vocabulary';

/** The rules in the order they run: apparatus at the ends first, then page apparatus, front matter, inline marks, structure. */
export const PIPELINE: readonly Rule[] = [
	siteNavigation, notes, sourceLine, headerBlock, publisherNote, signatureLine, motto, editorNote, editLink, hashHeading,
	pageHeader, signatureMark, pageNumber, footnote,
	title, byline, dateLine, subtitle, masthead,
	inlineNote, footnoteMarker, referenceMark, editorialInterpolation, inlineHyphen,
	listItem, heading
];

/**
 * Checks a rule list once, when the pipeline starts: every rule has a name, and no name (of a rule, or one it records
 * spans under) is used twice, so that each removed span names exactly one rule. Throws an error naming the culprit.
 */
export function checkRules(rules: readonly Rule[]): void {
	const seen = new Set<string>();
	rules.forEach((rule, i) => {
		for (const { name } of [rule, ...(rule.records ?? [])]) {
			if (typeof name !== 'string' || !name.trim()) throw new Error(`Cleaning rule ${i + 1} of ${rules.length} has no name (${rule.description ?? 'no description either'})`);
			if (seen.has(name)) throw new Error(`Cleaning rule name "${name}" is used twice (rule ${i + 1}): each rule needs its own name`);
			seen.add(name);
		}
	});
}

checkRules(PIPELINE);

/**
 * Every rule name that can record a removed span, once each, in pipeline order, for the cleaning report and `meta`.
 * `inlineHyphen` carries the name `dehyphenate`, under which `assemble` also records the words it re-joins.
 */
export const RULES: { name: string; description: string }[] = PIPELINE.filter((r) => !r.structural).flatMap(({ name, description, records }) => [
	{ name, description },
	...(records ?? []).map((r) => ({ name: r.name, description: r.description }))
]);

/** The section a one-part document gets. */
const MAIN_SECTION = 'Main text';

function layout(lines: string[]): Pick<Draft, 'wrapped' | 'trailingSpaceMarksWordEnd'> {
	const full = lines.filter((l) => l.trim());
	const lengths = full.map((l) => l.length).sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
	const long = lengths.filter((n) => n > 160).length;
	const wrapped = median > 0 && median < 100 && long <= full.length * 0.1;
	const spaced = full.filter((l) => /\S\s$/.test(l)).length;
	return { wrapped, trailingSpaceMarksWordEnd: wrapped && spaced >= full.length * 0.5 };
}

/** The starting draft: every raw line as text or blank. */
export function draftOf(doc: RawDocument, vocabulary: Vocabulary): Draft {
	const raw = doc.text.split('\n');
	const lines: DraftLine[] = raw.map((text, i) => ({ line: i + 1, raw: text, text, kind: text.trim() ? 'text' : 'blank' }));
	return { entry: doc.entry, lines, removed: [], vocabulary, ...layout(raw) };
}

export function cleanCorpus(docs: RawDocument[]): CleanDocument[] {
	const vocabulary = buildVocabulary(docs);
	return docs.map((d) => cleanDocument(d, vocabulary));
}

export function cleanDocument(doc: RawDocument, vocabulary: Vocabulary): CleanDocument {
	const draft = PIPELINE.reduce((d, rule) => rule.apply(d), draftOf(doc, vocabulary));
	const { blocks, removed: joins } = assemble(draft);
	const starts = findSections(draft);
	const sections: Section[] = starts.map(({ name, date }) => ({ name, date }));
	if (starts.length === 0 || blocks.some((b) => b.line < starts[0].line)) sections.unshift({ name: MAIN_SECTION, date: doc.entry.date });
	const sectionAt = (line: number) => [...starts].reverse().find((s) => s.line <= line)?.name ?? MAIN_SECTION;
	const paragraphs: CleanParagraph[] = blocks.map((b) => ({ text: b.text, section: sectionAt(b.line), line: b.line, heading: b.heading }));
	const removed = [...draft.removed, ...joins].sort((a, b) => a.line - b.line);
	return { entry: doc.entry, paragraphs, removed, sections };
}
