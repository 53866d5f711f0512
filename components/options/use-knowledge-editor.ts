import { i18n } from '#i18n';
import { z } from 'zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KnowledgeSnapshot } from '../../utils/knowledge-io/knowledge-snapshot';
import { saveKnowledge } from '../../utils/knowledge-io/save-knowledge';
import { aliasesToRestore, withLearnedAliasesLock } from '../../utils/knowledge-io/learned-aliases';
import {
  storedValueItems,
  teamBaseItem,
  unreadableBackupsItem,
} from '../../utils/knowledge-io/storage-items';
import { loadEditorState, type EditorState, type LearnedAliases } from '../../utils/storage';
import { routeKnowledgeChange } from '../../utils/team/team-edits';
import type { KnowledgeChange } from '../../utils/knowledge-io/save-knowledge';

/**
 * A change the user can take back: what it was, the parts it changed as they stood before it,
 * and the aliases it wrote (to tell them from aliases learned after it).
 */
export interface UndoEntry {
  message: string;
  before: Partial<KnowledgeSnapshot>;
  writtenAliases?: LearnedAliases;
}

/** The options page's hold on the knowledge base: the state as stored, and every change to it. */
export interface KnowledgeEditor {
  state: EditorState | null;
  /** The latest change that can still be undone (earlier ones follow once it is). */
  lastChange: UndoEntry | null;
  /** The latest outcome to announce ("Undone.", or why a save failed). */
  notice: string;
  /**
   * Writes a change (items, aliases and/or settings) at once, then re-reads storage. `message`
   * describes it for the undo bar.
   * @returns whether it was saved
   */
  change(next: Partial<KnowledgeSnapshot>, message: string): Promise<boolean>;
  /** Puts everything back as it was before the last change. */
  undo(): Promise<void>;
  reload(): Promise<void>;
  setNotice(notice: string): void;
}

/** A failed save, in words: zod's summary of what is invalid, or the error's own message. */
function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return z.prettifyError(error);
  return error instanceof Error ? error.message : String(error);
}

/**
 * The write for a change: as it is, or (under an organisation knowledge base) as local changes
 * on top of it. `undefined` when the policy refuses it; the notice then says which items.
 */
function writeFor(
  state: EditorState,
  next: Partial<KnowledgeSnapshot>,
  setNotice: (notice: string) => void,
): KnowledgeChange | undefined {
  const policy = state.teamView?.policy;
  const routed = routeKnowledgeChange(
    next,
    state.nextItemNumber,
    policy && { policy, overrides: state.teamView?.overrides },
  );
  if ('refused' in routed) {
    setNotice(i18n.t('team.refusedEdit', [routed.refused.join(', ')]));
    return undefined;
  }
  return routed.change;
}

/** How many changes can be undone, newest first. */
const maxUndo = 20;

/**
 * The parts of the state a change touches, as they are now. Only those go back on undo: undoing
 * an item's deletion must not also take back an alias the popup learned, or a setting changed,
 * since.
 */
function partsBefore(state: EditorState, next: Partial<KnowledgeSnapshot>): UndoEntry['before'] {
  return {
    ...(next.items && { items: state.items }),
    ...(next.aliases && { aliases: state.aliases }),
    ...(next.settings && { settings: state.settings }),
  };
}

/** Runs a write that includes the aliases in turn with the popup's alias writes. */
function inAliasTurn<T>(writesAliases: boolean, work: () => Promise<T>): Promise<T> {
  return writesAliases ? withLearnedAliasesLock(work) : work();
}

/**
 * Loads the knowledge base and keeps it in step with storage (the popup may learn an alias while
 * this page is open). Every change goes through {@link saveKnowledge}: one atomic write, checked,
 * with unreadable stored data backed up rather than overwritten.
 */
export function useKnowledgeEditor(): KnowledgeEditor {
  const [state, setState] = useState<EditorState | null>(null);
  const [history, setHistory] = useState<UndoEntry[]>([]);
  const [notice, setNotice] = useState('');
  const stateRef = useRef(state);
  stateRef.current = state;

  const reload = useCallback(async () => {
    setState(await loadEditorState());
  }, []);

  useEffect(() => {
    void reload();
    const items = [...Object.values(storedValueItems), unreadableBackupsItem, teamBaseItem];
    const unwatch = items.map((item) => item.watch(() => void reload()));
    // A new or changed enterprise policy (Chrome and Edge tell at once; Firefox at its restart).
    const onPolicyChange = (_changes: unknown, area: string) => {
      if (area === 'managed') void reload();
    };
    browser.storage.onChanged.addListener(onPolicyChange);
    return () => {
      unwatch.forEach((stop) => stop());
      browser.storage.onChanged.removeListener(onPolicyChange);
    };
  }, [reload]);

  const change = useCallback(
    async (next: Partial<KnowledgeSnapshot>, message: string) => {
      const current = stateRef.current;
      if (!current) return false;
      const write = writeFor(current, next, setNotice);
      if (!write) return false;
      try {
        await inAliasTurn(next.aliases !== undefined, () => saveKnowledge(write));
      } catch (error) {
        setNotice(i18n.t('options.editError.saveFailed', [describeError(error)]));
        return false;
      }
      const entry: UndoEntry = {
        message,
        before: partsBefore(current, next),
        writtenAliases: next.aliases,
      };
      setHistory((entries) => [...entries.slice(1 - maxUndo), entry]);
      setNotice('');
      await reload();
      return true;
    },
    [reload],
  );

  const lastChange = history.at(-1) ?? null;
  const undo = useCallback(async () => {
    if (!lastChange) return;
    const { before, writtenAliases } = lastChange;
    const current = stateRef.current;
    if (!current) return;
    try {
      const written = await inAliasTurn(before.aliases !== undefined, async () => {
        // Aliases learned since the change (by the popup) stay; read them inside the alias turn.
        const aliases =
          before.aliases &&
          aliasesToRestore(before.aliases, writtenAliases ?? {}, (await loadEditorState()).aliases);
        // The counter stays: an id handed out once is never handed out again, undo or not.
        const write = writeFor(current, { ...before, ...(aliases && { aliases }) }, setNotice);
        if (write) await saveKnowledge(write);
        return write !== undefined;
      });
      if (!written) return;
    } catch (error) {
      setNotice(i18n.t('options.editError.saveFailed', [describeError(error)]));
      return;
    }
    setHistory((entries) => entries.slice(0, -1));
    setNotice(i18n.t('options.undo.undone'));
    await reload();
  }, [lastChange, reload]);

  return { state, lastChange, notice, change, undo, reload, setNotice };
}
