import { i18n } from '#i18n';
import { useCallback, useState } from 'react';
import { defaultOptionLabelLexicon } from '../utils/answer-options';
import type { ReviewRow } from '../utils/review/review-rows';
import { uiLanguage } from '../utils/ui-language';
import type { StorageProblem } from '../utils/storage';
import { browser } from 'wxt/browser';
import { QuestionRow } from './QuestionRow';
import { SidePanelButton } from './SidePanelButton';
import { useReviewSession } from './use-review-session';

/** Which rows the list shows. */
type RowFilter = 'all' | 'needsReview' | 'noMatch' | 'filled';

const filterMatches: Record<RowFilter, (row: ReviewRow) => boolean> = {
  all: () => true,
  needsReview: (row) => row.status === 'needs-review',
  noMatch: (row) => row.status === 'no-match',
  filled: (row) => row.status === 'filled',
};

const filterLabels: Record<RowFilter, () => string> = {
  all: () => i18n.t('filter.all'),
  needsReview: () => i18n.t('filter.needsReview'),
  noMatch: () => i18n.t('filter.noMatch'),
  filled: () => i18n.t('filter.filled'),
};

/** Which organisation knowledge base applies, and whether its policy could be used. */
function teamStateText(team: { version?: string; invalidPolicy: boolean }): string {
  if (!team.invalidPolicy) return i18n.t('team.popupActive', [team.version ?? '']);
  return team.version === undefined
    ? i18n.t('team.popupInvalidNoCopy')
    : i18n.t('team.popupInvalid', [team.version]);
}

/** The stored value a storage problem is about, in the UI language. */
function problemName(problem: StorageProblem): string {
  switch (problem) {
    case 'knowledge-base-invalid':
      return i18n.t('options.storage.knowledgeBase');
    case 'aliases-invalid':
      return i18n.t('options.storage.learnedAliases');
    case 'settings-invalid':
      return i18n.t('options.storage.settings');
    case 'team-overrides-invalid':
      return i18n.t('options.storage.teamOverrides');
  }
}

/** Props of {@link ReviewScreen}. */
export interface ReviewScreenProps {
  tabId: number | null;
  /** Where it is shown: the popup offers to move to the side panel; the side panel fills its width. */
  place: 'popup' | 'side-panel';
}

/** The review of one tab's questionnaire, shared by the popup and the side panel. */
export function ReviewScreen({ tabId, place }: ReviewScreenProps) {
  const session = useReviewSession(tabId);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const language = uiLanguage();
  const lexicon = session.knowledge?.settings.optionLabels ?? defaultOptionLabelLexicon;
  const rows = session.rows;
  const counts = {
    found: rows.length,
    confident: rows.filter((row) => row.match.confident).length,
    filled: rows.filter((row) => row.status === 'filled').length,
    review: rows.filter((row) => row.status === 'needs-review').length,
  };
  const visible = rows.filter(filterMatches[filter]);
  const statusText =
    session.phase === 'error'
      ? i18n.t('scanStatus.error', [session.error])
      : session.phase === 'done'
        ? i18n.t('scanStatus.done')
        : session.phase === 'matching'
          ? i18n.t('scanStatus.matching')
          : i18n.t('scanStatus.scanning');
  // Stable callbacks, so that a change to one row (a keystroke in its remark) redraws that row only.
  const selectRow = useCallback((key: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const { reveal, fillChosen } = session;
  const revealRow = useCallback((key: string) => void reveal(key), [reveal]);
  const fillRow = useCallback((key: string) => void fillChosen([key]), [fillChosen]);
  const fillSelected = async () => {
    const keys = [...selected];
    setSelected(new Set());
    await session.fillChosen(keys);
  };

  return (
    <main className={`review ${place}`} lang={language}>
      <header className="review-header">
        <div className="title-line">
          <h1>{i18n.t('appName')}</h1>
          <button
            type="button"
            data-testid="open-options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {i18n.t('openOptions')}
          </button>
        </div>
        <p data-testid="scan-status" data-state={session.phase} role="status">
          {statusText}
        </p>
        {session.pageUrl ? (
          <p className="page-url" title={session.pageUrl}>
            {session.pageUrl}
          </p>
        ) : null}
      </header>
      {session.knowledge?.team ? (
        <p
          className={session.knowledge.team.invalidPolicy ? 'banner' : 'muted'}
          role={session.knowledge.team.invalidPolicy ? 'alert' : undefined}
          data-testid="team-state"
          data-version={session.knowledge.team.version}
        >
          {teamStateText(session.knowledge.team)}
        </p>
      ) : null}
      {session.knowledge?.problems.length ? (
        <p className="banner" role="alert">
          {i18n.t('storageProblem', [session.knowledge.problems.map(problemName).join(', ')])}{' '}
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {i18n.t('openOptions')}
          </button>
        </p>
      ) : null}
      {session.phase === 'done' ? (
        <p className="summary" data-testid="summary">
          {i18n.t('summary', [counts.found, counts.confident, counts.filled, counts.review])}
        </p>
      ) : null}
      {session.truncated ? <p className="banner">{i18n.t('truncated')}</p> : null}
      {session.notice ? (
        <p className="banner" role="alert" data-testid="fill-notice">
          {session.notice}
        </p>
      ) : null}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="fill-confident"
          onClick={() => void session.fillConfident()}
        >
          {i18n.t('fillConfident')}
        </button>
        <button
          type="button"
          data-testid="fill-selected"
          disabled={selected.size === 0}
          onClick={() => void fillSelected()}
        >
          {i18n.t('fillSelected')} ({selected.size})
        </button>
        <button type="button" data-testid="undo" onClick={() => void session.undo()}>
          {i18n.t('undo')}
        </button>
        <button type="button" data-testid="rescan" onClick={() => void session.rescan()}>
          {i18n.t('rescan')}
        </button>
        {place === 'popup' && tabId !== null ? <SidePanelButton tabId={tabId} /> : null}
      </div>
      <div className="filters" role="group" aria-label={i18n.t('filter.label')}>
        {(Object.keys(filterMatches) as RowFilter[]).map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={filter === name}
            data-testid={`filter-${name}`}
            onClick={() => setFilter(name)}
          >
            {filterLabels[name]()}
          </button>
        ))}
      </div>
      {session.phase === 'done' && rows.length === 0 ? <p>{i18n.t('noQuestions')}</p> : null}
      <ol className="rows">
        {visible.map((row) => (
          <QuestionRow
            key={row.key}
            row={row}
            item={row.itemId === null ? undefined : session.itemsById.get(row.itemId)}
            items={session.knowledge?.items ?? []}
            itemsById={session.itemsById}
            lexicon={lexicon}
            language={language}
            selected={selected.has(row.key)}
            onSelect={selectRow}
            onChange={session.updateRow}
            onReveal={revealRow}
            onFill={fillRow}
          />
        ))}
      </ol>
    </main>
  );
}
