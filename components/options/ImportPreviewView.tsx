import { i18n } from '#i18n';
import type { ReactNode } from 'react';
import { answerSymbol } from '../../knowledge/answer-symbols';
import type { KnowledgeItem } from '../../knowledge/schema';
import { previewHasChanges, type ImportPreview } from '../../utils/knowledge-io/import-preview';
import { uiLanguage } from '../../utils/ui-language';
import { itemFieldName } from './import-messages';

/** Rows shown per group before "and N more". */
const maxRows = 300;

function ItemLine({ item, detail }: { item: KnowledgeItem; detail?: string }) {
  const language = uiLanguage();
  return (
    <li data-item-id={item.id}>
      <span className="item-number">No. {item.id}</span>{' '}
      <span className={`answer-badge answer-${item.answer}`}>{answerSymbol(item.answer)}</span>{' '}
      {item.question[language] || item.question.ja}
      {detail ? <span className="muted"> · {detail}</span> : null}
    </li>
  );
}

function Group({
  name,
  count,
  children,
  open = true,
}: {
  name: 'added' | 'changed' | 'removed' | 'unchanged';
  count: number;
  children: ReactNode;
  open?: boolean;
}) {
  if (count === 0) return null;
  return (
    <details
      className={`preview-group preview-${name}`}
      data-testid={`kb-import-${name}`}
      open={open}
    >
      <summary>
        {i18n.t(`options.import.${name}`)} ({count})
      </summary>
      <ul>{children}</ul>
      {count > maxRows ? (
        <p className="muted">{i18n.t('options.import.more', [count - maxRows])}</p>
      ) : null}
    </details>
  );
}

/** What an import would do: counts, and the rows added, changed (with what), removed, unchanged. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { added, changed, removed, unchanged } = preview;
  return (
    <div>
      <p data-testid="kb-import-summary">
        <strong>
          {i18n.t('options.import.summary', [
            added.length,
            changed.length,
            removed.length,
            unchanged.length,
          ])}
        </strong>
      </p>
      {preview.aliasesChanged ? <p>{i18n.t('options.import.aliasesChanged')}</p> : null}
      {preview.settingsChanged ? <p>{i18n.t('options.import.settingsChanged')}</p> : null}
      {previewHasChanges(preview) ? null : <p>{i18n.t('options.import.noChanges')}</p>}
      <Group name="added" count={added.length}>
        {added.slice(0, maxRows).map((item) => (
          <ItemLine key={item.id} item={item} />
        ))}
      </Group>
      <Group name="changed" count={changed.length}>
        {changed.slice(0, maxRows).map(({ before, after, fields }) => (
          <ItemLine
            key={after.id}
            item={after}
            detail={`${i18n.t('options.import.fields', [fields.map(itemFieldName).join(', ')])}${
              fields.includes('answer')
                ? ` (${answerSymbol(before.answer)} → ${answerSymbol(after.answer)})`
                : ''
            }`}
          />
        ))}
      </Group>
      <Group name="removed" count={removed.length}>
        {removed.slice(0, maxRows).map((item) => (
          <ItemLine key={item.id} item={item} />
        ))}
      </Group>
      <Group name="unchanged" count={unchanged.length} open={false}>
        {unchanged.slice(0, maxRows).map((item) => (
          <ItemLine key={item.id} item={item} />
        ))}
      </Group>
    </div>
  );
}
