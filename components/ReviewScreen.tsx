import { i18n } from '#i18n';
import { useState } from 'react';
import { defaultOptionLabelLexicon } from '../utils/answer-options';
import type { ReviewRow } from '../utils/review/review-rows';
import { QuestionRow } from './QuestionRow';
import { useReviewSession } from './use-review-session';

/** Which rows the list shows. */
type RowFilter = 'all' | 'needsReview' | 'noMatch' | 'filled';

const filterMatches: Record<RowFilter, (row: ReviewRow) => boolean> = {
  all: () => true,
  needsReview: (row) => row.status === 'needs-review',
  noMatch: (row) => row.status === 'no-match',
  filled: (row) => row.status === 'filled',
};

/** The UI language: Japanese when the browser's is, English otherwise. */
export function uiLanguage(): 'ja' | 'en' {
  const locale = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The review of one tab's questionnaire, shared by the popup and the side panel. */
export function ReviewScreen({ tabId }: { tabId: number | null }) {
  const session = useReviewSession(tabId);
  const [filter, setFilter] = useState<RowFilter>('all');
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
      : i18n.t(`scanStatus.${session.phase}`);

  return (
    <main className="review" lang={language}>
      <header className="review-header">
        <h1>{i18n.t('appName')}</h1>
        <p data-testid="scan-status" data-state={session.phase} role="status">
          {statusText}
        </p>
      </header>
      {session.knowledge?.problems.length ? (
        <p className="banner" role="alert">
          {i18n.t('storageProblem', [session.knowledge.problems.join(', ')])}
        </p>
      ) : null}
      {session.phase === 'done' ? (
        <p className="summary" data-testid="summary">
          {i18n.t('summary', [counts.found, counts.confident, counts.filled, counts.review])}
        </p>
      ) : null}
      {session.truncated ? <p className="banner">{i18n.t('truncated')}</p> : null}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="fill-confident"
          onClick={() => void session.fillConfident()}
        >
          {i18n.t('fillConfident')}
        </button>
        <button type="button" data-testid="undo" onClick={() => void session.undo()}>
          {i18n.t('undo')}
        </button>
        <button type="button" data-testid="rescan" onClick={() => void session.rescan()}>
          {i18n.t('rescan')}
        </button>
      </div>
      <div className="filters" role="group">
        {(Object.keys(filterMatches) as RowFilter[]).map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={filter === name}
            data-testid={`filter-${name}`}
            onClick={() => setFilter(name)}
          >
            {i18n.t(`filter.${name}`)}
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
            onChange={(change) => session.updateRow(row.key, change)}
            onReveal={() => void session.reveal(row.key)}
            onFill={() => void session.fillRows([row.key])}
          />
        ))}
      </ol>
    </main>
  );
}
