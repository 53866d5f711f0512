import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../../utils/matching/create-matcher';

const items = createBundledKnowledgeBase();
const matcher = createMatcher({ items, conceptDetector: bundledConceptDetector() });

describe('matching questions to checklist items', () => {
  it.each(items.map((item) => [item.id, item.question.ja]))(
    'item %s finds itself first, confidently, from its Japanese question',
    (id, question) => {
      const result = matcher.match(question);
      expect(result.matches[0]?.id).toBe(id);
      expect(result.confident).toBe(true);
    },
  );

  it.each(items.map((item) => [item.id, item.question.en]))(
    'item %s finds itself first, confidently, from its English question',
    (id, question) => {
      const result = matcher.match(question);
      expect(result.matches[0]?.id).toBe(id);
      expect(result.confident).toBe(true);
    },
  );

  // Cut the ending so the exact-wording shortcut can't answer: the ranking model must. An English
  // question loses its question mark and two letters of its last word, so the word keeps enough
  // letters to be read as the one known word it begins: "service lev" is too short to read, and
  // item 12 (provisions on compensation) shares the rest of "Do you have provisions on service …".
  it.each(
    items.flatMap((item) => [
      [item.id, item.question.ja.slice(0, -3)],
      [item.id, item.question.en.replace(/[?.]+$/, '').slice(0, -2)],
    ]),
  )('item %s ranks first from its own question cut short (%s)', (id, question) => {
    const result = matcher.match(question);
    expect(result.matches[0]?.id).toBe(id);
    expect(result.fromAlias).toBe(false);
  });

  it('finds item 69 first from a whole question worded like its cut one', () => {
    const result = matcher.match('Do you verify that backups are actually being taken?');
    expect(result.matches[0]?.id).toBe('69');
  });

  it.each([
    ['侵入テスト', '78'],
    ['Do you pentest?', '78'],
    ['MFA', '47'],
    ['2段階認証を利用していますか', '47'],
    ['Is two-factor authentication enforced for administrators?', '47'],
    ['ISMSを取得していますか', '2'],
    ['Do you hold an ISO 27001 certification?', '2'],
    ['入退室管理', '16'],
    ['Account lockout after failed logins', '48'],
    ['Q-012 バックアップの暗号化', '64'],
    ['(3) 通信の暗号化（ＴＬＳ）', '65'],
  ])('a short or differently worded question: %s → item %s', (question, id) => {
    expect(matcher.match(question).matches[0]?.id).toBe(id);
  });

  it.each([
    '会社名',
    'ご担当者様のメールアドレス',
    'Company name',
    'Do you use generative AI in your product?',
  ])('abstains on a question outside the checklist: %s', (question) => {
    expect(matcher.match(question).confident).toBe(false);
  });

  it('flags a question asked in the negative instead of filling the item as it is', () => {
    const plainText = matcher.match('Are passwords ever stored in plain text?');
    expect(plainText.matches[0]?.id).toBe('53');
    expect(plainText.oppositePolarity).toBe(true);
    expect(plainText.confident).toBe(false);
    const notDisabled = matcher.match('退職者のアカウントを削除していない場合がありますか');
    expect(notDisabled.oppositePolarity).toBe(true);
    // Item 54 itself asks in the negative ("no default passwords remain"): same direction, no flag.
    expect(matcher.match('初期パスワードのまま使用しているものはないか').oppositePolarity).toBe(
      false,
    );
  });

  it('matches a learned alias exactly, with top confidence, for a wording it could not place', () => {
    const odd = 'Kindly elaborate on the periodicity of staff edification activities';
    expect(matcher.match(odd).matches[0]?.id === '13' && matcher.match(odd).confident).toBe(false);
    const learned = createMatcher({
      items,
      aliases: { '13': [odd] },
      conceptDetector: bundledConceptDetector(),
    });
    const result = learned.match(`  ${odd.toUpperCase()} `);
    expect(result).toMatchObject({
      matches: [{ id: '13', score: 1 }],
      confident: true,
      fromAlias: true,
    });
  });

  // Check sheets copy the answer choices into the question's cell. Read as words, a trailing
  // 「なし」 made an ordinary question look negative, and 「はい いいえ」 after 「…していないか。」
  // hid the negation that turns the question round. A label's colon hid how the question ends.
  // A length limit, a counter, a prompt or the fields' labels took the confidence of one
  // question in five.
  it.each([
    ['保存データを暗号化していますか。', ' はい いいえ 該当なし'],
    ['保存データを暗号化していますか', '（○×で回答）'],
    ['管理者アカウントを共有していないか。', ' はい いいえ'],
    ['Do you encrypt data at rest?', ' Yes / No / N/A'],
    ['Are passwords ever stored in plain text?', ' (Y/N)'],
    ['Data encryption at rest', ' Yes No N/A'],
    ['多要素認証(MFA)を必須にしている', '：'],
    ['Do you enforce MFA for all administrators?', ':'],
    ['保存データを暗号化していますか。', '（全角200文字以内）'],
    ['保存データの暗号化', ' ここに入力してください'],
    ['Do you encrypt data at rest?', ' (max. 500 characters)'],
    ['Do you encrypt data at rest?', ' 0 / 500'],
    ['Data encryption at rest', ' Select an option'],
    ['Do you enforce MFA for all administrators?', ' Answer Comments'],
    ['Do you enforce MFA for all administrators?', ' [IAM-04.2]'],
  ])(
    'matches %s the same with its answer choices, colon or field notes printed after it',
    (question, choices) => {
      const plain = matcher.match(question);
      const withChoices = matcher.match(question + choices);
      expect(withChoices.matches).toEqual(plain.matches);
      expect(withChoices.oppositePolarity).toBe(plain.oppositePolarity);
      expect(withChoices.confident).toBe(plain.confident);
    },
  );
});
