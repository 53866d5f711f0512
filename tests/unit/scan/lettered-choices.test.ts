import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('one-question-per-screen forms (Typeform-like)', () => {
  const choice = (letter: string, text: string) =>
    `<div role="radio" aria-checked="false"><div class="key"><span class="sr-only">Key</span>${letter}</div><div>${text}</div></div>`;

  it('reads lettered ARIA choices without their keyboard badge', () => {
    const [question] = scanHtml(`
      <h1 id="t1">Do you have provisions on service levels?</h1>
      <div role="radiogroup" aria-labelledby="t1">
        ${choice('A', 'Yes')}${choice('B', 'No')}${choice('C', 'Not applicable')}
      </div>`);
    expect(question?.options).toEqual(['Yes', 'No', 'Not applicable']);
  });

  it('keeps a one-letter choice that has no text besides it', () => {
    const [question] = scanHtml(`
      <h1 id="t2">Which tier applies?</h1>
      <div role="radiogroup" aria-labelledby="t2">
        <div role="radio" aria-checked="false">A</div><div role="radio" aria-checked="false">B</div>
      </div>`);
    expect(question?.options).toEqual(['A', 'B']);
  });

  it('reads a numbered title without its hidden arrow, the counter apart from the text', () => {
    const [question] = scanHtml(`
      <h1 id="t3"><span style="display: block"><span>3</span><span aria-hidden="true">→</span></span><span>Is communication encrypted?</span></h1>
      <div role="radiogroup" aria-labelledby="t3">${choice('A', 'Yes')}${choice('B', 'No')}</div>`);
    expect(question?.text).toBe('Is communication encrypted?');
  });
});
