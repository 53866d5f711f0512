import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { QuestionField, ScanReply } from '../../../utils/messages';
import { reviewKeyOf } from '../../../utils/review/cached-matcher';
import { mergeScan } from '../../../utils/review/merge-scan';
import {
  forgetTabDecisions,
  keptReviewFor,
  noKeptReview,
  readStoredTabReview,
  saveRowDecisions,
} from '../../../utils/review/review-decisions-store';
import {
  PageNotAnsweringError,
  scanTab,
  type FrameScan,
} from '../../../utils/review/tab-connection';
import { loadKnowledgeState, type KnowledgeState } from '../../../utils/storage';

function question(id: string, text: string): QuestionField {
  return {
    id,
    text,
    answerKind: 'radio',
    options: ['はい', 'いいえ', '該当なし'],
    currentAnswer: null,
    remarksKind: 'textarea',
    currentRemarks: '',
  };
}

function frameScan(questions: QuestionField[], url = 'https://portal.example/q'): FrameScan {
  const reply: ScanReply = { questions, truncated: false, url };
  return { frameId: 0, reply };
}

const policyQuestion = question('q1', '情報セキュリティ方針を策定し、周知していますか。');
const backupQuestion = question('q2', 'Do you back up production data regularly?');

/** The rows of a first scan, matched with the stored (here: bundled) knowledge base. */
async function firstRowsOf(scan: FrameScan, kept = noKeptReview) {
  return mergeScan([scan], { knowledge: await loadKnowledgeState(), previous: [], kept });
}

describe('the first rows of a review', () => {
  let knowledge: KnowledgeState;
  beforeEach(async () => {
    fakeBrowser.reset();
    knowledge = await loadKnowledgeState();
  });

  it('matches every question of a page with nothing kept', async () => {
    const rows = await firstRowsOf(frameScan([policyQuestion, backupQuestion]));
    expect(rows.map((row) => row.key)).toEqual(['0:q1', '0:q2']);
    expect(rows[0]!.itemId).toBe('1');
    expect(rows.every((row) => row.match.matches.length > 0)).toBe(true);
  });

  it('reuses a kept match and decision for the same page, question and knowledge base', async () => {
    const scan = frameScan([policyQuestion, backupQuestion]);
    const rows = await firstRowsOf(scan);
    // A match no matcher would make, to tell a kept one from a fresh one.
    const odd = { ...rows[0]!, match: { ...rows[0]!.match, matches: [{ id: '42', score: 0.97 }] } };
    await saveRowDecisions(
      7,
      scan.reply.url,
      [{ ...odd, rejected: true, status: 'skipped' }, rows[1]!],
      reviewKeyOf(knowledge),
    );
    const kept = keptReviewFor(await readStoredTabReview(7), scan.reply.url);
    const reopened = await firstRowsOf(scan, kept);
    expect(reopened[0]!.match.matches[0]!.id).toBe('42');
    expect(reopened[0]!.status).toBe('skipped');
    expect(reopened[0]!.rejected).toBe(true);
    expect(reopened[1]!.itemId).toBe(rows[1]!.itemId);
  });

  it('matches again when the question reads differently or the knowledge base changed', async () => {
    const scan = frameScan([policyQuestion]);
    const [row] = await firstRowsOf(scan);
    const odd = { ...row!, match: { ...row!.match, matches: [{ id: '42', score: 0.97 }] } };
    await saveRowDecisions(7, scan.reply.url, [odd], 'another-knowledge-base');
    const kept = keptReviewFor(await readStoredTabReview(7), scan.reply.url);
    expect((await firstRowsOf(scan, kept))[0]!.match.matches[0]!.id).toBe('1');

    await saveRowDecisions(7, scan.reply.url, [odd], reviewKeyOf(knowledge));
    const reworded = frameScan([{ ...policyQuestion, text: 'バックアップを取得していますか。' }]);
    const keptForReworded = keptReviewFor(await readStoredTabReview(7), scan.reply.url);
    expect((await firstRowsOf(reworded, keptForReworded))[0]!.match.matches[0]!.id).not.toBe('42');
  });

  it('reuses a kept match after the review learned its own wordings, and not after a threshold change', async () => {
    const scan = frameScan([policyQuestion]);
    const [row] = await firstRowsOf(scan);
    await saveRowDecisions(
      7,
      scan.reply.url,
      [{ ...row!, status: 'filled' }],
      reviewKeyOf(knowledge),
    );
    const kept = keptReviewFor(await readStoredTabReview(7), scan.reply.url);
    // Filling learns the page's wording: with it, matching again would score the row 1.
    const learned = { ...knowledge, aliases: { '1': [policyQuestion.text] } };
    const rematched = await mergeScan([scan], {
      knowledge: learned,
      previous: [],
      kept: noKeptReview,
    });
    expect(rematched[0]!.confidence).toBe(1);
    const reopened = await mergeScan([scan], { knowledge: learned, previous: [], kept });
    expect(reopened[0]!.confidence).toBe(row!.confidence);
    expect(reopened[0]!.status).toBe('filled');

    // Another threshold is another review key: the kept match is not reused but matched again,
    // and with the learned wording it scores 1 where the kept one did not. (Asking whether the row
    // is confident at 0.99 would depend on the fitted model: this question may score 0.99.)
    expect(row!.confidence).toBeLessThan(1);
    const stricter = {
      ...learned,
      settings: { ...learned.settings, confidenceThreshold: 0.99 },
    };
    const matchedAgain = await mergeScan([scan], { knowledge: stricter, previous: [], kept });
    expect(matchedAgain[0]!.confidence).toBe(1);
  });

  it('keeps the decisions of rows already listed, and a filled row that left the page', async () => {
    const first = await firstRowsOf(frameScan([policyQuestion, backupQuestion]));
    const previous = [
      { ...first[0]!, accepted: true },
      { ...first[1]!, status: 'filled' as const },
    ];
    const next = await mergeScan([frameScan([policyQuestion])], {
      knowledge,
      previous,
      kept: noKeptReview,
    });
    expect(next.map((row) => [row.key, row.status, row.accepted])).toEqual([
      ['0:q1', first[0]!.status, true],
      ['0:q2', 'filled', false],
    ]);
  });

  it('keeps an unchanged row the same object, and renews a row whose field changed', async () => {
    const first = await firstRowsOf(frameScan([policyQuestion, backupQuestion]));
    const sources = {
      knowledge,
      previous: first,
      kept: noKeptReview,
    };
    const typedInto = { ...backupQuestion, currentRemarks: 'Nightly, kept 30 days.' };
    const next = await mergeScan([frameScan([policyQuestion, typedInto])], sources);
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1]!.field.currentRemarks).toBe('Nightly, kept 30 days.');
  });
});

describe('the kept review of a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies only to the page it was made on, and to its own tab', async () => {
    const scan = frameScan([policyQuestion]);
    const rows = await firstRowsOf(scan);
    await saveRowDecisions(3, scan.reply.url, rows, 'key');
    expect(keptReviewFor(await readStoredTabReview(3), scan.reply.url).rows.size).toBe(1);
    expect(keptReviewFor(await readStoredTabReview(3), 'https://other.example/').rows.size).toBe(0);
    expect(keptReviewFor(await readStoredTabReview(4), scan.reply.url).rows.size).toBe(0);
  });

  it('forgets the review of a closed tab', async () => {
    const scan = frameScan([policyQuestion]);
    const rows = await firstRowsOf(scan);
    await saveRowDecisions(3, scan.reply.url, rows, 'key');
    await saveRowDecisions(4, scan.reply.url, rows, 'key');
    await forgetTabDecisions(3);
    expect(keptReviewFor(await readStoredTabReview(3), scan.reply.url)).toBe(noKeptReview);
    expect(keptReviewFor(await readStoredTabReview(4), scan.reply.url).rows.size).toBe(1);
  });

  it('reads unreadable session data as nothing kept', async () => {
    const url = 'https://portal.example/q';
    const rows = await firstRowsOf(frameScan([policyQuestion], url));
    await saveRowDecisions(5, url, rows, 'key');
    const stored = await fakeBrowser.storage.session.get('reviewDecisions-5');
    expect(keptReviewFor(stored['reviewDecisions-5'], url).rows.size).toBe(1);
    await fakeBrowser.storage.session.set({
      'reviewDecisions-5': { url, reviewKey: 'k', rows: { '0:q1': { question: 42 } } },
    });
    expect(keptReviewFor(await readStoredTabReview(5), url)).toBe(noKeptReview);
    await fakeBrowser.storage.session.set({ 'reviewDecisions-5': 'not a review' });
    expect(keptReviewFor(await readStoredTabReview(5), url)).toBe(noKeptReview);
  });
});

describe('reading the frames of a tab from the injection results', () => {
  const reply: ScanReply = { questions: [policyQuestion], truncated: false, url: 'https://a/' };

  it('keeps the frames that answered, in frame order, and every injected frame for undo', async () => {
    const scan = await scanTab(
      1,
      Promise.resolve([
        { frameId: 4, result: reply },
        { frameId: 0, result: { ...reply, url: 'https://top/' } },
        { frameId: 2, result: '<script>not a scan</script>' },
      ]),
    );
    expect(scan.frameIds).toEqual([0, 2, 4]);
    expect(scan.scans.map((frame) => [frame.frameId, frame.reply.url])).toEqual([
      [0, 'https://top/'],
      [4, 'https://a/'],
    ]);
  });

  it("raises a frame's error when no frame could scan", async () => {
    await expect(
      scanTab(1, Promise.resolve([{ frameId: 0, result: { error: 'Page is busy' } }])),
    ).rejects.toThrow('Page is busy');
    await expect(scanTab(1, Promise.resolve([{ frameId: 0, result: null }]))).rejects.toThrow(
      'Frame 0 sent an unreadable reply.',
    );
  });

  it('gives up on a page that does not answer, with an error the popup can explain', async () => {
    vi.useFakeTimers();
    try {
      const scan = scanTab(1, new Promise(() => {}));
      const outcome = expect(scan).rejects.toBeInstanceOf(PageNotAnsweringError);
      await vi.advanceTimersByTimeAsync(15_000);
      await outcome;
    } finally {
      vi.useRealTimers();
    }
  });
});
