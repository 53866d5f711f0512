import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

const header = (cells: string[], indexed: boolean) =>
  cells
    .map(
      (text, index) =>
        `<div role="columnheader"${indexed ? ` aria-colindex="${index + 1}"` : ''}>${text}</div>`,
    )
    .join('');

const row = (id: string, question: string, indexed: boolean) => {
  const at = (column: number) => (indexed ? ` aria-colindex="${column}"` : '');
  const radios = [2, 3, 4]
    .map(
      (column, index) =>
        `<div role="gridcell"${at(column)}><input type="radio" name="${id}" value="${1000 + index}"></div>`,
    )
    .join('');
  return `<div role="row"><div role="gridcell"${at(1)}>${question}</div>${radios}
    <div role="gridcell"${at(5)}><textarea id="${id}-c" aria-label="Comments"></textarea></div></div>`;
};

describe('an ARIA grid with one bare radio per answer column', () => {
  it.each([
    ['aria-colindex', true],
    ['cell position', false],
  ])('labels each radio with its role=columnheader (by %s)', (_, indexed) => {
    const questions = scanHtml(`
      <div role="grid">
        <div role="rowgroup"><div role="row">${header(['Question', 'Yes', 'No', 'N/A', 'Comments'], indexed)}</div></div>
        <div role="rowgroup">${row('q1', 'Do you run virus scans regularly?', indexed)}</div>
      </div>`);
    expect(questions).toEqual([
      {
        text: 'Do you run virus scans regularly?',
        kind: 'radio',
        options: ['Yes', 'No', 'N/A'],
        remarks: 'q1-c',
      },
    ]);
  });
});
