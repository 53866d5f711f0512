import type { Page } from 'playwright-core';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { remarksInLanguageOf } from '../../../utils/review/review-rows';
import type { FixtureServer } from './fixture-server';

/** What a card of `moving-questionnaire.html` shows: question, chosen answer value, comment. */
export interface CardState {
  text: string;
  answer: 'yes' | 'no' | 'na' | null;
  comment: string;
}

/** What Kotae writes for one of the page's questions: the item's answer and remark. */
export interface KotaeValues {
  itemId: string;
  answer: 'yes' | 'no' | 'na';
  remark: string;
}

const itemOfText: Record<string, string> = {
  'Are user accounts automatically locked after a defined number of consecutive failed login attempts?':
    '48',
  'Do you restrict access to the service by source IP address?': '46',
  'Do you encrypt data at rest?': '66',
  'Do you conduct vulnerability assessments?': '78',
};

/** The page's questions and the values Kotae writes for each, by question text. */
export function kotaeValuesByText(): Map<string, KotaeValues> {
  const items = new Map(createBundledKnowledgeBase().map((item) => [item.id, item]));
  return new Map(
    Object.entries(itemOfText).map(([text, itemId]) => {
      const item = items.get(itemId)!;
      return [text, { itemId, answer: item.answer, remark: remarksInLanguageOf(text, item) }];
    }),
  );
}

/** A page object for `moving-questionnaire.html` (see the page's comment for its query options). */
export class MovingPage {
  private constructor(readonly page: Page) {}

  static async open(page: Page, server: FixtureServer, query = ''): Promise<MovingPage> {
    await page.goto(server.url(`moving-questionnaire.html${query}`));
    return new MovingPage(page);
  }

  readonly cardCount = 4;

  async cards(): Promise<CardState[]> {
    return this.page.evaluate((count) => {
      const page = (globalThis as unknown as { movingPage: { card(n: number): CardState } })
        .movingPage;
      return Array.from({ length: count }, (_, n) => page.card(n));
    }, this.cardCount);
  }

  /** The list re-sorts: the texts move one card up, the controls stay. */
  async reorder(): Promise<void> {
    await this.page.evaluate(() =>
      (globalThis as unknown as { movingPage: { reorder(): void } }).movingPage.reorder(),
    );
  }

  /** Card n draws its comment box anew, keeping the value. */
  async replaceComment(n: number): Promise<void> {
    await this.page.evaluate(
      (card) =>
        (
          globalThis as unknown as { movingPage: { replaceComment(n: number): void } }
        ).movingPage.replaceComment(card),
      n,
    );
  }

  /** The user types a comment into card n (replacing what it held). */
  async typeComment(n: number, text: string): Promise<void> {
    await this.page.fill(`#comment-${n}`, text);
  }

  /** The user picks an answer in card n. */
  async pickAnswer(n: number, answer: 'yes' | 'no' | 'na'): Promise<void> {
    await this.page.check(`#answer-${n}-${answer}`);
  }
}
