import { currentAnswerLabel, currentText } from './fill/field-state';
import { fillQuestion, type FillOutcome } from './fill/fill-question';
import { highlightFilled, type Highlight } from './fill/highlight';
import {
  agentRequestSchema,
  maxPageUrlLength,
  type FillReply,
  type QuestionField,
  type ScanReply,
} from './messages';
import { controlElements } from './scan/answer-controls';
import { createElementIds, scanQuestions, type ScannedQuestion } from './scan/scan-questions';

/** The part of the content script that reads and writes the page, given the page's document. */
export interface PageAgent {
  /** Answers one (unvalidated) request from the extension; throws on a malformed one. */
  handle(message: unknown): ScanReply | FillReply | { restored: number } | { found: boolean };
}

/**
 * Creates the agent for one frame. It keeps what must survive between messages: ids that stay
 * the same across scans, the last scan's questions, and the undo history of every fill.
 */
export function createPageAgent(doc: Document): PageAgent {
  const idFor = createElementIds();
  let questions = new Map<string, ScannedQuestion>();
  const undoHistory: Array<{ outcome: FillOutcome; highlight: Highlight }> = [];

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

  return {
    handle(message) {
      const request = agentRequestSchema.parse(message);
      switch (request.type) {
        case 'kotae/scan':
          return scan();
        case 'kotae/fill': {
          if (questions.size === 0) scan();
          const outcomes = request.requests.map((fill) => {
            const question = questions.get(fill.id);
            // A framework may have re-rendered the form since the scan: never write into detached
            // elements and call it filled. The review rescans and shows the new fields.
            if (!question || !isStillShown(question)) {
              return { id: fill.id, answer: 'no-field' as const, remarks: 'no-field' as const };
            }
            const outcome = fillQuestion(question, fill);
            if (outcome.answer === 'filled' || outcome.remarks === 'filled') {
              undoHistory.push({ outcome, highlight: highlightFilled(touchedElements(question)) });
            }
            return { id: fill.id, answer: outcome.answer, remarks: outcome.remarks };
          });
          return { outcomes };
        }
        case 'kotae/undo': {
          const restored = undoHistory.length;
          for (const { outcome, highlight } of undoHistory.splice(0).reverse()) {
            outcome.undo();
            highlight.remove();
          }
          return { restored };
        }
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
        : // The protocol carries at most 200 options: a country list is no yes/no question anyway.
          answer.options.slice(0, 200).map((option) => option.label),
    currentAnswer: answer ? currentAnswerLabel(answer) : null,
    remarksKind: question.remarks?.kind ?? null,
    currentRemarks: question.remarks ? currentText(question.remarks).slice(0, 20_000) : '',
  };
}
