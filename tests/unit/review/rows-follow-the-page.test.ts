import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { QuestionField } from '../../../utils/messages';
import { mergeScan } from '../../../utils/review/merge-scan';
import { noKeptReview } from '../../../utils/review/review-decisions-store';
import type { FrameScan } from '../../../utils/review/tab-connection';
import { loadKnowledgeState, type KnowledgeState } from '../../../utils/storage';
import { watchPageChanges } from '../../../utils/watch-page-changes';

/**
 * A row stands for the question its text names and shows what the page holds: a question whose
 * text changed is matched again, and "filled" is what the page agent says still holds Kotae's fill.
 */

function question(id: string, text: string, extra: Partial<QuestionField> = {}): QuestionField {
  return {
    id,
    text,
    answerKind: 'radio',
    options: ['Yes', 'No', 'N/A'],
    currentAnswer: null,
    remarksKind: 'textarea',
    currentRemarks: '',
    ...extra,
  };
}

function frameScan(questions: QuestionField[]): FrameScan {
  return { frameId: 0, reply: { questions, truncated: false, url: 'https://portal.example/q' } };
}

const lockout =
  'Are user accounts automatically locked after a defined number of consecutive failed login attempts?';
const offsiteBackup = 'Is backup data stored at a site physically separate from the system?';

describe('rows after a rescan', () => {
  let knowledge: KnowledgeState;
  beforeEach(async () => {
    fakeBrowser.reset();
    // Rows here are about what the page holds, not about matching: a threshold every right item
    // passes keeps them from depending on the fitted model.
    const loaded = await loadKnowledgeState();
    knowledge = { ...loaded, settings: { ...loaded.settings, confidenceThreshold: 0.5 } };
  });

  const merge = (
    questions: QuestionField[],
    previous: Parameters<typeof mergeScan>[1]['previous'],
  ) => mergeScan([frameScan(questions)], { knowledge, previous, kept: noKeptReview });

  it('matches a question again when its text changed (a re-ordered list), dropping the old decisions', async () => {
    const [first] = await merge([question('q1', lockout)], []);
    expect(first!.itemId).toBe('48');
    const accepted = { ...first!, accepted: true };
    const [after] = await merge([question('q1', offsiteBackup)], [accepted]);
    expect(after!.field.text).toBe(offsiteBackup);
    expect(after!.itemId).toBe('70');
    expect(after!.accepted).toBe(false);
  });

  it('shows "filled" exactly when the page agent says the question holds its fill', async () => {
    const [row] = await merge([question('q1', lockout)], []);
    // Another view filled it: this one learns it from the page.
    const [filledElsewhere] = await merge(
      [question('q1', lockout, { currentAnswer: 'Yes', filled: true })],
      [row!],
    );
    expect(filledElsewhere!.status).toBe('filled');
    // The user changed the answer afterwards (or another view undid it): no longer Kotae's fill.
    const [changed] = await merge(
      [question('q1', lockout, { currentAnswer: 'No', filled: false })],
      [filledElsewhere!],
    );
    expect(changed!.status).toBe('needs-review');
    expect(changed!.reason).toBe('has-value');
    const [undone] = await merge([question('q1', lockout, { filled: false })], [filledElsewhere!]);
    expect(undone!.status).toBe('suggested');
  });
});

describe('watching the page for changes', () => {
  it('reports a question text that changed while the controls stayed', async () => {
    document.body.innerHTML = `<fieldset><legend id="p">${lockout}</legend>
      <label><input type="radio" name="a">Yes</label></fieldset>`;
    let changes = 0;
    const stop = watchPageChanges(document, () => changes++, 10);
    document.getElementById('p')!.textContent = offsiteBackup;
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(changes).toBe(1);
  });
});
