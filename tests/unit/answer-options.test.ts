import { describe, expect, it } from 'vitest';
import {
  checkboxStateForAnswer,
  classifyOptionLabel,
  mapAnswerToOption,
} from '../../utils/answer-options';

describe('mapping ○/×/– onto a page option', () => {
  it.each([
    [['はい', 'いいえ', '該当なし'], 'yes', 0],
    [['はい', 'いいえ', '該当なし'], 'no', 1],
    [['はい', 'いいえ', '該当なし'], 'na', 2],
    [['Yes', 'No', 'N/A'], 'na', 2],
    [['Yes', 'No', 'Not Applicable'], 'na', 2],
    [['-- Select --', 'Yes', 'No', 'N/A'], 'na', 3],
    [['選択してください', 'はい', 'いいえ', '該当なし'], 'yes', 1],
    [['対応済み', '未対応', '対象外'], 'no', 1],
    [['実施している', '実施していない', '該当しない'], 'no', 1],
    [['あり', 'なし'], 'yes', 0],
    [['○', '×', '－'], 'na', 2],
    [['◯', '✕', '-'], 'no', 1],
    [['Yes, fully implemented', 'Partially implemented', 'No'], 'yes', 0],
    [['Compliant', 'Non-compliant', 'Not applicable'], 'no', 1],
  ] as const)('%j for %s picks option %i', (labels, answer, index) => {
    expect(mapAnswerToOption(answer, labels)).toEqual({ index });
  });

  it('says so when no option fits (a yes/no question for an n/a item)', () => {
    expect(mapAnswerToOption('na', ['はい', 'いいえ'])).toEqual({ failure: 'no-option-fits' });
  });

  it('never reads a partial answer as done', () => {
    expect(classifyOptionLabel('一部実施')).toBe('other');
    expect(classifyOptionLabel('Partially implemented')).toBe('other');
    expect(mapAnswerToOption('yes', ['一部実施', '未実施'])).toEqual({ failure: 'no-option-fits' });
  });

  it('prefers the longest reading: 該当なし is n/a, not the なし (no) inside it', () => {
    expect(classifyOptionLabel('該当なし')).toBe('na');
    expect(classifyOptionLabel('Not implemented')).toBe('no');
  });

  it('follows a user-edited lexicon', () => {
    const lexicon = { yes: ['適'], no: ['否'], na: ['対象外'], other: [] };
    expect(mapAnswerToOption('no', ['適', '否', '対象外'], lexicon)).toEqual({ index: 1 });
  });

  it('checks a single 「実施している」 checkbox for ○ and leaves it unchecked for ×', () => {
    expect(checkboxStateForAnswer('yes', '実施している')).toBe(true);
    expect(checkboxStateForAnswer('no', '実施している')).toBe(false);
    expect(checkboxStateForAnswer('na', '該当なし')).toBe(true);
    expect(checkboxStateForAnswer('yes', '該当なし')).toBeUndefined();
  });
});
