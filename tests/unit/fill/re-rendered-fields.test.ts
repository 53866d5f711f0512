import { beforeEach, describe, expect, it } from 'vitest';
import { fillReplySchema, scanReplySchema } from '../../../utils/messages';
import { createPageAgent } from '../../../utils/page-agent';

/**
 * A framework may re-render a form between the scan and the fill: the fill must not write into
 * the detached elements and report success the page does not show.
 */

beforeEach(() => {
  document.body.innerHTML = '';
});

const form = `<fieldset><legend>Do you encrypt backups?</legend>
  <label><input type="radio" name="q" id="yes" value="y">Yes</label>
  <label><input type="radio" name="q" value="n">No</label>
  <label for="c">Comments</label><textarea id="c"></textarea></fieldset>`;

describe('filling after a re-render', () => {
  it('does not report "filled" when the page re-rendered its fields since the scan', async () => {
    document.body.innerHTML = form;
    const agent = createPageAgent(document);
    const [question] = scanReplySchema.parse(await agent.handle({ type: 'kotae/scan' })).questions;
    // A framework re-renders the same form: the scanned elements are detached, new ones shown.
    document.body.innerHTML = form;
    const reply = fillReplySchema.parse(
      await agent.handle({
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
    expect(reply.outcomes[0]?.answer === 'filled').toBe(shown);
  });
});
