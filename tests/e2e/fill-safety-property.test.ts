import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { kotaeValuesByText, MovingPage, type CardState } from './support/moving-page';
import { PopupPage } from './support/popup-page';
import { setupExtensionBrowser } from './support/setup-extension-browser';
import { seededRandom } from '../seeded-random';

let browser: ExtensionBrowser;
let server: FixtureServer;
const opened: Page[] = [];

setupExtensionBrowser((suite) => ({ browser, server } = suite));
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

/** A whole number below `below`, seeded: the same seed plays the same session. */
function createRandom(seed: number): (below: number) => number {
  const random = seededRandom(seed);
  return (below) => Math.floor(random() * below);
}

const actions = [
  'scan',
  'rerender',
  'reorder',
  'type',
  'pick',
  'accept',
  'fill',
  'fill',
  'undo',
] as const;
type Action = (typeof actions)[number];

const values = kotaeValuesByText();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays a random session of a reviewer on a page that moves, and after every step checks Kotae's
 * promises: a value is written only into the question whose text was matched, what the user
 * typed or picked is never lost (the session never gives consent to overwrite), and a row says
 * "filled" only while the page holds that fill.
 */
async function playSession(seed: number, query: string, steps: number): Promise<void> {
  const random = createRandom(seed);
  const page = await browser.context.newPage();
  const moving = await MovingPage.open(page, server, query);
  const popup = await PopupPage.openFor(browser, page);
  opened.push(page, popup.page);
  // What the user put into each card (cards keep their controls; texts move between them).
  const typed = new Map<number, string>();
  const picked = new Map<number, CardState['answer']>();
  const played: string[] = [];
  const where = () => `seed ${seed}${query}: ${played.join(', ')}`;

  const settle = async () => {
    // The agent tells the views about a fill, an undo or a page change; their rescans follow.
    await wait(700);
    await popup.waitForScan();
  };

  const checkUserValues = (cards: CardState[]) => {
    for (const [n, text] of typed)
      expect(cards[n]!.comment, `typed comment, ${where()}`).toBe(text);
    for (const [n, answer] of picked)
      expect(cards[n]!.answer, `picked answer, ${where()}`).toBe(answer);
  };

  const checkRows = async () => {
    const cards = await moving.cards();
    for (const row of await popup.rowStates()) {
      if (row.status !== 'filled') continue;
      const card = cards.find((candidate) => candidate.text === row.text);
      expect(card, `a card shows filled row "${row.text}", ${where()}`).toBeDefined();
      const expected = values.get(row.text)!;
      expect(row.matchId, `item of filled row, ${where()}`).toBe(expected.itemId);
      expect(card!.answer, `answer of filled "${row.text}", ${where()}`).toBe(expected.answer);
      if (expected.remark !== '')
        expect(card!.comment, `remark of filled "${row.text}", ${where()}`).toBe(expected.remark);
    }
  };

  for (let step = 0; step < steps; step++) {
    const action: Action = actions[random(actions.length)]!;
    const n = random(moving.cardCount);
    played.push(`${action}${['rerender', 'type', 'pick', 'accept'].includes(action) ? n : ''}`);
    const before = await moving.cards();
    switch (action) {
      case 'scan':
        await popup.page.getByTestId('rescan').click();
        await popup.waitForScan();
        break;
      case 'rerender':
        await moving.replaceComment(n);
        break;
      case 'reorder':
        await moving.reorder();
        break;
      case 'type': {
        const text = `Our own words ${step}.`;
        await moving.typeComment(n, text);
        typed.set(n, text);
        break;
      }
      case 'pick': {
        const answer = (['yes', 'no', 'na'] as const)[random(3)]!;
        await moving.pickAnswer(n, answer);
        picked.set(n, answer);
        break;
      }
      case 'accept': {
        const accept = popup.rows.nth(n).getByTestId('accept-row');
        if ((await accept.count()) > 0) await accept.click();
        break;
      }
      case 'fill':
        await popup.page.getByTestId('fill-confident').click();
        await settle();
        break;
      case 'undo':
        await popup.undo();
        await settle();
        break;
    }
    const after = await moving.cards();
    checkUserValues(after);
    if (action === 'fill') {
      // Whatever this fill changed belongs to the question each card showed while it was written.
      after.forEach((card, index) => {
        const expected = values.get(card.text)!;
        if (card.answer !== before[index]!.answer)
          expect(card.answer, `answer written into "${card.text}", ${where()}`).toBe(
            expected.answer,
          );
        if (card.comment !== before[index]!.comment)
          expect(card.comment, `remark written into "${card.text}", ${where()}`).toBe(
            expected.remark,
          );
      });
    }
    if (action === 'scan' || action === 'fill' || action === 'undo') await checkRows();
  }
  await popup.page.getByTestId('rescan').click();
  await popup.waitForScan();
  await checkRows();
}

describe('random sessions on a page that moves (seeded, reproducible)', () => {
  it("never writes into the wrong question, never loses the user's words, and rows show the page", async () => {
    await playSession(14, '', 10);
    await playSession(2026, '?rerender=answer', 10);
    await playSession(7, '', 10);
  }, 120_000);
});
