import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KnowledgeItem } from '../../knowledge/schema';
import { createBulkRows, type BulkRow } from '../../utils/knowledge-io/bulk-answers';
import { parseQuestionColumn } from '../../utils/knowledge-io/bulk-questions';
import { bundledConceptDetector } from '../../utils/matching/bundled-concept-detector';
import { createMatcher, type Matcher } from '../../utils/matching/create-matcher';
import { itemsByIdOf, loadKnowledgeState, type KnowledgeState } from '../../utils/storage';

/** The bulk-answer page's state: the knowledge base, the matched rows, and what can be done. */
export interface BulkAnswer {
  knowledge: KnowledgeState | null;
  itemsById: ReadonlyMap<string, KnowledgeItem>;
  rows: BulkRow[];
  /** Matches every question of a paste, replacing earlier rows. */
  matchPaste(text: string): void;
  updateRow(
    index: number,
    change: Partial<Pick<BulkRow, 'decision' | 'itemId' | 'remarksOverride'>>,
  ): void;
  clear(): void;
}

/** Loads the knowledge base (as the popup does) and matches pasted questions against it. */
export function useBulkAnswer(): BulkAnswer {
  const [knowledge, setKnowledge] = useState<KnowledgeState | null>(null);
  const [rows, setRows] = useState<BulkRow[]>([]);
  useEffect(() => {
    void loadKnowledgeState().then(setKnowledge);
  }, []);

  const itemsById = useMemo(
    () => (knowledge ? itemsByIdOf(knowledge) : new Map<string, KnowledgeItem>()),
    [knowledge],
  );
  const matcher = useMemo<Matcher | null>(
    () =>
      knowledge
        ? createMatcher({
            items: knowledge.items,
            aliases: knowledge.aliases,
            threshold: knowledge.settings.confidenceThreshold,
            conceptDetector: bundledConceptDetector(),
          })
        : null,
    [knowledge],
  );

  const matchPaste = useCallback(
    (text: string) => {
      if (!matcher) return;
      setRows(createBulkRows(parseQuestionColumn(text), matcher));
    },
    [matcher],
  );
  const updateRow = useCallback<BulkAnswer['updateRow']>((index, change) => {
    setRows((current) =>
      current.map((row) => {
        if (row.index !== index) return row;
        // Picking another item makes the row the user's own: it is filled, with that item's remark.
        const picked =
          change.itemId !== undefined && change.itemId !== row.itemId
            ? { remarksOverride: undefined, decision: 'accepted' as const }
            : {};
        return { ...row, ...picked, ...change };
      }),
    );
  }, []);
  const clear = useCallback(() => setRows([]), []);

  return { knowledge, itemsById, rows, matchPaste, updateRow, clear };
}
