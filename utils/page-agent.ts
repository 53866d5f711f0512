import { currentAnswerLabel, currentText } from './fill/field-state';
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
import { controlElements } from './scan/answer-controls';
import {
  createElementIds,
  mapInSlices,
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

/**
 * Creates the agent for one frame. It keeps what must survive between messages: ids that stay
 * the same across scans, the last scan's questions, and the undo history of every fill.
 */
export function createPageAgent(doc: Document, options: PageAgentOptions = {}): PageAgent {
  const idFor = createElementIds();
  // Tells this agent's scans from those of an agent on an earlier page in the same frame.
  const agentId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const revision = (): PageRevision => ({
    agent: agentId,
    changes: options.changes?.revision ?? 0,
  });
  let questions = new Map<string, ScannedQuestion>();
  const undoHistory: Array<{ id: string; outcome: FillOutcome; highlight: Highlight }> = [];
  let latestScan: { changes: number; running: boolean; reply: Promise<ScanReply> } | undefined;

  function scan(): Promise<ScanReply> {
    const before = revision();
    // A scan under way that began after the page's last change reads all there is: share it.
    // (A finished one is not reused: values typed since then are not counted as changes.)
    if (latestScan?.running && options.changes && latestScan.changes === before.changes)
      return latestScan.reply;
    options.changes?.scanStarted();
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
            questions: await mapInSlices(result.questions, describeQuestion),
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

  // One question after another: a dropdown opens its list and waits for it, and two lists open
  // at once would confuse the page.
  async function fill(
    requests: readonly FillRequestMessage[],
    lexicon: OptionLabelLexicon,
  ): Promise<FillReply> {
    if (questions.size === 0) await scan();
    const outcomes: FillReply['outcomes'] = [];
    for (const request of requests) {
      const question = questions.get(request.id);
      // A framework may have re-rendered the form since the scan: never write into detached
      // elements and call it filled. The review rescans and shows the new fields.
      if (!question || !isStillShown(question)) {
        outcomes.push({ id: request.id, answer: 'no-field', remarks: 'no-field' });
        continue;
      }
      const outcome = await fillQuestion(question, request, lexicon);
      if (outcome.answer === 'filled' || outcome.remarks === 'filled') {
        undoHistory.push({
          id: request.id,
          outcome,
          highlight: highlightFilled(touchedElements(question)),
        });
      }
      outcomes.push({ id: request.id, answer: outcome.answer, remarks: outcome.remarks });
    }
    return { outcomes };
  }

  async function undo(): Promise<UndoReply> {
    let restored = 0;
    const notRestored: string[] = [];
    for (const { id, outcome, highlight } of undoHistory.splice(0).reverse()) {
      if (await outcome.undo()) restored++;
      else notRestored.push(id);
      highlight.remove();
    }
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
function describeQuestion(question: ScannedQuestion): QuestionField {
  const answer = question.answer;
  return {
    id: question.id,
    text: question.text,
    answerKind: answer ? answer.kind : 'none',
    options: !answer
      ? []
      : answer.kind === 'checkbox'
        ? [answer.label]
        : answer.kind === 'dropdown'
          ? [] // Unknown until it is opened: the fill picks by the answer's meaning.
          : // The protocol carries at most 200 options: a country list is no yes/no question anyway.
            answer.options.slice(0, 200).map((option) => option.label),
    currentAnswer: answer ? currentAnswerLabel(answer) : null,
    remarksKind: question.remarks?.kind ?? null,
    currentRemarks: question.remarks ? currentText(question.remarks).slice(0, 20_000) : '',
  };
}
