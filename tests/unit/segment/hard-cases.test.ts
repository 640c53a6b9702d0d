// Sentence boundaries on hard cases beyond the default corpus (our own examples of the classes rule-based segmenters such
// as pySBD's "Golden Rules" test): abbreviations, initials, URLs and e-mail, numbered items, `!!` `?!`, quotes, ellipses.
import { describe, expect, it } from 'vitest';
import { sentences } from './sentences';

/** Class → cases: the paragraph and the sentences a careful reader marks. */
const CASES: Record<string, [string, string[]][]> = {
	abbreviations: [
		['We climbed Mt. Washington in May. The view was fine.', ['We climbed Mt. Washington in May.', 'The view was fine.']],
		['Martin Luther King Jr. spoke first. Then the crowd sang.', ['Martin Luther King Jr. spoke first.', 'Then the crowd sang.']],
		['She met Dr. Watson and Mr. Holmes at St. Bart’s.', ['She met Dr. Watson and Mr. Holmes at St. Bart’s.']],
		['The goods were sold to Briggs & Co. It closed yesterday.', ['The goods were sold to Briggs & Co.', 'It closed yesterday.']],
		['See No. 14 of the series. It has the map.', ['See No. 14 of the series.', 'It has the map.']],
		['The house was N°. 12 in the street.', ['The house was N°. 12 in the street.']],
		['The passage is on p. 45 and the note on pp. 60-61 of vol. 3 of the set.', ['The passage is on p. 45 and the note on pp. 60-61 of vol. 3 of the set.']],
		['He brought bread, cheese, wine, etc. for the trip.', ['He brought bread, cheese, wine, etc. for the trip.']],
		['He brought bread, cheese, wine, etc. We ate it all.', ['He brought bread, cheese, wine, etc.', 'We ate it all.']],
		['Some towns, i.e. the larger ones, and some trades, e.g. printing, struck.', ['Some towns, i.e. the larger ones, and some trades, e.g. printing, struck.']],
		['The train left at 9 a.m. and came back at 6 p.m. on Friday.', ['The train left at 9 a.m. and came back at 6 p.m. on Friday.']],
		['The train left at 9 a.m. It came back at 6 p.m. Nobody was on it.', ['The train left at 9 a.m.', 'It came back at 6 p.m.', 'Nobody was on it.']],
		['He lived in the U.S. for ten years.', ['He lived in the U.S. for ten years.']],
		['I have lived in the U.S. How about you?', ['I have lived in the U.S.', 'How about you?']],
		['The U.S.A. and the E.U. signed it. Trade rose.', ['The U.S.A. and the E.U. signed it.', 'Trade rose.']],
		['The speech was given by Gen. Grant at the fort.', ['The speech was given by Gen. Grant at the fort.']],
		['It is in ch. 4 and fig. 2 of the report.', ['It is in ch. 4 and fig. 2 of the report.']],
		['He was born on Jan. 5, 1900, in Ohio. He died in 1950.', ['He was born on Jan. 5, 1900, in Ohio.', 'He died in 1950.']],
		['They left at 3 p.m. Mr. Jones stayed behind.', ['They left at 3 p.m.', 'Mr. Jones stayed behind.']],
		['The U.S. Army held the line.', ['The U.S. Army held the line.']],
		['He went to Washington, D.C. Then he sailed home.', ['He went to Washington, D.C.', 'Then he sailed home.']],
		['Prof. Lee and Sen. Ward met approx. 20 delegates.', ['Prof. Lee and Sen. Ward met approx. 20 delegates.']],
		['See Fig. 3. The results are clear.', ['See Fig. 3.', 'The results are clear.']]
	],
	initials: [
		['The letter was signed by J. R. Smith of Boston.', ['The letter was signed by J. R. Smith of Boston.']],
		['We read T.S. Eliot and W. B. Yeats in class.', ['We read T.S. Eliot and W. B. Yeats in class.']],
		['The vote went to Plan B. The board agreed.', ['The vote went to Plan B.', 'The board agreed.']],
		['Her name is Anna K. Jones.', ['Her name is Anna K. Jones.']]
	],
	'URLs and e-mail': [
		['Write to info@example.org. We answer within a day.', ['Write to info@example.org.', 'We answer within a day.']],
		['The text is at www.example.50.com and at https://example.org/a.b/c.html today.', ['The text is at www.example.50.com and at https://example.org/a.b/c.html today.']],
		['Mail j.smith@post.example.com. He reads it.', ['Mail j.smith@post.example.com.', 'He reads it.']],
		['See http://archive.org/details/Speech.1913 for the full text.', ['See http://archive.org/details/Speech.1913 for the full text.']]
	],
	'numbers and decimals': [
		['The rate rose to 3.5 per cent. It fell in May.', ['The rate rose to 3.5 per cent.', 'It fell in May.']],
		['Section 4.2.1 applies. Section 5 does not.', ['Section 4.2.1 applies.', 'Section 5 does not.']],
		['They paid $1.50 a day in 1913. Wages rose.', ['They paid $1.50 a day in 1913.', 'Wages rose.']],
		['He won $3.2 million. She won more.', ['He won $3.2 million.', 'She won more.']],
		['The vote was 5. The motion failed.', ['The vote was 5.', 'The motion failed.']]
	],
	'numbered items': [
		['We demand: 1) bread; 2) land; 3) peace.', ['We demand: 1) bread; 2) land; 3) peace.']],
		['The tasks are these. 1. Organise the workers. 2. Publish a paper. 3. Call a congress.', ['The tasks are these.', '1. Organise the workers.', '2. Publish a paper.', '3. Call a congress.']],
		['Two roads lie open. a. Reform. b. Revolution.', ['Two roads lie open.', 'a. Reform.', 'b. Revolution.']],
		['• 9. The last point is the budget.', ['• 9. The last point is the budget.']],
		['1) Fix the roads 2) Pay the teachers', ['1) Fix the roads', '2) Pay the teachers']],
		['1.) Fix the roads. 2.) Pay the teachers.', ['1.) Fix the roads.', '2.) Pay the teachers.']],
		['1. Fix the roads 2. Pay the teachers', ['1. Fix the roads', '2. Pay the teachers']],
		['a. Fix the roads b. Pay the teachers c. Open the library', ['a. Fix the roads', 'b. Pay the teachers', 'c. Open the library']],
		['• 9. Fix the roads • 10. Pay the teachers', ['• 9. Fix the roads', '• 10. Pay the teachers']],
		['He counted to 2. Then he stopped at 3. Nobody knew why.', ['He counted to 2.', 'Then he stopped at 3.', 'Nobody knew why.']]
	],
	'!! and ?!': [
		['Long live the strike!! The crowd cheered.', ['Long live the strike!!', 'The crowd cheered.']],
		['You call that a reform?! It is a sham.', ['You call that a reform?!', 'It is a sham.']],
		['What now? We wait. Wait! Why?', ['What now?', 'We wait.', 'Wait!', 'Why?']],
		['Hello!! How are you?? Fine.', ['Hello!!', 'How are you??', 'Fine.']]
	],
	'quotes and brackets': [
		['He said, “We shall win.” Nobody doubted it.', ['He said, “We shall win.”', 'Nobody doubted it.']],
		['“Is it true?” she asked.', ['“Is it true?” she asked.']],
		['They shouted "Bread!" and marched on.', ['They shouted "Bread!" and marched on.']],
		['The army held. (It had no choice.) The city fell later.', ['The army held.', '(It had no choice.)', 'The city fell later.']],
		['He left (as he said he would). Then she spoke.', ['He left (as he said he would).', 'Then she spoke.']],
		['‘No,’ he said. ‘Never.’', ['‘No,’ he said.', '‘Never.’']]
	],
	ellipses: [
		['We waited ... and waited. Nothing came.', ['We waited ... and waited.', 'Nothing came.']],
		['It may be so . . . I do not know.', ['It may be so . . .', 'I do not know.']],
		['The end came… It was quick.', ['The end came…', 'It was quick.']],
		['He said that … the plan would work.', ['He said that … the plan would work.']],
		['The words were “to be . . . or not” and no more.', ['The words were “to be . . . or not” and no more.']]
	]
};

const results = Object.entries(CASES).map(([name, cases]) => ({ name, cases, right: cases.filter(([text, want]) => JSON.stringify(sentences(text)) === JSON.stringify(want)).length }));
const right = results.reduce((s, r) => s + r.right, 0);
const total = results.reduce((s, r) => s + r.cases.length, 0);

describe(`sentence boundaries on hard cases: ${right} of ${total} right (${Math.round((100 * right) / total)}%)`, () => {
	for (const { name, cases, right: r } of results) {
		describe(`${name}: ${r} of ${cases.length}`, () => {
			it.each(cases)('%s', (text, want) => {
				expect(sentences(text)).toEqual(want);
			});
		});
	}
});
