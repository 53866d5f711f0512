import { i18n } from '#i18n';

/** Props of {@link AliasList}. */
export interface AliasListProps {
  aliases: readonly string[];
  onRemove: (text: string) => void;
}

/**
 * The page question wordings the popup learned for an item (the user confirmed them once), each
 * removable: a wrong confirmation must not keep steering matches forever. Shown as text only.
 */
export function AliasList({ aliases, onRemove }: AliasListProps) {
  return (
    <div className="aliases">
      <h4>{i18n.t('options.field.aliases')}</h4>
      {aliases.length === 0 ? (
        <p className="muted">{i18n.t('options.field.noAliases')}</p>
      ) : (
        <ul>
          {aliases.map((text) => (
            <li key={text} data-testid="alias">
              <span>{text}</span>
              <button type="button" data-testid="alias-remove" onClick={() => onRemove(text)}>
                {i18n.t('options.field.removeAlias')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
