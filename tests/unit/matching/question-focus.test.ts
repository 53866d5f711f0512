import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { createMatcher } from '../../../utils/matching/create-matcher';
import { questionFocus } from '../../../utils/matching/question-focus';

describe('telling what a question asks from the instructions and notes that go with it', () => {
  it.each([
    [
      'Do you encrypt data at rest? Please describe the algorithm and provide evidence.',
      'Do you encrypt data at rest?',
      'Please describe the algorithm and provide evidence.',
    ],
    [
      'Do you perform background checks? If yes, describe the scope.',
      'Do you perform background checks?',
      'If yes, describe the scope.',
    ],
    [
      '保存データを暗号化していますか。※クラウド事業者の機能を利用している場合も含む',
      '保存データを暗号化していますか。',
      '※クラウド事業者の機能を利用している場合も含む',
    ],
    [
      '保存データを暗号化していますか。していない場合はその理由を記入してください。',
      '保存データを暗号化していますか。',
      'していない場合はその理由を記入してください。',
    ],
    [
      'Do you encrypt data at rest? (Please attach your encryption policy)',
      'Do you encrypt data at rest?',
      'Please attach your encryption policy',
    ],
    [
      'アクセス管理 > パスワード > 保存データを暗号化していますか',
      '保存データを暗号化していますか',
      'アクセス管理 パスワード',
    ],
    // A page's help text joined to its question by a space, with no sentence mark between.
    [
      'Data encryption at rest Please describe the algorithm',
      'Data encryption at rest',
      'Please describe the algorithm',
    ],
    ['Security certifications Attach evidence', 'Security certifications', 'Attach evidence'],
    // A topic label before a question of its own.
    [
      'Authentication: is MFA supported by the service?',
      'is MFA supported by the service?',
      'Authentication',
    ],
    ['アクセス管理：多要素認証を導入していますか', '多要素認証を導入していますか', 'アクセス管理'],
    [
      'セキュリティ対策 補足があれば記入してください。',
      'セキュリティ対策',
      '補足があれば記入してください。',
    ],
  ])('%s', (question, asked, aside) => {
    expect(questionFocus(question)).toEqual({ asked, aside });
  });

  it.each([
    // One sentence is the question, whatever its form.
    'Describe how data at rest is encrypted.',
    '保存データの暗号化について記載してください',
    // Two asked sentences and no aside.
    'Is MFA enforced for administrators? Is it enforced for users?',
    // A comparison is not a section path; a bracket that explains a term is part of the question.
    'Is the password length > 8 characters?',
    'Do you use MFA (multi-factor authentication)?',
    // An instruction that is the whole question, and a lower-case word that only looks like one.
    'Please describe your backup process',
    'How do you describe and classify data?',
    // A capitalised word that ends a name, not an instruction.
    'Is there an Access Control List for each server',
    // A label with no question after it, and one that asks itself.
    'Encryption at rest: enabled',
    'Describe how you back up: how often are backups taken?',
  ])('keeps a question with no aside whole: %s', (question) => {
    expect(questionFocus(question)).toEqual({ asked: question, aside: '' });
  });
});

describe('matching a question followed by instructions or notes', () => {
  const matcher = createMatcher({
    items: createBundledKnowledgeBase(),
    conceptDetector: bundledConceptDetector(),
  });

  it.each([
    ['保存データを暗号化していますか。', '※クラウド事業者の機能を利用している場合も含む'],
    [
      'Do you encrypt data at rest?',
      ' Please describe the algorithm, key management and evidence.',
    ],
    ['Do you encrypt data at rest?', ' (Please attach your encryption policy)'],
  ])('ranks %s as it would without its aside', (question, aside) => {
    const plain = matcher.match(question);
    const withAside = matcher.match(question + aside);
    expect(withAside.matches[0]?.id).toBe(plain.matches[0]?.id);
    expect(withAside.reason).not.toBe('ambiguous');
    expect(withAside.confident).toBe(true);
  });

  it.each([
    ['Within what timeline do you notify customers?', ' Please provide details.'],
    ['二要素認証', ' 補足があれば記入してください。'],
    ['セッションの管理', ' 補足があれば記入してください。'],
    ['DDoS protection', ' Attach evidence'],
    ['Maximum number of concurrent users supported', ' Describe the method and tools used'],
    [
      '特権ID(管理者権限)の付与は承認制とし、必要最小限に制限していますか。',
      ' 具体的な方法を記載してください',
    ],
    ['バックアップを暗号化していますか。', ' 補足があれば記入してください。'],
    ['多要素認証を導入していますか。', ' 具体的な方法を記載してください'],
  ])('is as sure of %s with an instruction after it as without', (question, aside) => {
    // The confidence and the shape are judged on what is asked. Read with the question, the
    // instruction's words diluted it (補足 and 具体 are words no item holds: 0.88 fell to 0.82, 0.95
    // to 0.89), made a short English question look like a heading (capped at 0.8) and hid that a
    // heading repeats a wording known to ask its item (0.975 fell to the cap).
    const plain = matcher.match(question);
    const withAside = matcher.match(question + aside);
    expect(withAside.matches[0]?.id).toBe(plain.matches[0]?.id);
    expect(withAside.matches[0]?.score).toBeCloseTo(plain.matches[0]?.score ?? 0, 3);
    expect(withAside.confident).toBe(plain.confident);
  });
});
