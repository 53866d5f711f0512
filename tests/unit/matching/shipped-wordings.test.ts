// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compactWording, corpusExampleWordings } from '../../bench/corpus/corpus-examples';
import type { CorpusQuestion } from '../../bench/corpus/load-corpus';
import { bundledConceptDetector } from '../../../utils/matching/bundled-concept-detector';
import { textTokens } from '../../../utils/matching/knowledge-index';
import { isJapaneseText } from '../../../utils/matching/normalize-text';

describe('the wordings shipped for an item', () => {
  /** A labelled corpus row with the fields the wordings are chosen by. */
  function row(
    source: string,
    question: string,
    acceptable: string[],
    shape: CorpusQuestion['shape'] = 'question',
    polarity: CorpusQuestion['polarity'] = 'same',
  ): CorpusQuestion {
    const language = isJapaneseText(question) ? 'ja' : 'en';
    return { source, ref: '1', question, acceptable, polarity, shape, language };
  }
  const rows = [
    row('a', 'Is data encrypted at rest?', ['61']),
    row('b', 'Encryption at rest', ['61'], 'title'),
    row('b', 'Is data encrypted at rest?', ['61']),
    row('c', '保存データを暗号化していますか', ['61']),
    row('c', 'Are backups encrypted and tested?', ['61', '67'], 'multi'),
    row('d', 'Is data left unencrypted at rest?', ['61'], 'question', 'opposite'),
    row('d', 'Do you offer cyber insurance?', []),
    row('e', '???', ['61']),
  ];

  it('are every question of the other sources that asks one item its way, repeats included', () => {
    expect(corpusExampleWordings(rows)).toEqual({
      '61': [
        'Is data encrypted at rest?',
        'Encryption at rest',
        'Is data encrypted at rest?',
        '保存データを暗号化していますか',
      ],
    });
  });

  it('leave out the source being matched', () => {
    expect(corpusExampleWordings(rows, 'b')['61']).toEqual([
      'Is data encrypted at rest?',
      '保存データを暗号化していますか',
    ]);
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
