import { describe, expect, it } from 'vitest';
import {
  isJapaneseHeading,
  isJapaneseHeadingOrStatement,
  isJapaneseQuestion,
  normalizeText,
  stripQuestionNoise,
} from '../../../utils/matching/normalize-text';

describe('normalising question text', () => {
  it.each([
    ['ＭＦＡ（多要素認証）', 'mfa 多要素認証'],
    ['サーバー', 'サーバ'],
    ['ユーザー管理', 'ユーザ管理'],
    ['ウィルス対策', 'ウイルス対策'],
    ['Log in / Log-out', 'login logout'],
    ['E-mail back-up', 'email backup'],
    ['Organisation-wide authorisation', 'organization wide authorization'],
    ['Data centres and the security programme', 'data centers and the security program'],
    ['Cyber security on-boarding', 'cybersecurity onboarding'],
    ['We analyse sub-processors', 'we analyze subprocessors'],
    ['Defence licences', 'defense licenses'],
    ['Web site end-point', 'website endpoint'],
    ['ISMSを取得', 'isms を取得'],
    ['TLS1.2以上', 'tls 1 2 以上'],
  ])('%s → %s', (raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  });

  it.each([
    ['No.12 パスワードの変更', 'パスワードの変更'],
    ['(3) 通信の暗号化', '通信の暗号化'],
    ['Q-012 Backup encryption', 'Backup encryption'],
    ['問5 ログの保存期間', 'ログの保存期間'],
    ['3.1.2 Access reviews', 'Access reviews'],
    ['A-07. Is MFA enforced?', 'Is MFA enforced?'],
    ['【必須】入退室管理', '入退室管理'],
    ['Do you perform restore tests? * Required', 'Do you perform restore tests?'],
    ['多要素認証を導入していますか(必須)', '多要素認証を導入していますか'],
    ['・保存データを暗号化している', '保存データを暗号化している'],
    ['□ 保存データを暗号化している', '保存データを暗号化している'],
    ['• Do you encrypt data at rest?', 'Do you encrypt data at rest?'],
    ['(a) Do you encrypt data at rest?', 'Do you encrypt data at rest?'],
    ['1.1.b) Do you encrypt data at rest?', 'Do you encrypt data at rest?'],
    ['iv. Is MFA enforced?', 'Is MFA enforced?'],
    // A label's colon would hide how the question ends (a question mark, a predicate).
    ['Do you use MFA?:', 'Do you use MFA?'],
    ['多要素認証を必須にしている：', '多要素認証を必須にしている'],
    ['Encryption at rest: *', 'Encryption at rest'],
  ])('strips numbering, bullets, required markers and a label colon: %s', (raw, stripped) => {
    expect(stripQuestionNoise(raw)).toBe(stripped);
  });

  it.each([
    ['保存データを暗号化していますか。 はい いいえ 該当なし', '保存データを暗号化していますか。'],
    ['保存データを暗号化していますか（○×で回答）', '保存データを暗号化していますか'],
    ['多要素認証を導入しているか（○／×）', '多要素認証を導入しているか'],
    [
      'データを暗号化していますか（はい・いいえのいずれかを選択してください）',
      'データを暗号化していますか',
    ],
    ['Is a list of subprocessors available? Y/N', 'Is a list of subprocessors available?'],
    ['Has a SOC 2 report been supplied? (Y/N)', 'Has a SOC 2 report been supplied?'],
    ['Do you encrypt backups? Yes No N/A * Required', 'Do you encrypt backups?'],
    ['Do you use MFA? (Select one)', 'Do you use MFA?'],
    ['保存データを暗号化していますか 選択してください', '保存データを暗号化していますか'],
    ['Do you encrypt data at rest? -- Select --', 'Do you encrypt data at rest?'],
    ['保存データを暗号化していますか 【回答】 【備考】', '保存データを暗号化していますか'],
    ['保存データを暗号化していますか。 回答欄 備考欄', '保存データを暗号化していますか。'],
    // After a heading too, when no choice could be one of its words.
    ['多要素認証の導入 はい / いいえ', '多要素認証の導入'],
    ['Data encryption at rest Yes No N/A', 'Data encryption at rest'],
  ])('strips the answer choices printed after a question: %s', (raw, stripped) => {
    expect(stripQuestionNoise(raw)).toBe(stripped);
  });

  it.each([
    ['保存データを暗号化していますか。（全角200文字以内）', '保存データを暗号化していますか。'],
    [
      '保存データを暗号化していますか。 200文字以内で入力してください',
      '保存データを暗号化していますか。',
    ],
    ['データの暗号化（最大400文字）', 'データの暗号化'],
    [
      'バックアップの方法について400字以内で記入してください',
      'バックアップの方法について記入してください',
    ],
    ['保存データを暗号化していますか 残り500文字', '保存データを暗号化していますか'],
    ['保存データの暗号化 ここに入力してください', '保存データの暗号化'],
    ['データの暗号化 選択してください', 'データの暗号化'],
    ['データの暗号化 任意', 'データの暗号化'],
    ['データの暗号化 回答 備考', 'データの暗号化'],
    ['Do you encrypt data at rest? (max. 500 characters)', 'Do you encrypt data at rest?'],
    ['Describe your backups (500 characters or less)', 'Describe your backups'],
    ['Describe MFA (up to 200 words)', 'Describe MFA'],
    ['Do you encrypt data at rest? 0 / 500', 'Do you encrypt data at rest?'],
    ['Backup policy 500 characters remaining', 'Backup policy'],
    ['Do you encrypt data at rest? Enter your answer here', 'Do you encrypt data at rest?'],
    ['Data encryption at rest Select an option', 'Data encryption at rest'],
    ['Do you encrypt data at rest? Optional', 'Do you encrypt data at rest?'],
    ['Data encryption at rest Answer / Comments', 'Data encryption at rest'],
    ['Do you encrypt data at rest? [IAM-04.2]', 'Do you encrypt data at rest?'],
    ['保存データを暗号化していますか (SEC-012)', '保存データを暗号化していますか'],
    ['Is MFA enforced? CC6.1', 'Is MFA enforced?'],
    ['Do you encrypt data at rest? More info', 'Do you encrypt data at rest?'],
    ['データの暗号化 詳細はこちら', 'データの暗号化'],
  ])('strips what a form prints with the answer field, or a control id: %s', (raw, stripped) => {
    expect(stripQuestionNoise(raw)).toBe(stripped);
  });

  it.each([
    // Lengths, counts and words that are asked.
    'Do passwords have at least 12 characters',
    'Password length (12 characters)',
    'パスワードは8文字以上',
    'パスワードを入力してください',
    'いずれかを選択してください',
    'Is MFA optional',
    'Is support available 24/7',
    'Audit comments',
    // Standards and versions named like ids.
    'Certifications (ISO-27001)',
    'Encryption (AES-256)',
    'Do you use TLS (v1.2)',
  ])('keeps lengths and words that belong to the question: %s', (text) => {
    expect(stripQuestionNoise(text)).toBe(text);
  });

  it.each([
    // Choices that are part of what is asked, or not after the end of a question.
    'SOC 2 Type II (yes / no / in progress, expiry, certificate attached)',
    'ウイルス対策ソフトの導入有無',
    '多要素認証の導入 有 / 無',
    'Do you have a DPO? No',
    'Yes / No',
    'ログの選択',
  ])('keeps choices that are not printed after a question: %s', (text) => {
    expect(stripQuestionNoise(text)).toBe(text);
  });

  it.each([
    '2FA を導入していますか',
    '24時間365日の監視',
    'ISO 27001を取得していますか',
    'A device inventory is maintained.',
    'I attest that the pipeline enforces these controls.',
    'e.g. firewalls and intrusion detection',
  ])('keeps numbers and words that belong to the question: %s', (question) => {
    expect(stripQuestionNoise(question)).toBe(question);
  });
});

describe('telling a Japanese question from a heading or a statement', () => {
  it.each([
    ['通信の暗号化', true],
    ['退職時にアカウントを削除している', true],
    ['入退室を記録すること。', true],
    ['パスワードを定期的に変更していますか。', false],
    ['多要素認証を導入しているか（○／×）', false],
    ['多要素認証を導入していますか？ はい / いいえ', false],
    ['多要素認証の導入 はい / いいえ', true],
    ['利用しているクラウドを教えてください。', false],
    ['データセンターは国内ですか?', false],
    ['Is data encrypted at rest?', false],
    ['Encryption at rest', false],
  ] as const)('%s → %s', (text, headingOrStatement) => {
    expect(isJapaneseHeadingOrStatement(text)).toBe(headingOrStatement);
  });
});

describe('telling a Japanese heading from a statement', () => {
  it.each([
    ['通信の暗号化', true],
    ['パスワードの取り扱い', true],
    ['管理者について', true],
    ['委託先の管理（再委託を含む）', true],
    ['退職時にアカウントを削除している', false],
    ['入退室を記録すること。', false],
    ['暗号化されていないHTTPでの接続は受け付けない', false],
    ['データのバックアップを取得する（お客様の役割）', false],
    ['障害時は速やかにメールで知らせます。', false],
    ['保存データをAES-256で暗号化', false],
    ['脆弱性診断を定期的に実施', false],
    ['アクセス権限の管理と承認', true],
    ['パスワードを定期的に変更していますか。', false],
    ['Encryption at rest', false],
  ] as const)('%s → %s', (text, heading) => {
    expect(isJapaneseHeading(text)).toBe(heading);
  });
});

describe('telling a Japanese question asked as one', () => {
  it.each([
    ['アクセスログを定期的に点検していますか', true],
    ['パスワードを定期的に変更していますか。', true],
    ['SSOに対応可能ですか？', true],
    ['バックアップを取得しているかどうか', true],
    ['退職時にアカウントを削除している', false],
    ['委託先の管理', false],
    ['多要素認証またはIP制限のいずれか', false],
    ['補足があれば記入してください', false],
    ['Do you encrypt backups?', false],
  ] as const)('%s → %s', (text, question) => {
    expect(isJapaneseQuestion(text)).toBe(question);
  });
});
