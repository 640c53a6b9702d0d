// What precedes and follows the text, on real snippets: title, byline, date line, subtitle, masthead, motto, editor's intro, header block, source line.
import { describe, expect, it } from 'vitest';
import { byline } from '../../../analysis/src/clean/rules/byline';
import { dateLine } from '../../../analysis/src/clean/rules/date-line';
import { editorNote } from '../../../analysis/src/clean/rules/editor-note';
import { headerBlock } from '../../../analysis/src/clean/rules/header-block';
import { masthead } from '../../../analysis/src/clean/rules/masthead';
import { motto } from '../../../analysis/src/clean/rules/motto';
import { siteNavigation } from '../../../analysis/src/clean/rules/site-navigation';
import { sourceLine } from '../../../analysis/src/clean/rules/source-line';
import { subtitle } from '../../../analysis/src/clean/rules/subtitle';
import { title } from '../../../analysis/src/clean/rules/title';
import { isMastheadLine } from '../../../analysis/src/clean/shapes';
import { applyRules, cleanSnippet, keptLines, removedOf } from '../../fixtures/ocr/snippets';

const LO = { author: 'Lutte Ouvrière', title: 'Presentation at the Leon Trotsky Circle on the Russian Revolution of 1917', date: '2017-10-20' };
const STALIN = { author: 'J. V. Stalin', title: 'Against the Moscow Conference', date: '1917-08-08' };

/** 002, lines 1–8 (long lines cut short). */
const SPARK = [
	'the Voice of',
	'The Communist League of Revolutionary Workers–Internationalist',
	'“The emancipation of the working class will only be achieved by the working class itself.”',
	'— Karl Marx',
	'Oct 20, 2017',
	'The following text is the translation of a presentation given at the Leon Trotsky Circle by the French revolutionary group, Lutte Ouvrière, in Paris, France on October 20, 2017.',
	'I first took up the revolutionary struggle in 1962, fifty-five years ago, with the conviction that workers, the exploited, would revolt and would change society.',
	'Our political capital drew on the history of workers’ struggles and on that exceptional revolution that was the Russian Revolution, which is today in its hundredth year.'
];

/** 003, lines 1–12 (line 10 and 12 cut short). */
const STALIN_TOP = [
	'J. V. Stalin',
	'',
	'Against the Moscow Conference1',
	'',
	'August 8, 1917',
	'',
	'Source : Works, Vol. 3, March - October, 1917',
	'Publisher : Foreign Languages Publishing House, Moscow, 1954',
	'Transcription/Markup : Salil Sen for MIA, 2008',
	'Public Domain : Marxists Internet Archive (2008). You may freely copy, distribute, display and perform this work.',
	'',
	'The counter-revolution is entering a new phase of development.'
];

const WEB_RULES = [motto, editorNote, title, byline, dateLine, subtitle, masthead];

describe('masthead, motto, date-line and editor-note on the web page of 002', () => {
	it('takes out everything before the speech, each with its own rule', () => {
		const d = applyRules(WEB_RULES, SPARK, LO);
		expect(removedOf(d)).toEqual([
			'masthead: the Voice of\nThe Communist League of Revolutionary Workers–Internationalist',
			'motto: “The emancipation of the working class will only be achieved by the working class itself.”\n— Karl Marx',
			'date-line: Oct 20, 2017',
			'editor-note: ' + SPARK[5]
		]);
		expect(keptLines(d)).toEqual([SPARK[6], SPARK[7]]);
	});
	it('keeps a long quotation inside the speech (it is the speech\'s text)', () => {
		const quote = '“The Soviets consequently were filled, not with glibly talking politicians, but with men who knew their business.”';
		const d = applyRules(WEB_RULES, [...SPARK, 'As the U.S. journalist Albert Rhys Williams recounted:', quote, '— and so on.'], LO);
		expect(keptLines(d)).toContain(quote);
	});
});

describe('masthead has a masthead\'s shape (issue 12 item 13)', () => {
	/** A saved web page: a line of markup, then the text, whose first paragraph is short and has no full stop. */
	const PAGE = [
		'<html><body>',
		'The workers met at dawn',
		'',
		'They spoke of bread and peace and of land, and the meeting ended late in the evening.'
	];
	it('keeps a first paragraph of prose that follows an HTML line; only the markup line goes', () => {
		const d = applyRules(WEB_RULES, PAGE, { author: 'A. Writer', title: 'On Strikes' });
		expect(removedOf(d)).toEqual(['masthead: <html><body>']);
		expect(keptLines(d)).toEqual([PAGE[1], PAGE[3]]);
		expect(cleanSnippet(PAGE, { author: 'A. Writer', title: 'On Strikes' }).paragraphs.map((p) => p.text)).toEqual([PAGE[1], PAGE[3]]);
	});
	it('keeps such a paragraph when the markup wraps it, and a run of lines that mixes masthead and prose', () => {
		const d = applyRules(WEB_RULES, ['<div class="entry">', '<p>The workers met at dawn</p>', '', PAGE[3]], { author: 'A. Writer', title: 'On Strikes' });
		expect(removedOf(d)).toEqual(['masthead: <div class="entry">']);
		const mixed = applyRules(WEB_RULES, ['Workers Voice', 'The workers met at dawn', '', PAGE[3]], { author: 'A. Writer', title: 'On Strikes' });
		expect(removedOf(mixed, masthead.name)).toEqual([]);
		expect(keptLines(mixed)).toContain('The workers met at dawn');
	});
	it('takes nothing as a masthead from printed pages: a wrapped salutation is the first paragraph\'s', () => {
		// The 1941 State of the Union as a printed volume's OCR would give it (62-character lines, a running head).
		const PRINTED = [
			'MESSAGES AND PAPERS OF THE PRESIDENTS 141',
			'',
			'Mr. President, Mr. Speaker, Members of the Seventy-seventh',
			'Congress: I address you, the Members of the Seventy-seventh',
			'Congress, at a moment unprecedented in the history of the',
			'Union. I use the word "unprecedented," because at no previous',
			'time has American security been as seriously threatened from',
			'without as it is today. Since the permanent formation of our',
			'Government under the Constitution, in 1789, most of the periods',
			'of crisis in our history have related to our domestic affairs.'
		];
		const meta = { author: 'Franklin D. Roosevelt', title: 'State of the Union, 1941' };
		const d = applyRules(WEB_RULES, PRINTED, meta);
		expect(removedOf(d, masthead.name)).toEqual([]);
		expect(cleanSnippet(PRINTED, meta).paragraphs[0].text).toMatch(/^Mr\. President, Mr\. Speaker, Members of the Seventy-seventh Congress: I address you/);
	});
	it('still takes a site name and title-like lines above the text', () => {
		const d = applyRules(WEB_RULES, ['www.spark.org', '', 'the Voice of', 'The Communist League of Revolutionary Workers–Internationalist', '', PAGE[3]], { author: 'A. Writer', title: 'On Strikes' });
		expect(removedOf(d)).toEqual(['masthead: www.spark.org', 'masthead: the Voice of\nThe Communist League of Revolutionary Workers–Internationalist']);
	});
	it.each([
		['the Voice of', true],
		['The Communist League of Revolutionary Workers–Internationalist', true],
		['SOCIALIST WORKER', true],
		['marxists.org', true],
		['The workers met at dawn', false],
		['We met.', false],
		['Comrades, we met at dawn and spoke of bread', false]
	])('isMastheadLine(%j) is %s', (line, shape) => {
		expect(isMastheadLine(line)).toBe(shape);
	});
});

describe('header-block, byline, title and date-line on the transcription of 003', () => {
	it('removes the header of key : value lines as one span', () => {
		const d = applyRules([headerBlock], STALIN_TOP, STALIN);
		expect(removedOf(d)).toEqual(['header-block: ' + STALIN_TOP.slice(6, 10).join('\n')]);
		expect(d.removed[0].line).toBe(7);
	});
	it('removes the byline, the title (footnote marker and all) and the date line', () => {
		const d = applyRules([headerBlock, title, byline, dateLine], STALIN_TOP, STALIN);
		expect(removedOf(d).slice(0, 3)).toEqual(['byline: J. V. Stalin', 'title: Against the Moscow Conference1', 'date-line: August 8, 1917']);
		expect(keptLines(d)).toEqual(['The counter-revolution is entering a new phase of development.']);
	});
	it('does not take prose with a colon for a header block', () => {
		const d = applyRules([headerBlock], ['Comrades! Here is the point:', 'Firstly: the committee must lead.', 'Secondly: the groups must report.'], STALIN);
		expect(d.removed).toEqual([]);
	});
});

describe('title and subtitle', () => {
	it('removes the title of 001 and its "Lecture given in …" subtitle', () => {
		const d = applyRules([siteNavigation, title, subtitle], [
			'The Internal and External Tasks of the Soviet Power',
			'',
			'From Marxists-en',
			'Jump to navigation Jump to search',
			'',
			'Lecture given in Moscow on April 21, 1918',
			'',
			'Comrades! Communist teaching has as one of its most important tasks the achievement of a situation.'
		], { title: 'The Internal and External Tasks of the Soviet Power' });
		expect(removedOf(d, title.name)).toEqual(['title: The Internal and External Tasks of the Soviet Power']);
		expect(removedOf(d, subtitle.name)).toEqual(['subtitle: Lecture given in Moscow on April 21, 1918']);
	});
	it('removes the OCR title in capitals on the first line (000), glued to the first paragraph', () => {
		const d = applyRules([title], ['', 'LESSONS OF THE MOSCOW UPRISING ', 'The publication of the book Moscow in December 1905 ', '', '(Moscow, 1906) could not have been more timely. It is an ']);
		expect(removedOf(d)).toEqual(['title: LESSONS OF THE MOSCOW UPRISING']);
	});
	it('takes a capitals first line as the title even when the manifest spells it otherwise', () => {
		const d = applyRules([title], ['THE CANAL TOLLS', 'When the canal was finished in the autumn of 1838, the '], { title: 'Canal tolls (essay)' });
		expect(removedOf(d)).toEqual(['title: THE CANAL TOLLS']);
	});
});

describe('source-line', () => {
	it('removes the citation at the end of 000, written right under the last line', () => {
		const d = applyRules([sourceLine], ['the class-conscious proletariat must discharge its duty to ', 'the full. ', 'Proletary No. 2, ', 'August 29, 1906 Collected Works, ', '', 'Vol. 11, pp. 171-78 ', '', '']);
		expect(removedOf(d)).toEqual(['source-line: Proletary No. 2,\nAugust 29, 1906 Collected Works,', 'source-line: Vol. 11, pp. 171-78']);
		expect(d.removed.map((r) => r.line)).toEqual([3, 6]);
	});
	it('removes the source line of 003', () => {
		const d = applyRules([sourceLine], ['that they will not allow the battle-standard of revolution to slip from their hands.', '', '', 'Rabochy i Soldat, No. 14, August 8, 1917']);
		expect(removedOf(d)).toEqual(['source-line: Rabochy i Soldat, No. 14, August 8, 1917']);
	});
	it('leaves a last paragraph that mentions a year alone', () => {
		expect(applyRules([sourceLine], ['And comrades, in 1917 the workers took power.']).removed).toEqual([]);
	});
});
