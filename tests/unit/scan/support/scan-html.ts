import { scanQuestions, type ScanOptions } from '../../../../utils/scan/scan-questions';

/** A scanned question reduced to what a scenario asserts: text, control kind, options, remarks. */
export interface QuestionSummary {
  text: string;
  kind: string;
  options: string[];
  /** The remarks field's id (fixtures give every remarks field one), or `null`. */
  remarks: string | null;
}

/** Puts `html` into the test document's body and scans it. */
export function scanHtml(html: string, options: ScanOptions = {}): QuestionSummary[] {
  document.body.innerHTML = html;
  return summarize(scanQuestions(document, options).questions);
}

/** Reduces scanned questions to {@link QuestionSummary}s. */
export function summarize(
  questions: ReturnType<typeof scanQuestions>['questions'],
): QuestionSummary[] {
  return questions.map((question) => {
    const answer = question.answer;
    return {
      text: question.text,
      kind: answer?.kind ?? 'none',
      options: !answer
        ? []
        : answer.kind === 'checkbox'
          ? [answer.label]
          : answer.kind === 'dropdown'
            ? []
            : answer.options.map((option) => option.label),
      remarks: question.remarks ? question.remarks.element.id || '(no id)' : null,
    };
  });
}

/** Question texts only, in page order. */
export function questionTexts(html: string): string[] {
  return scanHtml(html).map((question) => question.text);
}

/** A native select with a placeholder and the given answers (ids let tests find it). */
export function selectHtml(id: string, answers: readonly string[] = ['はい', 'いいえ']): string {
  const options = answers.map((answer) => `<option>${answer}</option>`).join('');
  return `<select id="${id}"><option value="">選択してください</option>${options}</select>`;
}
