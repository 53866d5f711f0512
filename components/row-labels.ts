import { i18n } from '#i18n';
import type { ReviewReason, RowStatus } from '../utils/review/review-rows';

const statusLabels = new Map<RowStatus, string>();

/** The UI text of a row status, looked up once per page (see `row-texts.ts`). */
export function statusLabel(status: RowStatus): string {
  let label = statusLabels.get(status);
  if (label === undefined) {
    label = lookUpStatus(status);
    statusLabels.set(status, label);
  }
  return label;
}

/** Message keys must be identifiers; statuses are kebab-case. */
function lookUpStatus(status: RowStatus): string {
  switch (status) {
    case 'matching':
      return i18n.t('status.matching');
    case 'suggested':
      return i18n.t('status.suggested');
    case 'filled':
      return i18n.t('status.filled');
    case 'skipped':
      return i18n.t('status.skipped');
    case 'no-match':
      return i18n.t('status.noMatch');
    case 'needs-review':
      return i18n.t('status.needsReview');
  }
}

/** The UI text explaining why a row needs review. */
export function reasonLabel(reason: ReviewReason): string {
  switch (reason) {
    case 'low-confidence':
      return i18n.t('reason.lowConfidence');
    case 'ambiguous':
      return i18n.t('reason.ambiguous');
    case 'opposite-polarity':
      return i18n.t('reason.oppositePolarity');
    case 'has-value':
      return i18n.t('reason.hasValue');
    case 'no-option-fits':
      return i18n.t('reason.noOptionFits');
    case 'list-did-not-open':
      return i18n.t('reason.listDidNotOpen');
    case 'no-remarks-to-write':
      return i18n.t('reason.noRemarksToWrite');
    case 'did-not-stick':
      return i18n.t('reason.didNotStick');
    case 'option-changed':
      return i18n.t('reason.optionChanged');
    case 'not-undone':
      return i18n.t('reason.notUndone');
    case 'question-changed':
      return i18n.t('reason.questionChanged');
    case 'changed-on-page':
      return i18n.t('reason.changedOnPage');
    case 'page-changed':
      return i18n.t('reason.pageChanged');
    case 'stopped':
      return i18n.t('reason.stopped');
    case 'navigated':
      return i18n.t('reason.navigated');
  }
}
