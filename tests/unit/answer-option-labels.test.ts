import { describe, expect, it } from 'vitest';
import {
  checkboxStateForAnswer,
  classifyOptionLabel,
  isPlaceholderLabel,
  mapAnswerToOption,
} from '../../utils/answer-options';

/** Option-label rules beyond tests/unit/answer-options.test.ts, one rule per scenario. */
describe('reading a page option label', () => {
  it.each([
    '選択してください',
    '▼選択してください',
    '-- Select --',
    'Please select',
    'Choose...',
    '---',
    '',
  ])('「%s」 is a placeholder, never an answer', (label) => {
    expect(isPlaceholderLabel(label)).toBe(true);
    expect(classifyOptionLabel(label)).toBeUndefined();
  });

  it.each([
    ['ＹＥＳ', 'yes'],
    ['Ｎ／Ａ', 'na'],
    ['はい。', 'yes'],
    ['NA', 'na'],
  ] as const)('folds width, case and punctuation: 「%s」 is %s', (label, meaning) => {
    expect(classifyOptionLabel(label)).toBe(meaning);
  });

  it.each([
    ['未対応', 'no'],
    ['対応済', 'yes'],
    ['実施していない', 'no'],
    ['いいえ（未実施）', 'no'],
    ['該当しない（対象外）', 'na'],
    ['Not in place', 'no'],
  ] as const)('reads the longest wording: 「%s」 is %s', (label, meaning) => {
    expect(classifyOptionLabel(label)).toBe(meaning);
  });

  it.each([
    ['None', undefined],
    ['Not Applicable (N/A)', 'na'],
    ['No, not implemented', 'no'],
    ['Does not apply', 'na'],
  ] as const)('matches English words whole: "%s" is %s', (label, meaning) => {
    expect(classifyOptionLabel(label)).toBe(meaning);
  });

  it.each(['△', '検討中', '対応予定', '不明', 'Partially compliant'])(
    '「%s」 (partly, planned, unknown) is never chosen for any answer',
    (label) => {
      for (const answer of ['yes', 'no', 'na'] as const) {
        expect(mapAnswerToOption(answer, ['選択', label])).toEqual({ failure: 'no-option-fits' });
      }
    },
  );

  it('returns the index in the page’s own option list, placeholder included', () => {
    expect(mapAnswerToOption('no', ['選択してください', '○', '×', '－'])).toEqual({ index: 2 });
  });

  it('leaves a 「該当なし」 checkbox alone for ○ and × (checking it would say n/a)', () => {
    expect(checkboxStateForAnswer('yes', '該当なし')).toBeUndefined();
    expect(checkboxStateForAnswer('no', '該当なし')).toBeUndefined();
  });

  it('checks an unlabelled checkbox for ○ only', () => {
    expect(checkboxStateForAnswer('yes', '')).toBe(true);
    expect(checkboxStateForAnswer('no', '')).toBe(false);
  });

  it('never checks a checkbox labelled as a partial answer', () => {
    expect(checkboxStateForAnswer('yes', '一部実施')).toBeUndefined();
  });

  // Gap reported 2026-11-26: the polite 「該当しません」 is how many sheets spell n/a.
  it('reads the polite 「該当しません」 as n/a', () => {
    expect(mapAnswerToOption('na', ['はい', 'いいえ', '該当しません'])).toEqual({ index: 2 });
  });
});
