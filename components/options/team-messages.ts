import { i18n } from '#i18n';
import { answerSymbol } from '../../knowledge/answer-symbols';
import type { TeamItemChange } from '../../utils/team/team-changes';
import type { TeamPolicyIssue } from '../../utils/team/team-policy';
import { valueProblemText } from './import-messages';

/**
 * The sentences about the organisation's knowledge base, in one place for translation: what is
 * wrong with a policy, and what changed between two versions.
 */

/** One problem of an invalid policy, with where it is ("items.12.answer: …"). */
export function teamPolicyIssueMessage(issue: TeamPolicyIssue): string {
  const problem =
    issue.problem === 'missing'
      ? i18n.t('team.missing')
      : issue.problem === 'duplicate-id'
        ? i18n.t('team.duplicateId')
        : valueProblemText(issue.problem);
  return i18n.t('team.issue', [issue.path || '(policy)', problem]);
}

/** One changed item between two versions, as a line. */
export function teamItemChangeMessage(change: TeamItemChange, language: 'ja' | 'en'): string {
  const item = change.after ?? change.before;
  const question = item ? item.question[language] || item.question.ja || item.question.en : '';
  if (change.kind === 'added') return i18n.t('team.added', [change.id, question]);
  if (change.kind === 'removed') return i18n.t('team.removed', [change.id, question]);
  const parts = change.fields.map((field) =>
    field === 'answer' && change.before && change.after
      ? i18n.t('team.answerChange', [
          answerSymbol(change.before.answer),
          answerSymbol(change.after.answer),
        ])
      : i18n.t(`options.fieldName.${field}`),
  );
  return i18n.t('team.changed', [change.id, parts.join(', '), question]);
}
