import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { fixturePagesDir } from './fixture-server';

/** One question of a fixture page, as its `.expected.json` describes it. */
export interface ExpectedQuestion {
  question: string;
  itemId: string | null;
  acceptableItemIds?: string[];
  answer?: 'yes' | 'no' | 'na';
  answerSelector: string;
  expectedOption: string | null;
  remarksSelector: string | null;
  frame?: string;
  shadowHost?: string;
}

/** A fixture page's expectations. */
export interface FixtureExpectations {
  title: string;
  questions: ExpectedQuestion[];
  untouched: string[];
}

/** Reads `tests/fixtures/pages/<name>.expected.json`. */
export function loadExpectations(name: string): FixtureExpectations {
  return JSON.parse(
    readFileSync(join(fixturePagesDir, `${name}.expected.json`), 'utf8'),
  ) as FixtureExpectations;
}

/** The frame a question lives in (its iframe when it names one). */
export function frameFor(page: Page, question: Pick<ExpectedQuestion, 'frame'>): Frame {
  if (!question.frame) return page.mainFrame();
  const frame = page.frames().find((candidate) => candidate.url().endsWith(question.frame!));
  if (!frame) throw new Error(`No frame ${question.frame}`);
  return frame;
}

/** Where an answer or remarks field is: its selector, and the shadow host it lives under. */
export interface FieldLocation {
  selector: string;
  host: string | null;
}

/**
 * What an answer control shows as chosen, read the way a person would: the selected option's
 * text, the checked radio's label, the ARIA radio marked checked (or toggle button marked
 * pressed), the text on a custom dropdown's face, "checked"/"unchecked" for a single checkbox or
 * switch; `null` when nothing is chosen. Runs inside the page (Playwright's or puppeteer's
 * `evaluate`), so it is self-contained.
 */
export function chosenOptionInPage({ selector, host }: FieldLocation): string | null {
  const scope: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
  const element = scope.querySelector(selector);
  if (!element) throw new Error(`No element ${selector}`);
  const labelOf = (input: HTMLInputElement) => {
    const byFor = input.id ? scope.querySelector(`label[for="${input.id}"]`) : null;
    return (
      (byFor ?? input.closest('label'))?.textContent?.trim() ||
      input.getAttribute('aria-label') ||
      input.value
    );
  };
  if (element instanceof HTMLSelectElement) {
    const option = element.selectedOptions[0];
    return option && option.value !== '' ? option.text.trim() : null;
  }
  if (element instanceof HTMLInputElement && element.type === 'checkbox')
    return element.checked ? 'checked' : 'unchecked';
  // A custom dropdown's face shows the chosen option, or its prompt when none is.
  if (
    element.getAttribute('role') === 'combobox' ||
    element.getAttribute('aria-haspopup') === 'listbox'
  ) {
    const shown = (element.textContent ?? '').trim();
    return shown === '' || /^(?:select|choose)|選択/iu.test(shown) ? null : shown;
  }
  if (['checkbox', 'switch'].includes(element.getAttribute('role') ?? ''))
    return element.getAttribute('aria-checked') === 'true' ? 'checked' : 'unchecked';
  const radios = [
    ...element.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]'),
  ];
  if (radios.length > 0) {
    const checked = radios.find((radio) => radio.checked);
    return checked ? labelOf(checked) : null;
  }
  const aria = [...element.querySelectorAll('[role=radio], [role=option], button[aria-pressed]')];
  if (element.getAttribute('role') === 'listbox' || aria.length > 0) {
    const chosen = aria.find(
      (option) =>
        option.getAttribute('aria-checked') === 'true' ||
        option.getAttribute('aria-selected') === 'true' ||
        option.getAttribute('aria-pressed') === 'true',
    );
    if (!chosen) return null;
    return (
      (
        chosen.getAttribute('aria-label') ??
        chosen.getAttribute('data-value') ??
        chosen.textContent ??
        ''
      ).trim() || null
    );
  }
  throw new Error(`Cannot read the answer of ${selector}`);
}

/** The text a remarks field (textarea, input, contenteditable) holds. Runs inside the page. */
export function fieldTextInPage({ selector, host }: FieldLocation): string {
  const scope: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
  const element = scope.querySelector(selector);
  if (!element) throw new Error(`No element ${selector}`);
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)
    return element.value;
  return (element as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim();
}

/** What an answer control shows as chosen (see {@link chosenOptionInPage}). */
export async function readChosenOption(
  page: Page,
  question: ExpectedQuestion,
): Promise<string | null> {
  return frameFor(page, question).evaluate(chosenOptionInPage, {
    selector: question.answerSelector,
    host: question.shadowHost ?? null,
  });
}

/** The text a remarks field (textarea, input, contenteditable) holds. */
export async function readFieldText(
  page: Page,
  question: Pick<ExpectedQuestion, 'frame' | 'shadowHost'>,
  selector: string,
): Promise<string> {
  return frameFor(page, question).evaluate(fieldTextInPage, {
    selector,
    host: question.shadowHost ?? null,
  });
}
