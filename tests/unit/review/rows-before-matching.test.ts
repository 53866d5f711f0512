import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { QuestionField } from '../../../utils/messages';
import { mergeScan, pendingRows } from '../../../utils/review/merge-scan';
import {
  loadRowDecisions,
  noKeptReview,
  saveRowDecisions,
} from '../../../utils/review/review-decisions-store';
import { assessRow, type ReviewRow } from '../../../utils/review/review-rows';
import { readFrameScans, type FrameScan } from '../../../utils/review/tab-connection';
import { itemsByIdOf, loadKnowledgeState } from '../../../utils/storage';

/**
 * The questions a review lists before its matcher is ready (issue 14, item 12: a 4,000-item
 * knowledge base kept the popup empty for 12–36 s), and the frames a scan says still wait for the
 * page agent (item 11).
 */
beforeEach(() => fakeBrowser.reset());

function question(id: string, text: string): QuestionField {
  return {
    id,
    text,
    answerKind: 'radio',
    options: ['はい', 'いいえ'],
    currentAnswer: null,
    remarksKind: 'textarea',
    currentRemarks: '',
  };
}

const url = 'https://portal.example/q';
const scans: FrameScan[] = [
  {
    frameId: 0,
    reply: {
      questions: [question('q1', '情報セキュリティ方針を策定し、周知していますか。')],
      truncated: false,
      url,
    },
  },
  {
    frameId: 3,
    reply: {
      questions: [question('q1', 'Do you back up production data regularly?')],
      truncated: false,
      url,
    },
  },
];

describe('rows listed before the matcher is ready', () => {
  it('list every question in page order, with no item and nothing to fill', () => {
    const rows = pendingRows(scans);
    expect(rows.map((row) => [row.key, row.status, row.itemId])).toEqual([
      ['0:q1', 'matching', null],
      ['3:q1', 'matching', null],
    ]);
    expect(rows.every((row) => row.match.matches.length === 0 && !row.match.confident)).toBe(true);
  });

  it('stay matching when assessed, and are never kept as decisions', async () => {
    const knowledge = await loadKnowledgeState();
    const [pending] = pendingRows(scans);
    expect(assessRow(pending!, itemsByIdOf(knowledge), knowledge.settings.optionLabels)).toBe(
      pending,
    );
    const matched = await mergeScan(scans.slice(0, 1), {
      knowledge,
      previous: [],
      kept: noKeptReview,
    });
    const rows: ReviewRow[] = [...matched, pendingRows(scans)[1]!];
    await saveRowDecisions(1, url, rows, 'key');
    const kept = await loadRowDecisions(1, url);
    expect([...kept.rows.keys()]).toEqual(['0:q1']);
  });
});

describe('a scan of frames that did not all get the agent', () => {
  it('lists the frames waiting for it as unread, and leaves out frames with no question', () => {
    const tabScan = readFrameScans([
      { frameId: 0, result: scans[0]!.reply },
      { frameId: 4, result: { agentMissing: true, mayHoldQuestions: true } },
      { frameId: 5, result: { agentMissing: true, mayHoldQuestions: false } },
    ]);
    expect(tabScan.frameIds).toEqual([0]);
    expect(tabScan.unread).toEqual([4]);
    expect(tabScan.scans.map((scan) => scan.frameId)).toEqual([0]);
  });
});
