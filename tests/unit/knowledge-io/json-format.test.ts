import { describe, expect, it } from 'vitest';
import { createBundledKnowledgeBase } from '../../../knowledge/bundled-knowledge-base';
import { formatKnowledgeJson, parseKnowledgeJson } from '../../../utils/knowledge-io/json-format';
import { parseJsonWithPositions } from '../../../utils/knowledge-io/json-positions';
import { defaultSettings } from '../../../utils/knowledge-io/stored-schemas';

const snapshot = {
  items: createBundledKnowledgeBase().slice(0, 3),
  aliases: {},
  settings: defaultSettings,
};

describe("Kotae's JSON format", () => {
  it('is deterministic and reads back what it wrote', () => {
    const text = formatKnowledgeJson(snapshot);
    expect(text.startsWith('{\n  "format": "kotae-knowledge-base",\n  "version": 1,\n')).toBe(true);
    expect(parseKnowledgeJson(text)).toEqual({ snapshot, issues: [] });
    expect(formatKnowledgeJson(parseKnowledgeJson(text).snapshot!)).toBe(text);
  });

  it('points at the value that fails the schema, by line and column', () => {
    const text = formatKnowledgeJson(snapshot).replace('"answer": "yes"', '"answer": "maybe"');
    const line = text.split('\n').findIndex((row) => row.includes('"maybe"')) + 1;
    expect(parseKnowledgeJson(text).issues).toEqual([
      { code: 'invalid-value', line, column: 17, params: ['items.0.answer', 'invalid_value'] },
    ]);
  });

  it('points at syntax errors', () => {
    expect(
      parseKnowledgeJson('{\n  "format": "kotae-knowledge-base",\n  "items": [1,]\n}').issues,
    ).toEqual([{ code: 'json-syntax', line: 3, column: 15, params: ['unexpected-character'] }]);
    expect(parseKnowledgeJson('{"format": "kotae').issues).toMatchObject([
      { code: 'json-syntax', line: 1, column: 12, params: ['unclosed-string'] },
    ]);
  });

  it('tells a foreign JSON file and a newer Kotae file apart from a broken one', () => {
    expect(parseKnowledgeJson('[1, 2]').issues[0]!.code).toBe('json-not-kotae');
    expect(
      parseKnowledgeJson('{"format": "kotae-knowledge-base", "version": 7}').issues[0],
    ).toEqual({ code: 'json-newer-version', line: 1, column: 47, params: ['7'] });
  });

  it('reports duplicate ids and an empty item list', () => {
    const twice = { ...snapshot, items: [snapshot.items[0]!, snapshot.items[0]!] };
    expect(
      parseKnowledgeJson(formatKnowledgeJson(twice)).issues.map((issue) => issue.code),
    ).toEqual(['duplicate-id']);
    expect(
      parseKnowledgeJson(formatKnowledgeJson({ ...snapshot, items: [] })).issues.map(
        (issue) => issue.code,
      ),
    ).toEqual(['no-items']);
  });
});

describe('the positional JSON reader', () => {
  it('parses like JSON.parse', () => {
    const samples = [
      '0',
      '-1.5e3',
      '"a\\u00e9\\n"',
      '[]',
      '{}',
      '{"a":[true,false,null,{"b":"c"}]}',
    ];
    for (const sample of samples) {
      const parsed = parseJsonWithPositions(sample);
      expect(parsed.ok && parsed.value).toEqual(JSON.parse(sample));
    }
  });

  it('keeps "__proto__" as data', () => {
    const parsed = parseJsonWithPositions('{"__proto__": {"polluted": true}}');
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting too deep to be a Kotae file instead of overflowing the stack', () => {
    const parsed = parseJsonWithPositions('['.repeat(100_000));
    expect(parsed).toMatchObject({ ok: false, problem: 'too-deep' });
  });
});
