import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { OptionLabelLexicon } from '../../utils/answer-options';
import { defaultSettings, type Settings } from '../../utils/knowledge-io/stored-schemas';

/** Props of {@link SettingsPanel}. */
export interface SettingsPanelProps {
  settings: Settings;
  /** Which settings the organisation's policy sets (shown, not editable here). */
  setByOrganisation?: { threshold: boolean; labels: boolean };
  onSave: (settings: Settings) => Promise<boolean>;
}

type LabelClass = keyof OptionLabelLexicon;
const labelClasses: LabelClass[] = ['yes', 'no', 'na', 'other'];
const labelTitles: Record<LabelClass, () => string> = {
  yes: () => i18n.t('options.settings.lexiconYes'),
  no: () => i18n.t('options.settings.lexiconNo'),
  na: () => i18n.t('options.settings.lexiconNa'),
  other: () => i18n.t('options.settings.lexiconOther'),
};

function linesOf(lexicon: OptionLabelLexicon): Record<LabelClass, string> {
  return {
    yes: lexicon.yes.join('\n'),
    no: lexicon.no.join('\n'),
    na: lexicon.na.join('\n'),
    other: lexicon.other.join('\n'),
  };
}

function labelsOf(text: string): string[] {
  return [...new Set(text.split('\n').map((label) => label.trim()))].filter(
    (label) => label !== '',
  );
}

/**
 * Settings: the confidence a match needs to be filled without review, and the option-label
 * lexicon (how questionnaires spell yes, no and n/a in their choices), one label per line.
 */
export function SettingsPanel({
  settings,
  setByOrganisation = { threshold: false, labels: false },
  onSave,
}: SettingsPanelProps) {
  const allSet = setByOrganisation.threshold && setByOrganisation.labels;
  const [threshold, setThreshold] = useState(settings.confidenceThreshold);
  const [labels, setLabels] = useState(() => linesOf(settings.optionLabels));
  useEffect(() => {
    setThreshold(settings.confidenceThreshold);
    setLabels(linesOf(settings.optionLabels));
  }, [settings]);

  const save = () =>
    void onSave({
      confidenceThreshold: threshold,
      optionLabels: {
        yes: labelsOf(labels.yes),
        no: labelsOf(labels.no),
        na: labelsOf(labels.na),
        other: labelsOf(labels.other),
      },
    });

  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{i18n.t('options.settings.title')}</h2>
      <label className="field">
        <span>{i18n.t('options.settings.threshold', [threshold.toFixed(2)])}</span>
        <input
          type="range"
          data-testid="settings-threshold"
          min={0.5}
          max={0.99}
          step={0.01}
          disabled={setByOrganisation.threshold}
          value={threshold}
          onChange={(event) => setThreshold(Number(event.target.value))}
        />
        <span className="muted">
          {setByOrganisation.threshold
            ? i18n.t('team.setByOrganisation')
            : i18n.t('options.settings.thresholdHelp')}
        </span>
      </label>
      <h3>{i18n.t('options.settings.lexicon')}</h3>
      <p className="muted">
        {setByOrganisation.labels
          ? i18n.t('team.setByOrganisation')
          : i18n.t('options.settings.lexiconHelp')}
      </p>
      <div className="lexicon">
        {labelClasses.map((labelClass) => (
          <label key={labelClass} className="field">
            <span>{labelTitles[labelClass]()}</span>
            <textarea
              data-testid={`lexicon-${labelClass}`}
              rows={8}
              readOnly={setByOrganisation.labels}
              value={labels[labelClass]}
              onChange={(event) =>
                setLabels((current) => ({ ...current, [labelClass]: event.target.value }))
              }
            />
          </label>
        ))}
      </div>
      <div className="editor-actions">
        <button
          type="button"
          className="primary"
          data-testid="settings-save"
          disabled={allSet}
          onClick={save}
        >
          {i18n.t('options.settings.save')}
        </button>
        <button
          type="button"
          data-testid="settings-defaults"
          disabled={allSet}
          onClick={() => void onSave(defaultSettings)}
        >
          {i18n.t('options.settings.defaults')}
        </button>
      </div>
    </section>
  );
}
