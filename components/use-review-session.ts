import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KnowledgeItem } from '../knowledge/schema';
import { createMatcher, type Matcher } from '../utils/matching/create-matcher';
import { browser } from 'wxt/browser';
import { pageChangedSchema, type FillRequestMessage } from '../utils/messages';
import {
  assessRow,
  buildFillRequest,
  createReviewRow,
  type ReviewRow,
} from '../utils/review/review-rows';
import {
  fillFrame,
  injectPageAgent,
  revealQuestion,
  scanFrames,
  undoFrames,
} from '../utils/review/tab-connection';
import { addLearnedAlias, loadKnowledgeState, type KnowledgeState } from '../utils/storage';

/** Where the review of a tab stands. */
export type ScanPhase = 'scanning' | 'done' | 'error';

/** Everything the review screen shows and can do. */
export interface ReviewSession {
  phase: ScanPhase;
  error: string;
  rows: ReviewRow[];
  truncated: boolean;
  knowledge: KnowledgeState | null;
  itemsById: ReadonlyMap<string, KnowledgeItem>;
  rescan(): Promise<void>;
  fillConfident(): Promise<void>;
  fillRows(keys: readonly string[]): Promise<void>;
  undo(): Promise<void>;
  updateRow(
    key: string,
    change: Partial<Pick<ReviewRow, 'rejected' | 'accepted' | 'itemId' | 'remarksOverride'>>,
  ): void;
  reveal(key: string): Promise<void>;
}

/**
 * The review of one tab: injects the page agent, scans every frame, matches each question, and
 * carries out the user's decisions. Rows keep their decisions when the page is scanned again.
 */
export function useReviewSession(tabId: number | null): ReviewSession {
  const [phase, setPhase] = useState<ScanPhase>('scanning');
  const [error, setError] = useState('');
  const [rows, setRows] = useState<ReviewRow[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [knowledge, setKnowledge] = useState<KnowledgeState | null>(null);
  const frames = useRef<number[]>([]);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const itemsById = useMemo(
    () => new Map((knowledge?.items ?? []).map((item) => [item.id, item])),
    [knowledge],
  );
  const matcher = useMemo<Matcher | null>(
    () =>
      knowledge
        ? createMatcher({
            items: knowledge.items,
            aliases: knowledge.aliases,
            threshold: knowledge.settings.confidenceThreshold,
          })
        : null,
    [knowledge],
  );
  const lexicon = knowledge?.settings.optionLabels;

  useEffect(() => {
    void loadKnowledgeState().then(setKnowledge, (reason: unknown) => {
      setError(String(reason));
      setPhase('error');
    });
  }, []);

  const rescan = useCallback(async () => {
    if (tabId === null || !matcher || !lexicon) return;
    setPhase('scanning');
    try {
      frames.current = await injectPageAgent(tabId);
      const scans = await scanFrames(tabId, frames.current);
      const previous = new Map(rowsRef.current.map((row) => [row.key, row]));
      const next: ReviewRow[] = [];
      const seen = new Set<string>();
      for (const { frameId, reply } of scans) {
        for (const field of reply.questions) {
          const old = previous.get(`${frameId}:${field.id}`);
          const fresh = createReviewRow(frameId, field, matcher);
          // Keep the user's decisions; take the page's current values from the new scan.
          const row = old ? { ...old, field } : fresh;
          seen.add(row.key);
          next.push(assessRow(row, itemsById, lexicon));
        }
      }
      // A filled question that is out of view now (an earlier step of the form) stays listed.
      for (const row of rowsRef.current) {
        if (!seen.has(row.key) && row.status === 'filled') next.push(row);
      }
      setTruncated(scans.some((scan) => scan.reply.truncated));
      setRows(next);
      setPhase('done');
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
      setPhase('error');
    }
  }, [tabId, matcher, lexicon, itemsById]);

  useEffect(() => {
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

  const fillRows = useCallback(
    async (keys: readonly string[]) => {
      if (tabId === null || !lexicon) return;
      const wanted = new Set(keys);
      const byFrame = new Map<number, FillRequestMessage[]>();
      const planned = new Map<string, ReviewRow>();
      const problems = new Map<string, ReviewRow>();
      for (const row of rowsRef.current) {
        if (!wanted.has(row.key) || row.itemId === null) continue;
        const item = itemsById.get(row.itemId);
        if (!item) continue;
        const request = buildFillRequest(row, item, lexicon, row.accepted);
        if ('problem' in request) {
          problems.set(row.key, { ...row, status: 'needs-review', reason: request.problem });
          continue;
        }
        byFrame.set(row.frameId, [...(byFrame.get(row.frameId) ?? []), request]);
        planned.set(row.key, row);
      }
      const updates = new Map(problems);
      for (const [frameId, requests] of byFrame) {
        const reply = await fillFrame(tabId, frameId, requests);
        for (const outcome of reply.outcomes) {
          const row = planned.get(`${frameId}:${outcome.id}`);
          if (!row) continue;
          const parts = [outcome.answer, outcome.remarks];
          const failed = parts.find(
            (part) =>
              part === 'kept-existing' ||
              part === 'did-not-stick' ||
              part === 'option-changed' ||
              part === 'no-field',
          );
          if (failed) {
            updates.set(row.key, {
              ...row,
              status: 'needs-review',
              reason:
                failed === 'kept-existing'
                  ? 'has-value'
                  : failed === 'no-field'
                    ? 'did-not-stick'
                    : failed,
            });
          } else {
            updates.set(row.key, { ...row, status: 'filled', reason: undefined });
            if (row.itemId) void addLearnedAlias(row.itemId, row.field.text);
          }
        }
      }
      setRows((current) => current.map((row) => updates.get(row.key) ?? row));
    },
    [tabId, lexicon, itemsById],
  );

  const fillConfident = useCallback(
    () =>
      fillRows(
        rowsRef.current
          .filter((row) => row.status === 'suggested' && !row.rejected && row.itemId !== null)
          .map((row) => row.key),
      ),
    [fillRows],
  );

  const undo = useCallback(async () => {
    if (tabId === null) return;
    await undoFrames(tabId, frames.current);
    // Filled rows are open again; the rescan reads the restored page values into them.
    rowsRef.current = rowsRef.current.map((row) =>
      row.status === 'filled' ? { ...row, status: 'suggested' } : row,
    );
    await rescan();
  }, [tabId, rescan]);

  const updateRow = useCallback<ReviewSession['updateRow']>(
    (key, change) => {
      if (!lexicon) return;
      setRows((current) =>
        current.map((row) => {
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
    [itemsById, lexicon],
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
    knowledge,
    itemsById,
    rescan,
    fillConfident,
    fillRows,
    undo,
    updateRow,
    reveal,
  };
}
