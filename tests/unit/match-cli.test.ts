// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfidenceThreshold } from '../../utils/matching/create-matcher';
import { createBundledKnowledgeBase } from '../../knowledge/bundled-knowledge-base';

/** Runs `npm run -s match -- …` the way a user does, with raw bytes on stdin. */
function runMatch(input: Buffer, args: string[] = []) {
  const result = spawnSync('npx', ['tsx', 'scripts/match-cli.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout.split('\n').filter((line) => line !== '');
  return {
    status: result.status,
    stderr: result.stderr,
    results: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('the match command', () => {
  it('answers one JSON object per input line, in order, surviving bad lines', () => {
    const input = Buffer.concat([
      Buffer.from('多要素認証を導入していますか\n\n'),
      Buffer.from([0xff, 0xfe, 0x41, 0x0a]),
      Buffer.from(`${'a'.repeat(100_001)}\n`),
      Buffer.from('Are accounts locked after failed logins?\n'),
    ]);
    const { status, results } = runMatch(input, ['--top', '2']);
    expect(status).toBe(0);
    expect(results).toHaveLength(5);
    expect(results[0]).toMatchObject({ question: '多要素認証を導入していますか' });
    expect((results[0]!.matches as Array<{ id: string }>)[0]!.id).toBe('47');
    expect((results[0]!.matches as unknown[]).length).toBeLessThanOrEqual(2);
    expect(results[1]).toMatchObject({ matches: [], confident: false, error: 'empty line' });
    expect(results[2]).toMatchObject({ matches: [], error: 'invalid UTF-8 on this line' });
    expect(results[3]).toMatchObject({ matches: [], confident: false });
    expect(String(results[3]!.error)).toContain('longer than');
    expect((results[4]!.matches as Array<{ id: string }>)[0]!.id).toBe('48');
    // Confident exactly when the first score reaches the shipped threshold.
    const first = (results[4]!.matches as Array<{ score: number }>)[0]!;
    expect(results[4]!.confident).toBe(first.score >= defaultConfidenceThreshold);
  });

  it('uses an exported knowledge base given with --kb, and rejects a broken one clearly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kotae-kb-'));
    const items = createBundledKnowledgeBase().map((item) =>
      item.id === '48'
        ? { ...item, answer: 'no' as const, keywords: [...item.keywords, 'ログイン試行制限'] }
        : item,
    );
    const good = join(dir, 'kb.json');
    writeFileSync(
      good,
      JSON.stringify({ items, aliases: { '13': ['Kindly elaborate on staff edification'] } }),
    );
    const learned = runMatch(Buffer.from('Kindly elaborate on staff edification\n'), [
      '--kb',
      good,
    ]);
    expect(learned.results[0]).toMatchObject({
      matches: [{ id: '13', score: 1 }],
      confident: true,
    });

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"items": [ {"id": "1"');
    const failed = runMatch(Buffer.from('MFA\n'), ['--kb', broken]);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('is not a usable knowledge base');
    expect(failed.results).toEqual([]);
  });
});
