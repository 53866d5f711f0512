import { i18n } from '#i18n';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { KnowledgeItem } from '../knowledge/schema';
import { pageChangedSchema, type FillRequestMessage } from '../utils/messages';
import { reviewKeyOf } from '../utils/review/cached-matcher';
import { rowAfterFill } from '../utils/review/fill-outcomes';
import { mergeScan, pageUrlOf } from '../utils/review/merge-scan';
import {
  loadRowDecisions,
  noKeptReview,
  saveRowDecisions,
} from '../utils/review/review-decisions-store';
import { assessRow, buildFillRequest, type ReviewRow } from '../utils/review/review-rows';
import { createRescanScheduler, type RescanScheduler } from '../utils/review/rescan-scheduler';
import { takeReviewStart, type FirstReview } from '../utils/review/review-start';
import {
  fillFrame,
  revealQuestion,
  scanChangedFrames,
  scanTab,
  undoFrames,
  PageNotAnsweringError,
  type TabScan,
} from '../utils/review/tab-connection';
import { addLearnedAlias, itemsByIdOf, type KnowledgeState } from '../utils/storage';

/**
 * Where the review of a tab stands. `matching`: the questions are listed, their suggestions not
 * made yet (the matcher is still being built).
 */
export type ScanPhase = 'scanning' | 'matching' | 'done' | 'error';

/**
 * How long after the scan the first rows may take before the questions are listed without their
 * suggestions: long enough that a popup whose matcher is ready at once draws its rows once, short
 * enough that a large knowledge base's seconds of matching are spent with the questions on screen.
 */
const pendingRowsDelayMs = 150;

/** The decisions a user can change on a row. */
export type RowChange = Partial<
  Pick<ReviewRow, 'rejected' | 'accepted' | 'itemId' | 'remarksOverride'>
>;

/** Everything the review screen shows and can do. */
export interface ReviewSession {
  phase: ScanPhase;
  error: string;
  /** What the last fill could not finish, and why (the page submitted or left), or ''. */
  notice: string;
  rows: ReviewRow[];
  truncated: boolean;
  /** The address of the page under review. */
  pageUrl: string;
  knowledge: KnowledgeState | null;
  itemsById: ReadonlyMap<string, KnowledgeItem>;
  rescan(): Promise<void>;
  fillConfident(): Promise<void>;
  /** Fills the given rows as the user's explicit choice: accepted, and allowed to replace values. */
  fillChosen(keys: readonly string[]): Promise<void>;
  undo(): Promise<void>;
  updateRow(key: string, change: RowChange): void;
  reveal(key: string): Promise<void>;
}

/**
 * The review of one tab: injects the page agent, scans every frame, matches each question, and
 * carries out the user's decisions. Decisions survive rescans (rows are keyed by frame and a
 * question id that is stable for the page's life) and closing the popup (session storage).
 */
export function useReviewSession(tabId: number | null): ReviewSession {
  const [phase, setPhase] = useState<ScanPhase>(tabId === null ? 'error' : 'scanning');
  const [error, setError] = useState(tabId === null ? i18n.t('noTab') : '');
  const [notice, setNotice] = useState('');
  const [rows, setRowsState] = useState<ReviewRow[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [pageUrl, setPageUrl] = useState('');
  const [knowledge, setKnowledge] = useState<KnowledgeState | null>(null);
  const frames = useRef<number[]>([]);
  // The rows as of the last change, readable from async actions without waiting for a render.
  const rowsRef = useRef<ReviewRow[]>([]);
  const setRows = useCallback((next: ReviewRow[]) => {
    rowsRef.current = next;
    setRowsState(next);
  }, []);
  // Fills, undos and rescans run one after another: a rescan read halfway through a fill would
  // show the page between two writes, and rows it merged would overwrite the fill's outcome.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // A page that changes again while a rescan waits its turn needs that one rescan, not another.
  const quietRescanQueued = useRef(false);
  // Undos and rescans the user asked for, queued or running: the status says "reading" until
  // the last one has read the page back.
  const loudPending = useRef(0);
  const serially = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const itemsById = useMemo(
    () => (knowledge ? itemsByIdOf(knowledge) : new Map<string, KnowledgeItem>()),
    [knowledge],
  );
  const reviewKey = useMemo(() => (knowledge ? reviewKeyOf(knowledge) : ''), [knowledge]);
  const lexicon = knowledge?.settings.optionLabels;

  // The first rows are made outside React, started before the screen was drawn.
  const [start] = useState(() => (tabId === null ? null : takeReviewStart(tabId)));
  const fail = useCallback((reason: unknown) => {
    setError(
      reason instanceof PageNotAnsweringError
        ? i18n.t('pageNotAnswering')
        : reason instanceof Error
          ? reason.message
          : String(reason),
    );
    setPhase('error');
  }, []);
  // The rescans a changing page asks for (see createRescanScheduler), set by the effect below.
  const rescans = useRef<RescanScheduler | null>(null);
  const showScan = useCallback(
    (scan: TabScan, url: string, next: ReviewRow[]) => {
      // Frames that may hold questions but were not read yet (a page of hundreds of frames is
      // read some at a time): the next rescan reads them.
      if (scan.unread.length > 0) rescans.current?.request();
      frames.current = scan.frameIds;
      setRows(next);
      setPageUrl(url);
      setTruncated(scan.scans.some((frame) => frame.reply.truncated));
      // A quiet rescan that ran ahead of an undo or a "Scan again" does not end their "reading".
      setPhase(loudPending.current > 0 ? 'scanning' : 'done');
    },
    [setRows],
  );
  useEffect(() => {
    if (!start) return;
    let firstShown = false;
    // The latest list of questions without suggestions (the top frame's, then every frame's),
    // shown once the suggestions are late, and from then on as soon as it comes.
    let listed: { review: FirstReview; rank: number } | undefined;
    let late = false;
    let pendingTimer: ReturnType<typeof setTimeout> | undefined;
    const showListed = () => {
      if (firstShown || !listed) return;
      const { scan, url, rows } = listed.review;
      frames.current = scan.frameIds;
      setRows(rows);
      setPageUrl(url);
      setPhase('matching');
    };
    const listedArrived = (review: FirstReview, rank: number) => {
      if (firstShown || (listed && listed.rank > rank)) return;
      listed = { review, rank };
      if (late) showListed();
      else
        pendingTimer ??= setTimeout(() => {
          late = true;
          showListed();
        }, pendingRowsDelayMs);
    };
    const ignore = () => {
      // Reported through `first`.
    };
    start.knowledge.then(setKnowledge, fail);
    start.topListed.then((review) => listedArrived(review, 0), ignore);
    start.listed.then((review) => listedArrived(review, 1), ignore);
    start.first.then((first) => {
      firstShown = true;
      clearTimeout(pendingTimer);
      showScan(first.scan, first.url, first.rows);
    }, fail);
    return () => clearTimeout(pendingTimer);
  }, [start, fail, showScan, setRows]);

  const rescan = useCallback(
    ({ quiet = false }: { quiet?: boolean } = {}) => {
      if (tabId === null || !start) return Promise.resolve();
      // A rescan the page asked for updates the rows in place: a page that keeps changing
      // must not keep the status line flickering between "reading" and "done".
      if (!quiet) {
        loudPending.current++;
        setPhase('scanning');
      }
      return serially(async () => {
        if (quiet) quietRescanQueued.current = false;
        try {
          // A rescan (page change, button, undo) builds on the first review, or retries after it failed.
          await start.first.catch(() => undefined);
          const state = await start.knowledge;
          // The page's own notice reads only the frames that changed; the user's request, all.
          const scan = quiet ? await scanChangedFrames(tabId) : await scanTab(tabId);
          const url = pageUrlOf(scan.scans);
          const previous = rowsRef.current;
          const next = await mergeScan(scan.scans, {
            knowledge: state,
            previous,
            kept: previous.length === 0 ? await loadRowDecisions(tabId, url) : noKeptReview,
          });
          if (!quiet) loudPending.current--;
          showScan(scan, url, next);
        } catch (reason) {
          if (!quiet) loudPending.current--;
          fail(reason);
        }
      });
    },
    [tabId, start, fail, showScan, serially],
  );

  // The page agent says when questions appear or vanish (late rendering, "load more", steps);
  // a page that keeps changing gets coalesced rescans, the last change always read.
  useEffect(() => {
    const scheduler = createRescanScheduler(() => rescan({ quiet: true }));
    rescans.current = scheduler;
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (pageChangedSchema.safeParse(message).success && sender.tab?.id === tabId) {
        scheduler.request();
      }
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      scheduler.stop();
      if (rescans.current === scheduler) rescans.current = null;
    };
  }, [rescan, tabId]);

  // Keep the decisions for the next popup or the side panel.
  useEffect(() => {
    if (tabId !== null && pageUrl !== '' && phase === 'done') {
      saveRowDecisions(tabId, pageUrl, rows, reviewKey).catch(() => {
        // Session storage full or gone: the review still works; only reopening starts afresh.
      });
    }
  }, [rows, tabId, pageUrl, phase, reviewKey]);

  const fillRows = useCallback(
    (keys: readonly string[], explicit: boolean) =>
      serially(async () => {
        if (tabId === null || !lexicon) return;
        const wanted = new Set(keys);
        const byFrame = new Map<number, FillRequestMessage[]>();
        const updates = new Map<string, ReviewRow>();
        for (const current of rowsRef.current) {
          if (!wanted.has(current.key) || current.itemId === null) continue;
          // A rescan that ran first may have found the user's own value: only the user's
          // explicit choice fills a row that is not "suggested" any more.
          if (!explicit && (current.status !== 'suggested' || current.rejected)) continue;
          const item = itemsById.get(current.itemId);
          if (!item) continue;
          const row = explicit ? { ...current, accepted: true, rejected: false } : current;
          const request = buildFillRequest(row, item, lexicon, row.accepted);
          if ('problem' in request) {
            updates.set(row.key, { ...row, status: 'needs-review', reason: request.problem });
            continue;
          }
          byFrame.set(row.frameId, [...(byFrame.get(row.frameId) ?? []), request]);
          updates.set(row.key, row);
        }
        setNotice('');
        for (const [frameId, requests] of byFrame) {
          let reply;
          try {
            reply = await fillFrame(tabId, frameId, requests, lexicon);
          } catch {
            // The frame went away mid-fill (the tab navigated): what it wrote is unknown, and
            // none of its rows may stay "suggested" as if nothing had been tried.
            setNotice(i18n.t('fillNavigated'));
            for (const { id } of requests) {
              const row = updates.get(`${frameId}:${id}`);
              if (row)
                updates.set(row.key, { ...row, status: 'needs-review', reason: 'navigated' });
            }
            continue;
          }
          if (reply.stopped) setNotice(i18n.t('fillStopped'));
          for (const outcome of reply.outcomes) {
            const row = updates.get(`${frameId}:${outcome.id}`);
            if (!row) continue;
            const after = rowAfterFill(row, outcome);
            updates.set(row.key, after);
            // A filled match is a confirmed one: remember the page's wording for next time.
            if (after.status === 'filled' && after.itemId)
              void addLearnedAlias(after.itemId, after.field.text);
          }
        }
        setRows(rowsRef.current.map((row) => updates.get(row.key) ?? row));
      }),
    [tabId, lexicon, itemsById, setRows, serially],
  );

  const fillConfident = useCallback(
    () =>
      fillRows(
        rowsRef.current
          .filter((row) => row.status === 'suggested' && !row.rejected && row.itemId !== null)
          .map((row) => row.key),
        false,
      ),
    [fillRows],
  );

  const fillChosen = useCallback((keys: readonly string[]) => fillRows(keys, true), [fillRows]);

  const undo = useCallback(async () => {
    if (tabId === null) return;
    // Undoing takes a moment (a dropdown reopens its list): the page is being worked on until
    // the rescan that follows has read it back.
    loudPending.current++;
    setPhase('scanning');
    await serially(async () => {
      setNotice('');
      const { notRestored } = await undoFrames(tabId, frames.current);
      const kept = new Set(notRestored);
      // A fill the page would not let go of says so; the rescan reads every other row's state
      // (and whether it still holds a fill) back from the page.
      setRows(
        rowsRef.current.map((row) =>
          kept.has(row.key)
            ? { ...row, status: 'needs-review' as const, reason: 'not-undone' as const }
            : row,
        ),
      );
    }).finally(() => loudPending.current--);
    await rescan();
  }, [tabId, rescan, setRows, serially]);

  const updateRow = useCallback(
    (key: string, change: RowChange) => {
      if (!lexicon) return;
      setRows(
        rowsRef.current.map((row) => {
          if (row.key !== key) return row;
          const next: ReviewRow = { ...row, ...change };
          if (change.rejected) return { ...next, accepted: false, status: 'skipped' };
          if (change.rejected === false || change.accepted || change.itemId !== undefined) {
            const reopened =
              next.status === 'skipped' ? { ...next, status: 'suggested' as const } : next;
            if (change.accepted && next.itemId) void addLearnedAlias(next.itemId, next.field.text);
            return assessRow(reopened, itemsById, lexicon);
          }
          return next;
        }),
      );
    },
    [itemsById, lexicon, setRows],
  );

  const reveal = useCallback(
    async (key: string) => {
      const row = rowsRef.current.find((candidate) => candidate.key === key);
      if (tabId === null || !row) return;
      await revealQuestion(tabId, row.frameId, row.field.id);
    },
    [tabId],
  );

  return {
    phase,
    error,
    notice,
    rows,
    truncated,
    pageUrl,
    knowledge,
    itemsById,
    rescan,
    fillConfident,
    fillChosen,
    undo,
    updateRow,
    reveal,
  };
}
