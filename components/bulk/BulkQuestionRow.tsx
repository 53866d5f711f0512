import { i18n } from '#i18n';
import { answerSymbol } from '../../knowledge/answer-symbols';
import type { KnowledgeItem } from '../../knowledge/schema';
import { bulkRemarks, isRowIncluded, type BulkRow } from '../../utils/knowledge-io/bulk-answers';
import { ItemPicker } from '../ItemPicker';
import type { BulkAnswer } from './use-bulk-answer';

/** Props of {@link BulkQuestionRow}. */
export interface BulkQuestionRowProps {
  row: BulkRow;
  items: readonly KnowledgeItem[];
  itemsById: ReadonlyMap<string, KnowledgeItem>;
  language: 'ja' | 'en';
  onChange: BulkAnswer['updateRow'];
}

function statusText(row: BulkRow): string {
  if (row.decision === 'accepted') return i18n.t('bulk.status.accepted');
  if (row.decision === 'rejected') return i18n.t('bulk.status.rejected');
  switch (row.status) {
    case 'confident':
      return i18n.t('bulk.status.confident');
    case 'needs-review':
      return i18n.t('bulk.status.needsReview');
    case 'no-match':
      return i18n.t('bulk.status.noMatch');
    default:
      return i18n.t('bulk.status.empty');
  }
}

function reasonText(row: BulkRow): string {
  if (row.status !== 'needs-review' || row.decision !== 'none') return '';
  if (row.reason === 'ambiguous') return i18n.t('reason.ambiguous');
  if (row.reason === 'opposite-polarity') return i18n.t('reason.oppositePolarity');
  return i18n.t('reason.lowConfidence');
}

/**
 * One pasted question under review, like a popup row: the matched item, its answer, the remark
 * (editable), the confidence, and accept / reject / choose another item. Page text is data: the
 * question is rendered as text only.
 */
export function BulkQuestionRow({
  row,
  items,
  itemsById,
  language,
  onChange,
}: BulkQuestionRowProps) {
  const item = row.itemId === null ? undefined : itemsById.get(row.itemId);
  const alternatives = (row.match?.matches ?? [])
    .map((match) => itemsById.get(match.id))
    .filter((candidate): candidate is KnowledgeItem => candidate !== undefined);
  const included = isRowIncluded(row);
  return (
    <tr
      className={`bulk-row status-${row.status}${included ? ' included' : ''}`}
      data-testid="bulk-row"
      data-status={row.status}
      data-decision={row.decision}
      data-item-id={row.itemId ?? ''}
      data-included={included}
    >
      <td className="row-number">{row.index + 1}</td>
      <td className="question-text">{row.question}</td>
      <td>
        {item ? (
          <>
            <span className="item-number">No. {item.id}</span>{' '}
            {item.question[language] || item.question.ja}
          </>
        ) : null}
        {row.status !== 'empty' ? (
          <ItemPicker
            items={items}
            alternatives={alternatives}
            language={language}
            onPick={(itemId) => onChange(row.index, { itemId })}
          />
        ) : null}
      </td>
      <td className={item ? `answer-badge answer-${item.answer}` : ''}>
        {item ? answerSymbol(item.answer) : ''}
      </td>
      <td>
        {item ? (
          <textarea
            data-testid="bulk-remarks"
            aria-label={i18n.t('bulk.remarks')}
            rows={2}
            value={bulkRemarks(row, item)}
            onChange={(event) => onChange(row.index, { remarksOverride: event.target.value })}
          />
        ) : null}
      </td>
      <td className="confidence">{item ? `${Math.round(row.confidence * 100)}%` : ''}</td>
      <td>
        <span data-testid="bulk-status">{statusText(row)}</span>
        {reasonText(row) ? <span className="muted"> · {reasonText(row)}</span> : null}
        {item ? (
          <div className="row-actions">
            {row.decision === 'none' ? (
              <>
                <button
                  type="button"
                  data-testid="bulk-accept"
                  onClick={() => onChange(row.index, { decision: 'accepted' })}
                >
                  {i18n.t('bulk.accept')}
                </button>
                <button
                  type="button"
                  data-testid="bulk-reject"
                  onClick={() => onChange(row.index, { decision: 'rejected' })}
                >
                  {i18n.t('bulk.reject')}
                </button>
              </>
            ) : (
              <button
                type="button"
                data-testid="bulk-undo-decision"
                onClick={() => onChange(row.index, { decision: 'none' })}
              >
                {i18n.t('bulk.undoDecision')}
              </button>
            )}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
