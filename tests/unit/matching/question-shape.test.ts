// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { questionShape } from '../../bench/corpus/question-shape';

/** The bench splits its figures by how a row is worded; the split must put rows where they belong. */
describe('questionShape', () => {
  it('reads Japanese questions and requests, statements and headings', () => {
    expect(questionShape('アクセスログを定期的に点検していますか。')).toBe('question');
    expect(questionShape('バックアップの方法を記載してください')).toBe('question');
    expect(questionShape('退職時にアカウントを削除している')).toBe('statement');
    expect(questionShape('保存データをAES-256で暗号化')).toBe('statement');
    expect(questionShape('委託先の管理')).toBe('heading');
    expect(questionShape('３．通信の暗号化')).toBe('heading');
  });

  it('reads English questions, statements and headings', () => {
    expect(questionShape('Do you patch servers?')).toBe('question');
    expect(questionShape('All customer data is encrypted at rest with AES-256.')).toBe('statement');
    expect(questionShape('Describe how backups are tested and how often')).toBe('statement');
    expect(questionShape('Patch management – patching')).toBe('heading');
  });

  it('judges the part asked, not an instruction after it', () => {
    expect(questionShape('Do you encrypt data at rest? Please provide evidence.')).toBe('question');
    expect(questionShape('パスワードの取り扱い 補足があれば記入してください。')).toBe('heading');
  });
});
