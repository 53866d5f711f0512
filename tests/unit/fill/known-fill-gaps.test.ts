import { beforeEach, describe, expect, it } from 'vitest';
import { fillReplySchema, scanReplySchema } from '../../../utils/messages';
import { createPageAgent } from '../../../utils/page-agent';

/**
 * Filling that reports success the page does not show (2026-11-26; reported to the filler's owner).
 * The scenario states the right outcome and is marked `it.fails` until fixed.
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

const form = `<fieldset><legend>Do you encrypt backups?</legend>
  <label><input type="radio" name="q" id="yes" value="y">Yes</label>
  <label><input type="radio" name="q" value="n">No</label>
  <label for="c">Comments</label><textarea id="c"></textarea></fieldset>`;

describe('known gaps in filling', () => {
  it.fails('does not report "filled" when the page re-rendered its fields since the scan', () => {
    document.body.innerHTML = form;
    const agent = createPageAgent(document);
    const [question] = scanReplySchema.parse(agent.handle({ type: 'kotae/scan' })).questions;
    // A framework re-renders the same form: the scanned elements are detached, new ones shown.
    document.body.innerHTML = form;
    const reply = fillReplySchema.parse(
      agent.handle({
        type: 'kotae/fill',
        requests: [
          {
            id: question!.id,
            option: { index: 0, label: 'Yes' },
            remarks: 'AES-256',
            overwrite: false,
          },
        ],
      }),
    );
    const shown = (document.getElementById('yes') as HTMLInputElement).checked;
    // Today: answer and remarks "filled", written into the detached elements; the page shows neither.
    expect(reply.outcomes[0]?.answer === 'filled').toBe(shown);
  });
});
