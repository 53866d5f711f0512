import { moduleOf, readAnswer } from './scan/controls/registry';
import { currentText, maxRemarksLength } from './scan/controls/text-fields';
import { afterQueuedTasks, guardNavigation } from './fill/navigation-guard';
import { fillQuestion, type FillOutcome } from './fill/fill-question';
import { highlightFilled, type Highlight } from './fill/highlight';
import { defaultOptionLabelLexicon, type OptionLabelLexicon } from './answer-options';
import {
  agentRequestSchema,
  maxPageUrlLength,
  type FillReply,
  type FillRequestMessage,
  type PageRevision,
  type UndoReply,
  type QuestionField,
  type ScanReply,
} from './messages';
import { controlElements } from './scan/controls/types';
import {
  createElementIds,
  mapInSlices,
  scanQuestions,
  scanQuestionsInSlices,
  type ScannedQuestion,
} from './scan/scan-questions';
import type { PageChangeTracker } from './watch-page-changes';

/** The part of the content script that reads and writes the page, given the page's document. */
export interface PageAgent {
  /**
   * Answers one (unvalidated) request from the extension; throws on a malformed one. Reveals and
   * revisions answer at once; scans take a promise (they let the page run between slices), and so
   * do fills and undos (a dropdown opens and draws its list).
   */
  handle(
    message: unknown,
  ):
    | Promise<ScanReply>
    | Promise<FillReply>
    | Promise<UndoReply>
    | { found: boolean }
    | PageRevision;
}

/** What the agent knows of its page beyond the document. */
export interface PageAgentOptions {
  /** The page's changes since the last scan (entrypoints/page-agent.ts watches them). */
  changes?: PageChangeTracker;
}

/** One question's latest fill: the text it was made for, and whether it still holds. */
interface FillRecord {
  text: string;
  outcome: FillOutcome;
}

/** How long a fill waits, after its last write, for what the page does in answer to it. */
const settleMs = 30;

/**
 * Creates the agent for one frame. It keeps what must survive between messages: ids that stay
 * the same across scans, the last scan's questions, the undo history of every fill, and each
 * question's latest fill (so that every view can tell whether the page still holds it).
 */
export function createPageAgent(doc: Document, options: PageAgentOptions = {}): PageAgent {
  const idFor = createElementIds();
  // Tells this agent's scans from those of an agent on an earlier page in the same frame.
  const agentId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  // A fill or an undo changes what a scan reports (which questions hold Kotae's fill) without
  // touching the DOM's structure: it counts as a change, so no scan from before it is reused and
  // a rescan of changed frames reads this one again.
  let fillsAndUndos = 0;
  const revision = (): PageRevision => ({
    agent: agentId,
    changes: (options.changes?.revision ?? 0) + fillsAndUndos,
  });
  let questions = new Map<string, ScannedQuestion>();
  const undoHistory: Array<{ id: string; outcome: FillOutcome; highlight: Highlight }> = [];
  const fills = new Map<string, FillRecord>();
  // Text and structure changes since the last scan: a fill scans again before it writes, so
  // that it writes only into questions that still read as the ones matched.
  const view = doc.defaultView;
  let changedSinceScan = false;
  const textChanges = view?.MutationObserver
    ? new view.MutationObserver(() => {
        changedSinceScan = true;
      })
    : undefined;
  textChanges?.observe(doc, { childList: true, characterData: true, subtree: true });
  let latestScan: { changes: number; running: boolean; reply: Promise<ScanReply> } | undefined;

  /** The review's scan: in slices, so that the page keeps running on a huge form. */
  function scan(): Promise<ScanReply> {
    const before = revision();
    // A scan under way that began after the page's last change reads all there is: share it.
    // (A finished one is not reused: values typed since then are not counted as changes.)
    if (latestScan?.running && options.changes && latestScan.changes === before.changes)
      return latestScan.reply;
    options.changes?.scanStarted();
    textChanges?.takeRecords();
    changedSinceScan = false;
    const current = {
      changes: before.changes,
      running: true,
      reply: scanQuestionsInSlices(doc, { idFor })
        .finally(() => {
          current.running = false;
        })
        .then(async (result): Promise<ScanReply> => {
          // An older scan finishing after a newer one began must not replace its questions.
          if (latestScan === current)
            questions = new Map(result.questions.map((question) => [question.id, question]));
          return {
            questions: await mapInSlices(result.questions, (question) =>
              describeQuestion(question, isFilled(question)),
            ),
            truncated: result.truncated,
            // Portal addresses can carry kilobytes of sign-in state: a longer one still names the page.
            url: (doc.location?.href ?? '').slice(0, maxPageUrlLength),
            revision: before,
          };
        }),
    };
    latestScan = current;
    return current.reply;
  }

  function isFilled(question: ScannedQuestion): boolean {
    const record = fills.get(question.id);
    return record !== undefined && record.text === question.text && record.outcome.stillHolds();
  }

  /**
   * The questions as the page shows them now: scanned again, at once, when the page changed since
   * (a fill must not wait between checking a question and writing into it).
   */
  function currentQuestions(): Map<string, ScannedQuestion> {
    // Records not delivered yet count too: the change may be a moment old.
    const pending = (textChanges?.takeRecords().length ?? 0) > 0;
    if (questions.size === 0 || changedSinceScan || pending) {
      changedSinceScan = false;
      const result = scanQuestions(doc, { idFor });
      questions = new Map(result.questions.map((question) => [question.id, question]));
    }
    return questions;
  }

  /** A question as it is now, when it still reads `text` and its fields are on the page. */
  function currentQuestion(id: string, text: string | undefined): ScannedQuestion | null {
    const question = currentQuestions().get(id);
    if (!question || !isStillShown(question)) return null;
    return text === undefined || question.text === text ? question : null;
  }

  // One question after another: a dropdown opens its list and waits for it, and two lists open
  // at once would confuse the page.
  async function fill(
    requests: readonly FillRequestMessage[],
    lexicon: OptionLabelLexicon,
  ): Promise<FillReply> {
    const outcomes: FillReply['outcomes'] = [];
    const guard = view ? guardNavigation(view) : undefined;
    try {
      for (const request of requests) {
        // The page tried to submit or leave: nothing more is written.
        if (guard?.attempted) {
          outcomes.push({ id: request.id, answer: 'stopped', remarks: 'stopped' });
          continue;
        }
        const question = currentQuestions().get(request.id);
        // A framework may have re-rendered the form since the scan: never write into detached
        // elements and call it filled. The review rescans and shows the new fields.
        if (!question || !isStillShown(question)) {
          outcomes.push({ id: request.id, answer: 'page-changed', remarks: 'page-changed' });
          continue;
        }
        // A list that re-sorted its texts: these fields now belong to another question.
        if (request.question !== undefined && question.text !== request.question) {
          outcomes.push({
            id: request.id,
            answer: 'question-changed',
            remarks: 'question-changed',
          });
          continue;
        }
        const outcome = await fillQuestion(question, request, lexicon, {
          current: () => currentQuestion(request.id, question.text),
        });
        record(request.id, question, outcome);
        outcomes.push({ id: request.id, answer: outcome.answer, remarks: outcome.remarks });
        // Let the page answer this question's change (a submit it starts) before the next one.
        await afterQueuedTasks(view);
      }
      // What the page does in answer to the last change (a re-render, a submit) comes a moment later.
      await new Promise((resolve) => setTimeout(resolve, settleMs));
    } finally {
      guard?.release();
      fillsAndUndos++;
    }
    // A value the page took back or a field it replaced after the fill is not filled.
    for (const outcome of outcomes) {
      const kept = fills.get(outcome.id);
      if (!kept || kept.outcome.stillHolds()) continue;
      fills.delete(outcome.id);
      for (const part of ['answer', 'remarks'] as const)
        if (outcome[part] === 'filled') outcome[part] = 'did-not-stick';
    }
    return guard?.attempted ? { outcomes, stopped: 'navigation' } : { outcomes };
  }

  function record(id: string, question: ScannedQuestion, outcome: FillOutcome): void {
    const parts = [outcome.answer, outcome.remarks];
    if (parts.includes('filled')) {
      undoHistory.push({ id, outcome, highlight: highlightFilled(touchedElements(question)) });
    }
    if (parts.every((part) => ['filled', 'unchanged', 'not-requested'].includes(part)))
      fills.set(id, { text: question.text, outcome });
    else fills.delete(id);
  }

  async function undo(): Promise<UndoReply> {
    let restored = 0;
    const notRestored: string[] = [];
    for (const { id, outcome, highlight } of undoHistory.splice(0).reverse()) {
      if (await outcome.undo()) restored++;
      else notRestored.push(id);
      highlight.remove();
    }
    fills.clear();
    fillsAndUndos++;
    return { restored, notRestored };
  }

  return {
    handle(message) {
      const request = agentRequestSchema.parse(message);
      switch (request.type) {
        case 'kotae/scan':
          return scan();
        case 'kotae/revision':
          return revision();
        case 'kotae/fill':
          return fill(request.requests, request.optionLabels ?? defaultOptionLabelLexicon);
        case 'kotae/undo':
          return undo();
        case 'kotae/reveal': {
          const question = questions.get(request.id);
          if (!question) return { found: false };
          const [first] = touchedElements(question);
          first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          highlightFilled(touchedElements(question), { flash: true });
          return { found: true };
        }
      }
    },
  };
}

function isStillShown(question: ScannedQuestion): boolean {
  const elements = [
    ...(question.answer ? controlElements(question.answer) : []),
    ...(question.remarks ? [question.remarks.element] : []),
  ];
  return elements.every((element) => element.isConnected);
}

function touchedElements(question: ScannedQuestion): Element[] {
  const elements: Element[] = [];
  if (question.answer) {
    const first = controlElements(question.answer)[0]!;
    // A group of choices is outlined as a whole: the element around the first choice's label.
    const isGroup = question.answer.kind === 'radio' || question.answer.kind === 'checkbox-group';
    elements.push(isGroup ? ((first.closest('label') ?? first).parentElement ?? first) : first);
  }
  if (question.remarks) elements.push(question.remarks.element);
  return elements;
}

/** A question as text and labels only: nothing of the page's markup leaves the page. */
function describeQuestion(question: ScannedQuestion, filled: boolean): QuestionField {
  const answer = question.answer;
  return {
    id: question.id,
    text: question.text,
    answerKind: answer ? answer.kind : 'none',
    // A list shown only once opened lists none: the fill picks by the answer's meaning. The
    // protocol carries at most 200 options: a country list is no yes/no question anyway.
    options: answer ? moduleOf(answer).listOptions(answer).slice(0, 200) : [],
    currentAnswer: answer ? readAnswer(answer) : null,
    remarksKind: question.remarks?.kind ?? null,
    currentRemarks: question.remarks
      ? currentText(question.remarks).slice(0, maxRemarksLength)
      : '',
    filled,
  };
}
