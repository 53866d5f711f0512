import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { Answer, KnowledgeItem } from '../../knowledge/schema';
import { AliasList } from './AliasList';
import { draftOf, itemFromDraft, type Draft } from './item-draft';

/** Props of {@link ItemEditor}. */
export interface ItemEditorProps {
  item: KnowledgeItem;
  isNew: boolean;
  /** The bundled version of this item, when it has one (for "reset to bundled"). */
  bundled?: KnowledgeItem;
  /** Whose version `bundled` is: the bundled checklist's, or the organisation's (enterprise policy). */
  baseKind?: 'bundled' | 'organisation';
  aliases: readonly string[];
  onSave: (item: KnowledgeItem) => Promise<boolean>;
  onCancel: () => void;
  onDelete: () => void;
  onReset: () => void;
  onRemoveAlias: (text: string) => void;
}

const answers: Answer[] = ['yes', 'no', 'na'];

/** The form that edits one item: answer, texts in both languages, keywords, learned wordings. */
export function ItemEditor(props: ItemEditorProps) {
  const { item, isNew, bundled, aliases } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(item));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const set = (field: keyof Draft) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  const save = async () => {
    const result = itemFromDraft(item.id, draft);
    if (!result.item) {
      setError(result.error ?? '');
      return;
    }
    setSaving(true);
    const saved = await props.onSave(result.item);
    setSaving(false);
    if (!saved) setError(i18n.t('options.editError.saveFailed', [item.id]));
  };

  const textField = (field: keyof Draft, label: string, multiline: boolean, testId: string) => (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea data-testid={testId} value={draft[field]} rows={3} onChange={set(field)} />
      ) : (
        <input data-testid={testId} value={draft[field]} onChange={set(field)} />
      )}
    </label>
  );

  return (
    <form
      className="item-editor"
      data-testid="item-editor"
      data-item-id={item.id}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="answer-choice">
        <legend>{i18n.t('options.field.answer')}</legend>
        {answers.map((answer) => (
          <label key={answer}>
            <input
              type="radio"
              name={`${formId}-answer`}
              data-testid={`answer-${answer}`}
              checked={draft.answer === answer}
              onChange={() => setDraft((current) => ({ ...current, answer }))}
            />
            {i18n.t(`answer.${answer}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-pair">
        {textField(
          'categoryJa',
          `${i18n.t('options.field.category')} · ${i18n.t('options.field.ja')}`,
          false,
          'field-category-ja',
        )}
        {textField(
          'categoryEn',
          `${i18n.t('options.field.category')} · ${i18n.t('options.field.en')}`,
          false,
          'field-category-en',
        )}
      </div>
      <div className="field-pair">
        {textField(
          'questionJa',
          `${i18n.t('options.field.question')} · ${i18n.t('options.field.ja')}`,
          true,
          'field-question-ja',
        )}
        {textField(
          'questionEn',
          `${i18n.t('options.field.question')} · ${i18n.t('options.field.en')}`,
          true,
          'field-question-en',
        )}
      </div>
      <div className="field-pair">
        {textField(
          'remarksJa',
          `${i18n.t('options.field.remarks')} · ${i18n.t('options.field.ja')}`,
          true,
          'field-remarks-ja',
        )}
        {textField(
          'remarksEn',
          `${i18n.t('options.field.remarks')} · ${i18n.t('options.field.en')}`,
          true,
          'field-remarks-en',
        )}
      </div>
      {textField('keywords', i18n.t('options.field.keywords'), true, 'field-keywords')}
      {isNew ? null : <AliasList aliases={aliases} onRemove={props.onRemoveAlias} />}
      {error ? (
        <p className="form-error" role="alert" data-testid="item-error">
          {error}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit" className="primary" data-testid="item-save" disabled={saving}>
          {i18n.t('options.item.save')}
        </button>
        <button type="button" data-testid="item-cancel" onClick={props.onCancel}>
          {i18n.t('options.item.cancel')}
        </button>
        {isNew ? null : (
          <>
            {bundled ? (
              <button type="button" data-testid="item-reset" onClick={props.onReset}>
                {props.baseKind === 'organisation'
                  ? i18n.t('team.takeOrganisation')
                  : i18n.t('options.item.reset')}
              </button>
            ) : null}
            <button
              type="button"
              className="danger"
              data-testid="item-delete"
              onClick={props.onDelete}
            >
              {i18n.t('options.item.delete')}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
