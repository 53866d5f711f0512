import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

/**
 * Forms where every item is a question of its own ask for remarks in the item after the question
 * (Google Forms, Microsoft Forms, SurveyJS panels): that item is the question's remarks field,
 * not a question, whatever words its title uses.
 */

/** A Google Forms item: a listitem with a heading and ARIA radios. */
const googleChoiceItem = (id: string, question: string) => `
  <div role="listitem"><div jsmodel="CP1oW">
    <div role="heading" aria-level="3" id="${id}-title"><span>${question}</span></div>
    <div role="radiogroup" aria-labelledby="${id}-title">
      <div role="radio" aria-checked="false" data-value="はい"><span>はい</span></div>
      <div role="radio" aria-checked="false" data-value="いいえ"><span>いいえ</span></div>
      <div role="radio" aria-checked="false" data-value="該当なし"><span>該当なし</span></div>
    </div>
  </div></div>`;

/** A Google Forms paragraph item. */
const googleTextItem = (id: string, title: string) => `
  <div role="listitem"><div jsmodel="CP1oW">
    <div role="heading" aria-level="3" id="${id}-title"><span>${title}</span></div>
    <textarea id="${id}" aria-labelledby="${id}-title"></textarea>
  </div></div>`;

/** A Microsoft Forms question item with native radios. */
const msChoiceItem = (id: string, question: string) => `
  <div data-automation-id="questionItem">
    <div id="${id}-title" data-automation-id="questionTitle"><span class="text-format-content">${question}</span></div>
    <div role="radiogroup" aria-labelledby="${id}-title">
      <label><input type="radio" name="${id}" value="Yes"><span class="text-format-content">Yes</span></label>
      <label><input type="radio" name="${id}" value="No"><span class="text-format-content">No</span></label>
      <label><input type="radio" name="${id}" value="Not applicable"><span class="text-format-content">Not applicable</span></label>
    </div>
  </div>`;

/** A Microsoft Forms text item. */
const msTextItem = (id: string, title: string) => `
  <div data-automation-id="questionItem">
    <div id="${id}-title" data-automation-id="questionTitle"><span class="text-format-content">${title}</span></div>
    <textarea id="${id}" placeholder="Enter your answer" aria-labelledby="${id}-title"></textarea>
  </div>`;

describe('a remarks item after its question, in Japanese (Google Forms)', () => {
  it.each(['上記の補足・備考', '上記についての補足', '「いいえ」の場合は理由をご記入ください'])(
    'takes %s as the remarks of the question before it',
    (title) => {
      const questions = scanHtml(
        `<div role="list">${googleChoiceItem('q1', '退職者のアカウントを削除していますか。')}${googleTextItem('r1', title)}${googleChoiceItem('q2', 'ログを保管していますか。')}</div>`,
      );
      expect(questions.map((question) => [question.text, question.remarks])).toEqual([
        ['退職者のアカウントを削除していますか。', 'r1'],
        ['ログを保管していますか。', null],
      ]);
    },
  );

  it('keeps a free-text question that only mentions 上記 as a question of its own', () => {
    const questions = scanHtml(
      `<div role="list">${googleChoiceItem('q1', '退職者のアカウントを削除していますか。')}${googleTextItem('r1', '上記以外に実施しているセキュリティ対策をご記入ください')}</div>`,
    );
    expect(questions.map((question) => [question.text, question.kind, question.remarks])).toEqual([
      ['退職者のアカウントを削除していますか。', 'radio', null],
      ['上記以外に実施しているセキュリティ対策をご記入ください', 'none', 'r1'],
    ]);
  });
});

describe('a remarks item after its question, in English (Microsoft Forms)', () => {
  it.each([
    'Comments on the above',
    'Please explain (previous question)',
    'If yes/no, please explain',
    'If no, please describe why',
  ])('takes "%s" as the remarks of the question before it', (title) => {
    const questions = scanHtml(
      `${msChoiceItem('q1', 'Do you encrypt backups?')}${msTextItem('r1', title)}${msChoiceItem('q2', 'Do you review access rights?')}`,
    );
    expect(questions.map((question) => [question.text, question.remarks])).toEqual([
      ['Do you encrypt backups?', 'r1'],
      ['Do you review access rights?', null],
    ]);
  });

  it('keeps "Please explain how …" as a question of its own', () => {
    const questions = scanHtml(
      `${msChoiceItem('q1', 'Do you encrypt backups?')}${msTextItem('r1', 'Please explain how you encrypt data at rest.')}`,
    );
    expect(questions.map((question) => [question.text, question.kind])).toEqual([
      ['Do you encrypt backups?', 'radio'],
      ['Please explain how you encrypt data at rest.', 'none'],
    ]);
  });

  it('gives no row to a follow-up item whose question has remarks of its own', () => {
    const questions = scanHtml(`
      <div data-automation-id="questionItem">
        <div id="q1-title"><span>Do you encrypt backups?</span></div>
        <div role="radiogroup" aria-labelledby="q1-title">
          <label><input type="radio" name="q1" value="Yes">Yes</label><label><input type="radio" name="q1" value="No">No</label>
        </div>
        <label for="c1">Comments</label><textarea id="c1"></textarea>
      </div>
      ${msTextItem('r1', 'If no, please explain')}`);
    expect(questions.map((question) => [question.text, question.remarks])).toEqual([
      ['Do you encrypt backups?', 'c1'],
    ]);
  });
});
