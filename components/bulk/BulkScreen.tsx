import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { formatBulkResult, type AnswerStyle } from '../../utils/knowledge-io/bulk-answers';
import { uiLanguage } from '../../utils/ui-language';
import { BulkQuestionRow } from './BulkQuestionRow';
import { useBulkAnswer } from './use-bulk-answer';

const answerStyles: AnswerStyle[] = ['symbols', 'ja', 'en'];

/**
 * The bulk-answer page: paste a column of questions copied from Excel, review the matched answers
 * and remarks row by row, then copy them back as tab-separated text that pastes into Excel's
 * columns next to the questions. Everything stays on this page; nothing is stored or sent.
 */
export function BulkScreen() {
  const bulk = useBulkAnswer();
  const language = uiLanguage();
  const [pasted, setPasted] = useState('');
  const [style, setStyle] = useState<AnswerStyle>(language === 'ja' ? 'ja' : 'symbols');
  const [details, setDetails] = useState(false);
  const [copyState, setCopyState] = useState<'' | 'copied' | 'failed'>('');
  const { rows, itemsById } = bulk;
  const output = useMemo(
    () => formatBulkResult(rows, itemsById, { style, details }),
    [rows, itemsById, style, details],
  );
  const count = (status: string) => rows.filter((row) => row.status === status).length;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(output);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <main className="bulk" lang={language} data-ready={bulk.knowledge !== null}>
      <header>
        <h1>{i18n.t('bulk.title')}</h1>
        <p className="muted">{i18n.t('bulk.intro')}</p>
        <a href="/options.html">{i18n.t('bulk.back')}</a>
      </header>
      <label className="field">
        <span>{i18n.t('bulk.questions')}</span>
        <textarea
          data-testid="bulk-input"
          rows={8}
          placeholder={i18n.t('bulk.placeholder')}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
      </label>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="bulk-match"
          disabled={!bulk.knowledge || pasted.trim() === ''}
          onClick={() => {
            bulk.matchPaste(pasted);
            setCopyState('');
          }}
        >
          {i18n.t('bulk.match')}
        </button>
        <button
          type="button"
          onClick={() => {
            setPasted('');
            bulk.clear();
          }}
        >
          {i18n.t('bulk.clear')}
        </button>
      </div>
      {rows.length > 0 ? (
        <>
          <p data-testid="bulk-summary">
            {i18n.t('bulk.summary', [
              rows.length - count('empty'),
              count('confident'),
              count('needs-review'),
              count('no-match'),
            ])}
          </p>
          <table className="bulk-table">
            <thead>
              <tr>
                <th>#</th>
                <th>{i18n.t('bulk.question')}</th>
                <th>{i18n.t('bulk.item')}</th>
                <th>{i18n.t('bulk.answer')}</th>
                <th>{i18n.t('bulk.remarks')}</th>
                <th>{i18n.t('bulk.confidence')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <BulkQuestionRow
                  key={row.index}
                  row={row}
                  items={bulk.knowledge?.items ?? []}
                  itemsById={itemsById}
                  language={language}
                  onChange={bulk.updateRow}
                />
              ))}
            </tbody>
          </table>
          <section className="bulk-output">
            <div className="toolbar">
              <label>
                {i18n.t('bulk.answerStyle')}{' '}
                <select
                  data-testid="bulk-style"
                  value={style}
                  onChange={(event) => setStyle(event.target.value as AnswerStyle)}
                >
                  {answerStyles.map((name) => (
                    <option key={name} value={name}>
                      {i18n.t(`bulk.style.${name}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <input
                  type="checkbox"
                  data-testid="bulk-details"
                  checked={details}
                  onChange={(event) => setDetails(event.target.checked)}
                />
                {i18n.t('bulk.includeDetails')}
              </label>
              <button
                type="button"
                className="primary"
                data-testid="bulk-copy"
                onClick={() => void copy()}
              >
                {i18n.t('bulk.copy')}
              </button>
            </div>
            <p className="muted">{i18n.t('bulk.copyHelp')}</p>
            {copyState ? (
              <p role="status" data-testid="bulk-copy-status">
                {copyState === 'copied' ? i18n.t('bulk.copied') : i18n.t('bulk.copyFailed')}
              </p>
            ) : null}
            <label className="field">
              <span>{i18n.t('bulk.output')}</span>
              <textarea data-testid="bulk-output" readOnly rows={8} value={output} />
            </label>
          </section>
        </>
      ) : null}
    </main>
  );
}
