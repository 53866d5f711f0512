import { describe, expect, it } from 'vitest';
import { scanHtml } from './support/scan-html';

describe('a group labelled by its own id (Formstack)', () => {
  it('reads the legend, not the whole group with its options', () => {
    const [question] = scanHtml(`
      <fieldset id="label123" role="group" aria-labelledby="label123">
        <legend><span>Have you established incident response measures?<span>*</span></span></legend>
        <div>
          <label for="f1"><input type="radio" id="f1" name="f" value="Yes">Yes</label>
          <label for="f2"><input type="radio" id="f2" name="f" value="No">No</label>
        </div>
      </fieldset>`);
    expect(question?.text).toBe('Have you established incident response measures?');
    expect(question?.options).toEqual(['Yes', 'No']);
  });
});
