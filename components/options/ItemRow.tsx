import { i18n } from '#i18n';
import { answerSymbol } from '../../knowledge/answer-symbols';
import { changedFields } from '../../utils/knowledge-io/import-preview';
import { ItemEditor, type ItemEditorProps } from './ItemEditor';

/** Props of {@link ItemRow}. */
export interface ItemRowProps extends Omit<ItemEditorProps, 'isNew' | 'onCancel'> {
  language: 'ja' | 'en';
  stale: boolean;
  open: boolean;
  onToggle: () => void;
  onMarkReviewed: () => void;
  /** The organisation's policy lets nobody change this item here. */
  locked?: boolean;
}

/**
 * One item in the list: number, answer, question, review state; opens into its editor. Texts are
 * rendered as text (React escapes them), never as HTML.
 */
export function ItemRow(props: ItemRowProps) {
  const { item, bundled, language, stale, open, locked = false } = props;
  const team = props.baseKind === 'organisation';
  const edited =
    bundled !== undefined && changedFields(bundled, item).some((field) => field !== 'lastReviewed');
  return (
    <li
      className="item-row"
      data-testid="item-row"
      data-item-id={item.id}
      data-answer={item.answer}
      data-stale={stale}
      data-edited={edited}
      data-locked={locked}
    >
      <div className="item-summary">
        <span className="item-number">No. {item.id}</span>
        <span
          className={`answer-badge answer-${item.answer}`}
          title={i18n.t(`answer.${item.answer}`)}
        >
          {answerSymbol(item.answer)}
        </span>
        <span className="item-question">
          {item.question[language] || item.question.ja || item.question.en}
        </span>
        <span className="item-meta">
          {bundled === undefined ? (
            <span className="tag">
              {team ? i18n.t('team.originAdded') : i18n.t('options.item.userItem')}
            </span>
          ) : null}
          {edited ? (
            <span className="tag">
              {team ? i18n.t('team.originOverridden') : i18n.t('options.item.changed')}
            </span>
          ) : null}
          {locked ? (
            <span className="tag" data-testid="item-locked">
              {i18n.t('team.locked')}
            </span>
          ) : null}
          <span
            className={stale && item.lastReviewed ? 'tag stale' : 'muted'}
            title={stale ? i18n.t('options.item.stale') : undefined}
            data-testid="item-reviewed"
          >
            {item.lastReviewed
              ? i18n.t('options.item.lastReviewed', [item.lastReviewed])
              : i18n.t('options.item.neverReviewed')}
          </span>
        </span>
        <span className="item-actions">
          <button
            type="button"
            data-testid="item-mark-reviewed"
            disabled={locked}
            onClick={props.onMarkReviewed}
          >
            {i18n.t('options.item.markReviewed')}
          </button>
          <button
            type="button"
            data-testid="item-edit"
            aria-expanded={open}
            disabled={locked}
            onClick={props.onToggle}
          >
            {open ? i18n.t('options.item.close') : i18n.t('options.item.edit')}
          </button>
        </span>
      </div>
      {open && !locked ? (
        <ItemEditor
          {...props}
          bundled={edited ? bundled : undefined}
          isNew={false}
          onCancel={props.onToggle}
        />
      ) : null}
    </li>
  );
}
