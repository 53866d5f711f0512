import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { QuestionField } from '../../../utils/messages';
import { rowAfterFill } from '../../../utils/review/fill-outcomes';
import { mergeScan } from '../../../utils/review/merge-scan';
import { noKeptReview } from '../../../utils/review/review-decisions-store';
import { loadKnowledgeState, type KnowledgeState } from '../../../utils/storage';

/**
 * A fill that could not choose (a dropdown whose list holds no option saying the answer) says
 * why, and a rescan, which cannot open the list, keeps saying it instead of offering the row as
 * "suggested" again, until the user picks another item or the field changes.
 */

const lockout =
  'Are user accounts automatically locked after a defined number of consecutive failed login attempts?';

function dropdown(extra: Partial<QuestionField> = {}): QuestionField {
  return {
    id: 'q1',
    text: lockout,
    answerKind: 'dropdown',
    options: [],
    currentAnswer: null,
    remarksKind: null,
    currentRemarks: '',
    ...extra,
  };
}

describe('a row whose fill could not choose', () => {
  let knowledge: KnowledgeState;
  beforeEach(async () => {
    fakeBrowser.reset();
    // About what a fill learned, not about matching: a threshold every right item passes.
    const loaded = await loadKnowledgeState();
    knowledge = { ...loaded, settings: { ...loaded.settings, confidenceThreshold: 0.5 } };
  });
  const merge = (field: QuestionField, previous: Parameters<typeof mergeScan>[1]['previous']) =>
    mergeScan(
      [{ frameId: 0, reply: { questions: [field], truncated: false, url: 'https://p/' } }],
      {
        knowledge,
        previous,
        kept: noKeptReview,
      },
    );

  it('keeps its reason across rescans while the item and the field are the same', async () => {
    const [row] = await merge(dropdown(), []);
    expect(row!.status).toBe('suggested');
    const failed = rowAfterFill(row!, {
      id: 'q1',
      answer: 'no-option-fits',
      remarks: 'not-requested',
    });
    expect([failed.status, failed.reason]).toEqual(['needs-review', 'no-option-fits']);
    const [rescanned] = await merge(dropdown(), [failed]);
    expect([rescanned!.status, rescanned!.reason]).toEqual(['needs-review', 'no-option-fits']);
    const [again] = await merge(dropdown(), [rescanned!]);
    expect(again!.reason).toBe('no-option-fits');
  });

  it('lets go of it when the user picks another item, or the field changes', async () => {
    const [row] = await merge(dropdown(), []);
    const failed = rowAfterFill(row!, {
      id: 'q1',
      answer: 'list-did-not-open',
      remarks: 'not-requested',
    });
    const other = row!.match.matches[1]!.id;
    const [picked] = await merge(dropdown(), [{ ...failed, itemId: other, accepted: true }]);
    expect(picked!.reason).not.toBe('list-did-not-open');
    const [changed] = await merge(dropdown({ currentAnswer: 'Yes' }), [failed]);
    expect([changed!.status, changed!.reason]).toEqual(['needs-review', 'has-value']);
  });

  it('does not keep reasons a rescan sees for itself', async () => {
    const [row] = await merge(dropdown(), []);
    const stopped = rowAfterFill(row!, { id: 'q1', answer: 'stopped', remarks: 'stopped' });
    const [rescanned] = await merge(dropdown(), [stopped]);
    expect(rescanned!.status).toBe('suggested');
  });
});
