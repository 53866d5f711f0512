import { i18n } from '#i18n';
import { memo, useState } from 'react';
import type { KnowledgeItem } from '../knowledge/schema';
import { mapAnswerToOption, type OptionLabelLexicon } from '../utils/answer-options';
import { remarksFor, type ReviewRow } from '../utils/review/review-rows';
import { ItemPicker } from './ItemPicker';
import { rowTexts } from './row-texts';
import type { RowChange } from './use-review-session';
import { reasonLabel, statusLabel } from './row-labels';

/** Props of {@link QuestionRow}. */
export interface QuestionRowProps {
  row: ReviewRow;
  item: KnowledgeItem | undefined;
  items: readonly KnowledgeItem[];
  itemsById: ReadonlyMap<string, KnowledgeItem>;
  lexicon: OptionLabelLexicon;
  language: 'ja' | 'en';
  selected: boolean;
  /** The callbacks take the row's key: the same functions serve every row, so rows redraw only when they change. */
  onSelect: (key: string, selected: boolean) => void;
  onChange: (key: string, change: RowChange) => void;
  onReveal: (key: string) => void;
  onFill: (key: string) => void;
}

/** One detected question: the page's text, the suggested item, its answer and remark, and actions. */
export const QuestionRow = memo(function QuestionRow({
  row,
  item,
  items,
  itemsById,
  lexicon,
  language,
  selected,
  onSelect,
  onChange,
  onReveal,
  onFill,
}: QuestionRowProps) {
  const text = rowTexts();
  const mapped =
    item && row.field.answerKind !== 'none' && row.field.answerKind !== 'checkbox'
      ? mapAnswerToOption(item.answer, row.field.options, lexicon)
      : undefined;
  const pageOption = mapped && 'index' in mapped ? row.field.options[mapped.index] : undefined;
  const alternatives = row.match.matches
    .filter((match) => match.id !== row.itemId)
    .slice(0, 3)
    .flatMap((match) => {
      const alternative = itemsById.get(match.id);
      return alternative ? [alternative] : [];
    });
  const remarks = remarksFor(row, item);
  return (
    <li
      className={`question-row status-${row.status}`}
      data-testid="question-row"
      data-match-id={row.itemId ?? ''}
      data-confidence={row.confidence.toFixed(3)}
      data-status={row.status}
      data-reason={row.reason ?? ''}
    >
      <div className="row-head">
        <input
          type="checkbox"
          data-testid="row-select"
          aria-label={text.select}
          checked={selected}
          disabled={row.itemId === null || row.status === 'filled'}
          onChange={(event) => onSelect(row.key, event.target.checked)}
        />
        <button
          type="button"
          className="question-text"
          onClick={() => onReveal(row.key)}
          title={text.reveal}
        >
          {row.field.text}
        </button>
        <span className="status-badge" data-testid="row-status">
          {statusLabel(row.status)}
        </span>
      </div>
      {item ? (
        <div className="row-item">
          <div className="item-line">
            <span className="item-ref">
              {i18n.t('row.item', [item.id, item.category[language]])}
            </span>
            <ConfidenceBadge value={row.confidence} />
          </div>
          <p className="item-question">{item.question[language]}</p>
          <p className="item-answer">
            <strong>{text.answers[item.answer]}</strong>
            {pageOption ? (
              <span className="maps-to"> → {i18n.t('row.mapsTo', [pageOption])}</span>
            ) : null}
          </p>
          {row.field.remarksKind !== null ? (
            <RemarksEditor
              remarks={remarks}
              onEdit={(text) => onChange(row.key, { remarksOverride: text })}
            />
          ) : null}
        </div>
      ) : row.status === 'matching' ? null : (
        <p className="no-item">{text.noItem}</p>
      )}
      {row.reason ? (
        <p className="reason" data-testid="row-reason">
          {reasonLabel(row.reason)}
        </p>
      ) : null}
      {/* Nothing to decide while the row waits for its match. */}
      {row.status === 'matching' ? null : (
        <div className="row-actions">
          {row.status !== 'filled' && item ? (
            <button type="button" data-testid="fill-row" onClick={() => onFill(row.key)}>
              {text.fill}
            </button>
          ) : null}
          {row.status !== 'filled' && item && !row.accepted ? (
            <button
              type="button"
              data-testid="accept-row"
              onClick={() => onChange(row.key, { accepted: true, rejected: false })}
            >
              {text.accept}
            </button>
          ) : null}
          {row.status !== 'filled' && row.status !== 'skipped' ? (
            <button
              type="button"
              data-testid="reject-row"
              onClick={() => onChange(row.key, { rejected: true })}
            >
              {text.reject}
            </button>
          ) : null}
          <ItemPicker
            items={items}
            alternatives={alternatives}
            language={language}
            onPick={(itemId) =>
              onChange(row.key, {
                itemId,
                accepted: true,
                rejected: false,
                remarksOverride: undefined,
              })
            }
          />
        </div>
      )}
    </li>
  );
});

function ConfidenceBadge({ value }: { value: number }) {
  const level = value >= 0.9 ? 'high' : value >= 0.7 ? 'medium' : 'low';
  return (
    <span className={`confidence confidence-${level}`} title={rowTexts().confidence}>
      {Math.round(value * 100)}%
    </span>
  );
}

/**
 * The remark that will be written, shown as text with an "Edit" button that turns it into a text
 * box: a review of 100 rows opens faster without 100 text boxes, and the remark stays one click
 * (or Enter) away.
 */
function RemarksEditor({ remarks, onEdit }: { remarks: string; onEdit: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <div className="remarks">
        <span>{rowTexts().remarks}</span>
        <p className="remarks-text" data-testid="remarks-text">
          {remarks === '' ? <span className="muted">{rowTexts().noRemarks}</span> : remarks}
        </p>
        <button type="button" data-testid="edit-remarks" onClick={() => setEditing(true)}>
          {rowTexts().editRemarks}
        </button>
      </div>
    );
  }
  return (
    <label className="remarks">
      <span>{rowTexts().remarks}</span>
      <textarea
        data-testid="remarks-editor"
        value={remarks}
        rows={remarksRows(remarks)}
        autoFocus
        onChange={(event) => onEdit(event.target.value)}
      />
    </label>
  );
}

/** Enough lines to read a remark without scrolling, up to five. */
function remarksRows(remarks: string): number {
  const lines = remarks
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 45)), 0);
  return Math.min(5, Math.max(1, lines));
}
