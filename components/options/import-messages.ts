import { i18n } from '#i18n';
import type { ImportIssue } from '../../utils/knowledge-io/import-issue';
import type { ItemField } from '../../utils/knowledge-io/import-preview';
import type { JsonSyntaxProblem } from '../../utils/knowledge-io/json-positions';
import { columnLetters } from '../../utils/knowledge-io/table-columns';
import type { XlsxProblem } from '../../utils/knowledge-io/xlsx-format';

/**
 * Every sentence the user reads about an import, in one place so that translators and reviewers
 * find them together. The importers return codes (`ImportIssue`); this turns them into words.
 */

/** Problems with the file as a whole: a line and column would only distract. */
const fileLevelCodes = new Set<ImportIssue['code']>([
  'file-empty',
  'file-too-large',
  'unknown-format',
  'not-text',
  'xlsx-unreadable',
]);

/** The sentence for an import problem, with its place in the file ("Line 4, column 12: …"). */
export function importIssueMessage(issue: ImportIssue): string {
  const text = issueText(issue);
  if (fileLevelCodes.has(issue.code)) return text;
  return issue.sheet
    ? i18n.t('options.importError.sheetLocation', [issue.line, columnLetters(issue.column), text])
    : i18n.t('options.importError.location', [issue.line, issue.column, text]);
}

function issueText(issue: ImportIssue): string {
  const [first = '', second = ''] = issue.params;
  switch (issue.code) {
    case 'file-empty':
      return i18n.t('options.importError.fileEmpty');
    case 'file-too-large':
      return i18n.t('options.importError.fileTooLarge', [first]);
    case 'unknown-format':
      return i18n.t('options.importError.unknownFormat', [first]);
    case 'not-text':
      return i18n.t('options.importError.notText');
    case 'unclosed-quote':
      return i18n.t('options.importError.unclosedQuote');
    case 'quote-in-unquoted-cell':
      return i18n.t('options.importError.quoteInUnquotedCell');
    case 'text-after-closing-quote':
      return i18n.t('options.importError.textAfterClosingQuote');
    case 'missing-header':
      return i18n.t('options.importError.missingHeader');
    case 'missing-column':
      return i18n.t('options.importError.missingColumn', [first]);
    case 'duplicate-column':
      return i18n.t('options.importError.duplicateColumn', [first]);
    case 'missing-id':
      return i18n.t('options.importError.missingId');
    case 'invalid-id':
      return i18n.t('options.importError.invalidId', [first]);
    case 'duplicate-id':
      return i18n.t('options.importError.duplicateId', [first, second]);
    case 'empty-question':
      return i18n.t('options.importError.emptyQuestion');
    case 'empty-category':
      return i18n.t('options.importError.emptyCategory');
    case 'invalid-answer':
      return i18n.t('options.importError.invalidAnswer', [first]);
    case 'invalid-date':
      return i18n.t('options.importError.invalidDate', [first]);
    case 'text-too-long':
      return i18n.t('options.importError.textTooLong', [first]);
    case 'too-many-items':
      return i18n.t('options.importError.tooManyItems', [first]);
    case 'no-items':
      return i18n.t('options.importError.noItems');
    case 'json-syntax':
      return i18n.t('options.importError.jsonSyntax', [
        jsonProblemText(first as JsonSyntaxProblem),
      ]);
    case 'json-not-kotae':
      return i18n.t('options.importError.jsonNotKotae');
    case 'json-newer-version':
      return i18n.t('options.importError.jsonNewerVersion', [first]);
    case 'invalid-value':
      return i18n.t('options.importError.invalidValue', [first, valueProblemText(second)]);
    case 'checklist-syntax':
      return i18n.t('options.importError.checklistSyntax', [first]);
    case 'xlsx-unreadable':
      return xlsxProblemText(first as XlsxProblem);
  }
}

function jsonProblemText(problem: JsonSyntaxProblem): string {
  const texts: Record<JsonSyntaxProblem, () => string> = {
    'control-character': () => i18n.t('options.jsonProblem.controlCharacter'),
    'unclosed-string': () => i18n.t('options.jsonProblem.unclosedString'),
    'invalid-escape': () => i18n.t('options.jsonProblem.invalidEscape'),
    'too-deep': () => i18n.t('options.jsonProblem.tooDeep'),
    'unexpected-end': () => i18n.t('options.jsonProblem.unexpectedEnd'),
    'unexpected-character': () => i18n.t('options.jsonProblem.unexpectedCharacter'),
    'expected-property-name': () => i18n.t('options.jsonProblem.expectedPropertyName'),
    'expected-colon': () => i18n.t('options.jsonProblem.expectedColon'),
    'expected-comma-or-brace': () => i18n.t('options.jsonProblem.expectedCommaOrBrace'),
    'expected-comma-or-bracket': () => i18n.t('options.jsonProblem.expectedCommaOrBracket'),
    'text-after-end': () => i18n.t('options.jsonProblem.textAfterEnd'),
  };
  return (texts[problem] ?? texts['unexpected-character'])();
}

/** What a zod issue code means, in the user's words. */
/** What is wrong with a value, from zod's issue code (imports and policies share these words). */
export function valueProblemText(code: string): string {
  switch (code) {
    case 'invalid_type':
      return i18n.t('options.valueProblem.invalidType');
    case 'too_big':
      return i18n.t('options.valueProblem.tooBig');
    case 'too_small':
      return i18n.t('options.valueProblem.tooSmall');
    case 'invalid_value':
      return i18n.t('options.valueProblem.invalidValue');
    case 'invalid_format':
      return i18n.t('options.valueProblem.invalidFormat');
    default:
      return i18n.t('options.valueProblem.other');
  }
}

function xlsxProblemText(problem: XlsxProblem): string {
  if (problem === 'legacy-xls') return i18n.t('options.xlsxProblem.legacyXls');
  if (problem === 'not-xlsx') return i18n.t('options.xlsxProblem.notXlsx');
  return i18n.t('options.xlsxProblem.damaged');
}

/** The name of a changed part of an item, as the preview lists it. */
export function itemFieldName(field: ItemField): string {
  return i18n.t(`options.fieldName.${field}`);
}
