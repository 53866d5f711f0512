import { currentAnswerLabel, currentText } from './fill/field-state';
import { fillQuestion, type FillOutcome } from './fill/fill-question';
import { highlightFilled, type Highlight } from './fill/highlight';
import { defaultOptionLabelLexicon, type OptionLabelLexicon } from './answer-options';
import {
  agentRequestSchema,
  maxPageUrlLength,
  type FillReply,
  type FillRequestMessage,
  type UndoReply,
  type QuestionField,
  type ScanReply,
} from './messages';
import { controlElements } from './scan/answer-controls';
import { createElementIds, scanQuestions, type ScannedQuestion } from './scan/scan-questions';

/** The part of the content script that reads and writes the page, given the page's document. */
export interface PageAgent {
  /**
   * Answers one (unvalidated) request from the extension; throws on a malformed one. Scans and
   * reveals answer at once; fills and undos take a promise (a dropdown opens and draws its list).
   */
  handle(
    message: unknown,
  ): ScanReply | Promise<FillReply> | Promise<UndoReply> | { found: boolean };
}

/**
 * Creates the agent for one frame. It keeps what must survive between messages: ids that stay
 * the same across scans, the last scan's questions, and the undo history of every fill.
 */
export function createPageAgent(doc: Document): PageAgent {
  const idFor = createElementIds();
  let questions = new Map<string, ScannedQuestion>();
  const undoHistory: Array<{ id: string; outcome: FillOutcome; highlight: Highlight }> = [];

  function scan(): ScanReply {
    const result = scanQuestions(doc, { idFor });
    questions = new Map(result.questions.map((question) => [question.id, question]));
    return {
      questions: result.questions.map(describeQuestion),
      truncated: result.truncated,
      // Portal addresses can carry kilobytes of sign-in state: a longer one still names the page.
      url: (doc.location?.href ?? '').slice(0, maxPageUrlLength),
    };
  }

  // One question after another: a dropdown opens its list and waits for it, and two lists open
  // at once would confuse the page.
  async function fill(
    requests: readonly FillRequestMessage[],
    lexicon: OptionLabelLexicon,
  ): Promise<FillReply> {
    if (questions.size === 0) scan();
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
