import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { KnowledgeItem } from '../knowledge/schema';
import type { Matcher } from '../utils/matching/create-matcher';
import {
  createCachedMatcher,
  knowledgeFingerprint,
  prefetchMatcherCaches,
} from '../utils/review/cached-matcher';
import { pageChangedSchema, type FillRequestMessage } from '../utils/messages';
import { rowAfterFill } from '../utils/review/fill-outcomes';
import {
  applyRowDecision,
  loadRowDecisions,
  readAllRowDecisions,
  saveRowDecisions,
  type RowDecision,
} from '../utils/review/review-decisions-store';
import {
  assessRow,
  buildFillRequest,
  createReviewRow,
  reviewRowFromMatch,
  type ReviewRow,
} from '../utils/review/review-rows';
import {
  fillFrame,
  revealQuestion,
  scanTab,
  startOpeningScan,
  takeOpeningScan,
  undoFrames,
  type FrameScan,
} from '../utils/review/tab-connection';
import { addLearnedAlias, loadKnowledgeState, type KnowledgeState } from '../utils/storage';

/** Where the review of a tab stands. */
export type ScanPhase = 'scanning' | 'done' | 'error';

/** The decisions a user can change on a row. */
export type RowChange = Partial<
  Pick<ReviewRow, 'rejected' | 'accepted' | 'itemId' | 'remarksOverride'>
>;

/** Everything the review screen shows and can do. */
export interface ReviewSession {
  phase: ScanPhase;
  error: string;
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
  const [phase, setPhase] = useState<ScanPhase>('scanning');
  const [error, setError] = useState('');
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

  const itemsById = useMemo(
    () => new Map((knowledge?.items ?? []).map((item) => [item.id, item])),
    [knowledge],
  );
  // The matcher is built once the knowledge base is loaded, and only awaited when a question
  // has no match kept from an earlier popup on this page.
  const matcher = useMemo<Promise<Matcher> | null>(
    () =>
      knowledge
        ? createCachedMatcher({
            items: knowledge.items,
            aliases: knowledge.aliases,
            threshold: knowledge.settings.confidenceThreshold,
          })
        : null,
    [knowledge],
  );
  const knowledgeKey = useMemo(
    () => (knowledge ? knowledgeFingerprint(knowledge.items, knowledge.aliases) : ''),
    [knowledge],
  );
  const lexicon = knowledge?.settings.optionLabels;

  // Everything the first suggestions need is read at once, in parallel with the first scan.
  const [keptDecisions] = useState(readAllRowDecisions);
  useEffect(() => {
    prefetchMatcherCaches();
    loadKnowledgeState().then(setKnowledge, (reason: unknown) => {
      setError(String(reason));
      setPhase('error');
    });
  }, []);

  const mergeScan = useCallback(
    async (scans: FrameScan[], url: string): Promise<ReviewRow[]> => {
      if (!matcher || !lexicon || tabId === null) return [];
      const previous = new Map(rowsRef.current.map((row) => [row.key, row]));
      // The review kept by an earlier popup or side panel on this page, on the first scan only:
      // its matches stand while the knowledge base is the same.
      const kept =
        previous.size === 0
          ? await loadRowDecisions(tabId, url, keptDecisions)
          : { rows: new Map<string, RowDecision>(), knowledgeKey: '' };
      const next: ReviewRow[] = [];
      for (const { frameId, reply } of scans) {
        for (const field of reply.questions) {
          const key = `${frameId}:${field.id}`;
          const old = previous.get(key);
          const decision = kept.rows.get(key);
          const keptMatch =
            decision && kept.knowledgeKey === knowledgeKey && decision.question === field.text
              ? decision.match
              : undefined;
          const row = old
            ? { ...old, field }
            : applyRowDecision(
                keptMatch
                  ? reviewRowFromMatch(frameId, field, keptMatch)
                  : createReviewRow(frameId, field, await matcher),
                decision,
              );
          next.push(assessRow(row, itemsById, lexicon));
        }
      }
      // A filled question that is out of view now (an earlier step of the form) stays listed.
      const seen = new Set(next.map((row) => row.key));
      for (const row of rowsRef.current) {
        if (!seen.has(row.key) && row.status === 'filled') next.push(row);
      }
      return next;
    },
    [matcher, lexicon, itemsById, tabId, keptDecisions, knowledgeKey],
  );

  // The first scan starts at once, while the knowledge base loads and the matcher is built.
  useEffect(() => {
    if (tabId !== null) startOpeningScan(tabId);
  }, [tabId]);

  const rescan = useCallback(async () => {
    if (tabId === null || !matcher) return;
    setPhase('scanning');
    try {
      const opening = rowsRef.current.length === 0 ? takeOpeningScan(tabId) : undefined;
      const { frameIds, scans } = await (opening ?? scanTab(tabId));
      frames.current = frameIds;
      const url = scans.find((scan) => scan.frameId === 0)?.reply.url ?? scans[0]?.reply.url ?? '';
      setRows(await mergeScan(scans, url));
      setPageUrl(url);
      setTruncated(scans.some((scan) => scan.reply.truncated));
      setPhase('done');
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      setPhase('error');
    }
  }, [tabId, matcher, mergeScan, setRows]);

  useEffect(() => {
    // Scanning is the screen's purpose: start it as soon as the knowledge base is loaded.
    void rescan();
  }, [rescan]);

  // The page agent says when questions appear or vanish (late rendering, "load more", steps).
  useEffect(() => {
    const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
      if (pageChangedSchema.safeParse(message).success && sender.tab?.id === tabId) void rescan();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [rescan, tabId]);

  // Keep the decisions for the next popup or the side panel.
  useEffect(() => {
    if (tabId !== null && pageUrl !== '' && phase === 'done') {
      void saveRowDecisions(tabId, pageUrl, rows, knowledgeKey);
    }
  }, [rows, tabId, pageUrl, phase, knowledgeKey]);

  const fillRows = useCallback(
    async (keys: readonly string[], explicit: boolean) => {
      if (tabId === null || !lexicon) return;
      const wanted = new Set(keys);
      const byFrame = new Map<number, FillRequestMessage[]>();
      const updates = new Map<string, ReviewRow>();
      for (const current of rowsRef.current) {
        if (!wanted.has(current.key) || current.itemId === null) continue;
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
      for (const [frameId, requests] of byFrame) {
        const reply = await fillFrame(tabId, frameId, requests);
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
    },
    [tabId, lexicon, itemsById, setRows],
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
    await undoFrames(tabId, frames.current);
    // Filled rows are open again; the rescan reads the restored page values into them.
    setRows(
      rowsRef.current.map((row) =>
        row.status === 'filled' ? { ...row, status: 'suggested' as const, reason: undefined } : row,
      ),
    );
    await rescan();
  }, [tabId, rescan, setRows]);

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
