/**
 * The pages `npm run bench:scan` measures: a 500-question questionnaire mixing the layouts
 * customers send (check-sheet table rows, fieldset radios, Google-Forms-like ARIA radios), in
 * Japanese and English, and a 5,000-field check-sheet that must hit the scan cap.
 */
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';
import type { KnowledgeItem } from '../../knowledge/schema';

/** The three layouts the 500-question page cycles through, in blocks. */
type Layout = 'check-sheet' | 'fieldset' | 'google-forms';

const layouts: readonly Layout[] = ['check-sheet', 'fieldset', 'google-forms'];

/** Questions per layout block: big enough to look like a real section, small enough to mix. */
const blockSize = 25;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!,
  );
}

/**
 * A customer's wording of a checklist item, not the item's own: the plain 「…しているか。」 turned
 * polite, English openings varied. The matcher must not see its own text verbatim.
 */
export function paraphrase(item: KnowledgeItem, language: 'ja' | 'en', variant: number): string {
  if (language === 'ja') {
    const polite = item.question.ja
      .replace(/しているか。$/, 'していますか。')
      .replace(/ているか。$/, 'ていますか。')
      .replace(/できるか。$/, 'できますか。')
      .replace(/あるか。$/, 'ありますか。')
      .replace(/いるか。$/, 'いますか。')
      .replace(/か。$/, 'でしょうか。');
    return variant % 2 === 0 ? `貴社では、${polite}` : polite;
  }
  const openings: ReadonlyArray<readonly [RegExp, string]> = [
    [/^Do you /, 'Does your organization '],
    [/^Have you /, 'Has your company '],
    [/^Are /, 'Please confirm: are '],
  ];
  const [pattern, replacement] = openings[variant % openings.length]!;
  return item.question.en.replace(pattern, replacement);
}

function checkSheetRow(number: number, category: string, question: string, ja: boolean): string {
  const [choose, yes, no, na] = ja
    ? ['選択してください', 'はい', 'いいえ', '該当なし']
    : ['-- Select --', 'Yes', 'No', 'N/A'];
  return `<tr><td>${number}</td><td>${escapeHtml(category)}</td><td>${escapeHtml(question)}</td>
<td><select id="a${number}" name="a${number}"><option value="">${choose}</option><option value="y">${yes}</option><option value="n">${no}</option><option value="na">${na}</option></select></td>
<td><textarea id="r${number}" name="r${number}" rows="2"></textarea></td></tr>`;
}

function checkSheetTable(rows: string[], ja: boolean): string {
  const head = ja
    ? '<th>No.</th><th>分類</th><th>確認項目</th><th>回答</th><th>備考</th>'
    : '<th>No.</th><th>Category</th><th>Question</th><th>Answer</th><th>Comments</th>';
  return `<table class="sheet"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function fieldsetQuestion(number: number, question: string, ja: boolean): string {
  const labels = ja ? ['はい', 'いいえ', '該当しない'] : ['Yes', 'No', 'Not Applicable'];
  const radios = labels
    .map(
      (label, index) =>
        `<label><input type="radio" id="f${number}-${index}" name="f${number}" value="${index}"> ${label}</label>`,
    )
    .join(' ');
  const remarks = ja ? '補足' : 'Comments / Justification';
  return `<fieldset class="q"><legend>Q${number}. ${escapeHtml(question)}</legend>${radios}
<label for="fr${number}">${remarks}</label><textarea id="fr${number}" name="fr${number}"></textarea></fieldset>`;
}

function googleFormsItem(number: number, question: string, ja: boolean): string {
  const labels = ja ? ['はい', 'いいえ', '該当なし'] : ['Yes', 'No', 'N/A'];
  const radios = labels
    .map(
      (label) =>
        `<div role="radio" tabindex="0" aria-checked="false" data-value="${label}" aria-label="${label}"><span>${label}</span></div>`,
    )
    .join('');
  const item = `<div role="listitem" class="gf"><div role="heading" aria-level="3" id="h${number}">${escapeHtml(question)} <span aria-label="Required question">*</span></div>
<div role="radiogroup" aria-labelledby="h${number}">${radios}</div></div>`;
  // Every other question has its 「備考」 as the next form item, as Google Forms builders do.
  if (number % 2 === 1) return item;
  const title = ja ? '備考' : 'Comments';
  return `${item}<div role="listitem" class="gf"><div role="heading" aria-level="3">${title}</div><textarea id="g${number}" aria-label="${title}"></textarea></div>`;
}

/** Makes ARIA radios behave like Google Forms: a click checks one and unchecks its siblings. */
const ariaRadioScript = `<script>
document.addEventListener('click', (event) => {
  const radio = event.target.closest && event.target.closest('[role=radio]');
  if (!radio) return;
  for (const other of radio.closest('[role=radiogroup]').querySelectorAll('[role=radio]'))
    other.setAttribute('aria-checked', String(other === radio));
});
</script>`;

const contactFields = `<section class="contact">
<label for="company">会社名</label><input id="company" name="company">
<label for="person">ご担当者名</label><input id="person" name="person">
<label for="mail">メールアドレス</label><input id="mail" type="email" name="mail">
<label for="date">記入日</label><input id="date" name="date" placeholder="YYYY-MM-DD">
</section>`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1>${contactFields}<form>${body}</form>${ariaRadioScript}</body></html>`;
}

/**
 * The 500-question page: blocks of 25 questions, layouts in turn, languages alternating per
 * block; each question paraphrases a checklist item (items repeat after 111).
 */
export function createBenchPage(questionCount = 500): string {
  const items = createBundledKnowledgeBase();
  const blocks: string[] = [];
  for (let start = 0; start < questionCount; start += blockSize) {
    const blockIndex = start / blockSize;
    const layout = layouts[blockIndex % layouts.length]!;
    const ja = blockIndex % 2 === 0;
    const language = ja ? 'ja' : 'en';
    const parts: string[] = [];
    for (let number = start + 1; number <= Math.min(start + blockSize, questionCount); number++) {
      const item = items[(number - 1) % items.length]!;
      const question = paraphrase(item, language, number);
      if (layout === 'check-sheet')
        parts.push(checkSheetRow(number, item.category[language], question, ja));
      else if (layout === 'fieldset') parts.push(fieldsetQuestion(number, question, ja));
      else parts.push(googleFormsItem(number, question, ja));
    }
    blocks.push(
      layout === 'check-sheet'
        ? checkSheetTable(parts, ja)
        : `<div role="list" class="section">${parts.join('\n')}</div>`,
    );
  }
  return page(`セキュリティチェックシート (${questionCount})`, blocks.join('\n'));
}

/**
 * A check-sheet with `fieldCount` fields (a select and a textarea per row), far beyond the
 * scan's cap of 3,000 controls: the scan must stop at the cap and say so, not freeze the tab.
 * `withIds: false` leaves out ids and names, which shows what per-field label lookups cost.
 */
export function createHugePage(fieldCount = 5_000, withIds = true): string {
  const items = createBundledKnowledgeBase();
  const rows: string[] = [];
  for (let number = 1; number <= fieldCount / 2; number++) {
    const item = items[(number - 1) % items.length]!;
    const row = checkSheetRow(number, item.category.ja, paraphrase(item, 'ja', number), true);
    rows.push(withIds ? row : row.replace(/ (?:id|name)="[^"]*"/g, ''));
  }
  return page(`${fieldCount} fields`, checkSheetTable(rows, true));
}
