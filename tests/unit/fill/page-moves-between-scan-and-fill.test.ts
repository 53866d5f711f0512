import { beforeEach, describe, expect, it } from 'vitest';
import {
  fillReplySchema,
  scanReplySchema,
  undoReplySchema,
  type FillRequestMessage,
  type QuestionField,
} from '../../../utils/messages';
import { createPageAgent, type PageAgent } from '../../../utils/page-agent';

/**
 * Between the scan and the fill the page and the user move: a list re-orders its question texts,
 * a card draws its comment box anew, the user types their own comment or picks their own answer.
 * A fill is one decision per question, re-checked when it is written; undo takes back only what
 * still holds Kotae's value.
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

const texts = [
  'Do you encrypt data at rest?',
  'Do you restrict access to the service by source IP address?',
];

function card(n: number, text: string): string {
  return `<fieldset id="card-${n}"><legend id="prompt-${n}">${text}</legend>
    <label><input type="radio" name="a${n}" id="a${n}-yes" value="yes">Yes</label>
    <label><input type="radio" name="a${n}" id="a${n}-no" value="no">No</label>
    <label for="c${n}">Comments</label><textarea id="c${n}"></textarea></fieldset>`;
}

function showCards(): void {
  document.body.innerHTML = texts.map((text, n) => card(n, text)).join('');
}

async function scan(agent: PageAgent): Promise<QuestionField[]> {
  return scanReplySchema.parse(await agent.handle({ type: 'kotae/scan' })).questions;
}

/** The request the review sends for a question as scanned: Yes, with a remark. */
function yesWithRemark(
  question: QuestionField,
  remarks: string,
  overwrite = false,
): FillRequestMessage {
  return {
    id: question.id,
    question: question.text,
    expected: { answer: question.currentAnswer, remarks: question.currentRemarks },
    option: { index: 0, label: 'Yes' },
    remarks,
    overwrite,
  };
}

async function fill(agent: PageAgent, requests: FillRequestMessage[]) {
  return fillReplySchema.parse(await agent.handle({ type: 'kotae/fill', requests })).outcomes;
}

const radio = (id: string) => document.getElementById(id) as HTMLInputElement;
const comment = (n: number) => (document.getElementById(`c${n}`) as HTMLTextAreaElement).value;

/** Types into a field the way a person does: the value, then input and change. */
function type(id: string, text: string): void {
  const field = document.getElementById(id) as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('a fill re-checked at the moment of writing', () => {
  it('writes nothing into a question whose text changed since the scan (a re-ordered list)', async () => {
    showCards();
    const agent = createPageAgent(document);
    const [first] = await scan(agent);
    // The list re-sorts: only the texts move, the controls stay.
    document.getElementById('prompt-0')!.textContent = texts[1]!;
    document.getElementById('prompt-1')!.textContent = texts[0]!;
    const [outcome] = await fill(agent, [yesWithRemark(first!, 'AES-256')]);
    expect(outcome!.answer).not.toBe('filled');
    expect(radio('a0-yes').checked).toBe(false);
    expect(comment(0)).toBe('');
  });

  it('writes the remark into the comment box the page drew anew after the answer, or says it did not', async () => {
    showCards();
    // Choosing the answer re-renders the card's comment box (a framework keyed on the answer).
    document.getElementById('card-0')!.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type !== 'radio') return;
      const fresh = document.createElement('textarea');
      fresh.id = 'c0';
      document.getElementById('c0')!.replaceWith(fresh);
    });
    const agent = createPageAgent(document);
    const [first] = await scan(agent);
    const [outcome] = await fill(agent, [yesWithRemark(first!, 'AES-256')]);
    expect(radio('a0-yes').checked).toBe(true);
    expect(outcome!.remarks === 'filled').toBe(comment(0) === 'AES-256');
    expect(outcome!.remarks === 'filled' || outcome!.remarks === 'page-changed').toBe(true);
  });

  it('does not report a remark filled when the page replaces its box just after the fill', async () => {
    showCards();
    document.getElementById('c0')!.addEventListener('change', () => {
      setTimeout(() =>
        document.getElementById('c0')!.replaceWith(document.createElement('textarea')),
      );
    });
    const agent = createPageAgent(document);
    const [first] = await scan(agent);
    const [outcome] = await fill(agent, [yesWithRemark(first!, 'AES-256')]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const shown = document.querySelector('#card-0 textarea') as HTMLTextAreaElement;
    expect(outcome!.remarks === 'filled').toBe(shown.value === 'AES-256');
  });

  it('keeps what the user typed and picked after accepting an empty row', async () => {
    showCards();
    const agent = createPageAgent(document);
    const [first] = await scan(agent);
    // Accepted while empty (consent to fill an empty field) …
    const request = yesWithRemark(first!, 'AES-256', true);
    // … then the user answers on the page themselves.
    type('c0', 'Our own words.');
    radio('a0-no').click();
    const [outcome] = await fill(agent, [request]);
    expect(comment(0)).toBe('Our own words.');
    expect(radio('a0-no').checked).toBe(true);
    expect(outcome!.answer).not.toBe('filled');
    expect(outcome!.remarks).not.toBe('filled');
  });

  it("never writes the checklist's remark under an answer the user chose differently", async () => {
    showCards();
    const agent = createPageAgent(document);
    radio('a0-no').click();
    const [first] = await scan(agent);
    const [outcome] = await fill(agent, [yesWithRemark(first!, 'Encrypted with AES-256.')]);
    expect(radio('a0-no').checked).toBe(true);
    expect(comment(0)).toBe('');
    expect(outcome!.remarks).not.toBe('filled');
  });
});

describe('undo after the user edited the filled fields', () => {
  it('restores only what still holds the value Kotae wrote', async () => {
    showCards();
    const agent = createPageAgent(document);
    const [first, second] = await scan(agent);
    const outcomes = await fill(agent, [
      yesWithRemark(first!, 'AES-256'),
      yesWithRemark(second!, 'Allow-listed.'),
    ]);
    expect(outcomes.map((outcome) => [outcome.answer, outcome.remarks])).toEqual([
      ['filled', 'filled'],
      ['filled', 'filled'],
    ]);
    // The user rewrites the first comment and changes the second answer.
    type('c0', 'AES-256, keys in a KMS.');
    radio('a1-no').click();
    undoReplySchema.parse(await agent.handle({ type: 'kotae/undo' }));
    expect(comment(0)).toBe('AES-256, keys in a KMS.');
    // A radio group that had no choice cannot be cleared: the fill stays, reported as not undone.
    expect(radio('a0-yes').checked).toBe(true);
    expect(radio('a1-no').checked).toBe(true);
    expect(comment(1)).toBe('');
  });
});

describe('a page that submits itself when an answer changes', () => {
  it('holds the submit back, writes nothing more, and says so', async () => {
    document.body.innerHTML = `<form id="f">${texts.map((text, n) => card(n, text)).join('')}</form>`;
    const form = document.getElementById('f') as HTMLFormElement;
    let posted = 0;
    form.addEventListener('submit', () => posted++);
    form.addEventListener('change', () => form.requestSubmit());
    const agent = createPageAgent(document);
    const [first, second] = await scan(agent);
    const reply = fillReplySchema.parse(
      await agent.handle({
        type: 'kotae/fill',
        requests: [yesWithRemark(first!, 'AES-256'), yesWithRemark(second!, 'Allow-listed.')],
      }),
    );
    expect(posted).toBe(0);
    expect(reply.stopped).toBe('navigation');
    expect(reply.outcomes[1]).toMatchObject({ answer: 'stopped', remarks: 'stopped' });
    expect(radio('a1-yes').checked).toBe(false);
  });
});
