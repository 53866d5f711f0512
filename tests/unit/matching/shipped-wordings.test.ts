// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compactWording, distinctWordings } from '../../bench/corpus/corpus-examples';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { textTokens } from '../../../utils/matching/knowledge-index';

describe('the wordings shipped for an item', () => {
  const shortSix = [
    'Encryption at rest',
    'Offsite backups',
    'Patch cadence',
    'Production access',
    'Log retention',
    'Data encrypted?',
  ];

  it('keeps the six shortest of each language whatever they repeat', () => {
    const repeats = [...shortSix.slice(0, 5), 'Encryption at rest'];
    expect(distinctWordings(repeats)).toEqual(repeats);
  });

  it('after them, leaves out a longer wording whose words the kept ones mostly say', () => {
    const long = 'Is encryption at rest applied to the data, with offsite backups?';
    expect(distinctWordings([long, ...shortSix])).toEqual(shortSix);
  });

  it('after them, leaves out a second copy of a wording already kept', () => {
    const shared = 'Is multi-factor authentication required for administrators?';
    expect(distinctWordings([shared, ...shortSix, shared])).toEqual([shared, ...shortSix]);
  });

  it('keeps a longer one that says something new, in its place, and counts each language apart', () => {
    const novel = 'Is a web application firewall in front of the service?';
    const japanese = '保存データを暗号化していますか';
    expect(distinctWordings([novel, ...shortSix, japanese])).toEqual([
      novel,
      ...shortSix,
      japanese,
    ]);
  });

  it('keeps at most the number asked for in each language, the shortest, however new the rest', () => {
    const novel = [
      'Firewall rules reviewed',
      'Antivirus on every server',
      'Penetration tests by a third party',
    ];
    const japanese = ['ウイルス対策', '脆弱性診断の実施'];
    const kept = distinctWordings([...novel, ...shortSix, ...japanese], 7);
    expect(kept).toEqual([novel[0], ...shortSix, ...japanese]);
  });
});

describe('a wording as the popup ships it', () => {
  const detector = bundledConceptDetector();
  const tokens = (text: string) => textTokens(text, detector).sort();

  it.each([
    [
      'leaves out the English words and marks the matcher never reads',
      'Do you have a policy on retaining and deleting data?',
      'policy retaining deleting data',
    ],
    [
      // 'who … going to have access' names access to customer data: no single word of it does.
      "keeps every word of a concept's phrase",
      'Who is going to have access to our data?',
      'Who is going to have access data',
    ],
    [
      'lets Japanese marks go, and the kana that make no bigram with a kanji or katakana',
      '「管理用システム」のネットワークは分離されていますか？',
      '管理用システム のネットワークは分離さ',
    ],
  ])('%s', (_, wording, expected) => {
    const compact = compactWording(wording, detector);
    expect(compact).toBe(expected);
    expect(tokens(compact)).toEqual(tokens(wording));
  });

  it('gives every wording of a sample the tokens it had, each as often', () => {
    const sample = [
      'Is two-factor authentication required for access to the production environment?',
      'Are backups tested by restoring them at least once a year?',
      'Where will our data be stored and processed?',
      'パスワードの強度チェックと監査ログ（Password Validator & Audit Log）',
      '退職や契約終了の際にアカウントを削除し、機密情報を返却させる。',
    ];
    for (const wording of sample) {
      const compact = compactWording(wording, detector);
      expect(tokens(compact)).toEqual(tokens(wording));
      expect(compact.length).toBeLessThanOrEqual(wording.length);
    }
  });
});
