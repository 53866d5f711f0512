import { i18n } from '#i18n';
import { useMemo } from 'react';
import type { KnowledgeItem } from '../../knowledge/schema';
import { localDate } from '../../utils/knowledge-io/export-file';
import { acknowledgeTeamChanges } from '../../utils/team/team-base-store';
import { diffTeamVersions } from '../../utils/team/team-changes';
import { formatLocalChangesFile } from '../../utils/team/local-changes-file';
import { countTeamOverrides } from '../../utils/team/team-overrides';
import type { TeamView } from '../../utils/team/team-view';
import { downloadFile } from './download-file';
import { teamItemChangeMessage, teamPolicyIssueMessage } from './team-messages';

/** Props of {@link TeamPanel}. */
export interface TeamPanelProps {
  view: TeamView;
  items: readonly KnowledgeItem[];
  /** The user's own learned wordings (exported for the security team). */
  wordings: Readonly<Record<string, string[]>>;
  language: 'ja' | 'en';
  /** Drops the local change to an item: the organisation's version applies again. */
  onTakeOrganisation: (id: string) => void;
}

/**
 * The organisation's knowledge base on the options page: which version applies and what may be
 * changed locally, a banner when the policy cannot be used (the last valid version still
 * applies), what changed item by item since the previous version (with the organisation's answer
 * one click away where a local change hides it), and the export of local changes for the
 * security team.
 */
export function TeamPanel({ view, items, wordings, language, onTakeOrganisation }: TeamPanelProps) {
  const { policy, previous, overrides, origins, refused = [] } = view;
  const changes = useMemo(
    () => (policy && previous ? diffTeamVersions(previous, policy) : undefined),
    [policy, previous],
  );
  const count = (origin: string) => items.filter((item) => origins?.get(item.id) === origin).length;

  const exportChanges = () => {
    if (!policy || !overrides) return;
    const today = localDate(new Date());
    const fileName = `kotae-local-changes-${today}.json`;
    const text = formatLocalChangesFile(policy, overrides, wordings, today);
    downloadFile(fileName, new Blob([text], { type: 'application/json' }));
  };

  return (
    <section className="panel team-panel" aria-labelledby="team-heading" data-testid="team-panel">
      <h2 id="team-heading">{i18n.t('team.title')}</h2>
      {view.invalidPolicy ? (
        <div className="banner" role="alert" data-testid="team-policy-invalid">
          <strong>{i18n.t('team.invalidTitle')}</strong>
          <ul>
            {view.invalidPolicy.map((issue) => (
              <li key={`${issue.path}:${issue.problem}`}>{teamPolicyIssueMessage(issue)}</li>
            ))}
          </ul>
          <p>
            {policy
              ? i18n.t('team.invalidKept', [policy.teamVersion])
              : i18n.t('team.invalidNoCopy')}
          </p>
          <p className="muted">{i18n.t('team.invalidHelp')}</p>
        </div>
      ) : null}
      {policy ? (
        <>
          <p data-testid="team-version" data-version={policy.teamVersion}>
            {i18n.t('team.state', [policy.teamVersion])}{' '}
            {policy.publishedOn ? i18n.t('team.published', [policy.publishedOn]) : null}
          </p>
          <p data-testid="team-rule" data-allowed={policy.allowLocalEdits}>
            {!policy.allowLocalEdits
              ? i18n.t('team.editsRefused')
              : policy.lockedItems.length > 0
                ? i18n.t('team.editsAllowedLocked', [policy.lockedItems.join(', ')])
                : i18n.t('team.editsAllowed')}
          </p>
          <p className="muted" data-testid="team-counts">
            {i18n.t('team.counts', [
              count('organisation'),
              count('overridden'),
              count('added'),
              (overrides?.removed ?? []).filter((id) => !refused.includes(id)).length,
            ])}
          </p>
          {refused.length > 0 ? (
            <p className="banner" data-testid="team-refused" data-ids={refused.join(' ')}>
              {i18n.t('team.refused', [refused.join(', ')])}
            </p>
          ) : null}
        </>
      ) : null}
      {changes ? (
        <div className="team-changes" data-testid="team-changes">
          <h3>{i18n.t('team.changesTitle', [changes.fromVersion, changes.toVersion])}</h3>
          {changes.items.length === 0 ? <p>{i18n.t('team.noItemChanges')}</p> : null}
          <ul>
            {changes.items.map((change) => {
              const overridden = origins?.get(change.id) === 'overridden';
              return (
                <li
                  key={change.id}
                  data-testid="team-change"
                  data-item-id={change.id}
                  data-kind={change.kind}
                  data-fields={change.fields.join(' ')}
                >
                  {teamItemChangeMessage(change, language)}
                  {overridden ? (
                    <>
                      {' '}
                      <span className="tag">{i18n.t('team.overriddenHere')}</span>{' '}
                      <button
                        type="button"
                        data-testid="team-take-organisation"
                        onClick={() => onTakeOrganisation(change.id)}
                      >
                        {i18n.t('team.takeOrganisation')}
                      </button>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {changes.wordingsChanged ? <p>{i18n.t('team.wordingsChanged')}</p> : null}
          {changes.settingsChanged ? <p>{i18n.t('team.settingsChanged')}</p> : null}
          {changes.localEditRuleChanged ? <p>{i18n.t('team.ruleChanged')}</p> : null}
          <button
            type="button"
            data-testid="team-mark-seen"
            onClick={() => void acknowledgeTeamChanges()}
          >
            {i18n.t('team.markSeen')}
          </button>
        </div>
      ) : null}
      {policy && overrides ? (
        <div className="export-row">
          {countTeamOverrides(overrides) > 0 || Object.keys(wordings).length > 0 ? (
            <button type="button" data-testid="team-export-changes" onClick={exportChanges}>
              {i18n.t('team.exportChanges')}
            </button>
          ) : (
            <span className="muted">{i18n.t('team.noChanges')}</span>
          )}
          <p className="muted">{i18n.t('team.exportHelp')}</p>
        </div>
      ) : null}
    </section>
  );
}
