import { createPositionFinder, type TextPosition } from './import-issue';

/** A JSON text read with the position of every value, so that errors can point at a line. */
export type PositionedJson =
  | { ok: true; value: unknown; positionOf(path: readonly PropertyKey[]): TextPosition }
  | { ok: false; position: TextPosition; problem: JsonSyntaxProblem };

/** What is wrong at a JSON syntax error (each has its sentence in `import-messages.ts`). */
export type JsonSyntaxProblem =
  | 'control-character'
  | 'unclosed-string'
  | 'invalid-escape'
  | 'too-deep'
  | 'unexpected-end'
  | 'unexpected-character'
  | 'expected-property-name'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'text-after-end';

/** Nesting deeper than this is no Kotae file, and would only exhaust the stack. */
const maxDepth = 64;

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly problem: JsonSyntaxProblem,
  ) {
    super(problem);
  }
}

/**
 * Parses JSON (RFC 8259) like `JSON.parse`, but also remembers where each value starts:
 * `positionOf(['items', 3, 'answer'])` gives the line and column of that value, or of its nearest
 * ancestor that exists. Syntax errors come back with their line and column; never throws.
 */
export function parseJsonWithPositions(text: string): PositionedJson {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const find = createPositionFinder(source);
  const offsets = new Map<string, number>();
  let index = 0;

  const skipSpace = () => {
    while (index < source.length && /[ \t\r\n]/.test(source[index]!)) index += 1;
  };
  const fail = (problem: JsonSyntaxProblem): never => {
    throw new JsonSyntaxError(index, problem);
  };
  const readString = (): string => {
    const start = index;
    index += 1;
    while (index < source.length && source[index] !== '"') {
      if (source[index] === '\\') index += 1;
      else if (source.charCodeAt(index) < 0x20) fail('control-character');
      index += 1;
    }
    if (index >= source.length) {
      index = start;
      fail('unclosed-string');
    }
    index += 1;
    try {
      return JSON.parse(source.slice(start, index)) as string;
    } catch {
      index = start;
      return fail('invalid-escape');
    }
  };
  const readValue = (path: string, depth: number): unknown => {
    skipSpace();
    offsets.set(path, index);
    const char = source[index];
    if (depth > maxDepth) fail('too-deep');
    if (char === '{') return readObject(path, depth);
    if (char === '[') return readArray(path, depth);
    if (char === '"') return readString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      source.slice(index, index + 400),
    )?.[0];
    if (!literal) return fail(char === undefined ? 'unexpected-end' : 'unexpected-character');
    index += literal.length;
    return JSON.parse(literal) as unknown;
  };
  const readObject = (path: string, depth: number): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    index += 1;
    skipSpace();
    if (source[index] === '}') {
      index += 1;
      return result;
    }
    for (;;) {
      skipSpace();
      if (source[index] !== '"') fail('expected-property-name');
      const key = readString();
      skipSpace();
      if (source[index] !== ':') fail('expected-colon');
      index += 1;
      // defineProperty: a "__proto__" key in the file must stay data, never become a prototype.
      Object.defineProperty(result, key, {
        value: readValue(`${path}/${escapeKey(key)}`, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      if (source[index] === ',') index += 1;
      else if (source[index] === '}') {
        index += 1;
        return result;
      } else fail('expected-comma-or-brace');
    }
  };
  const readArray = (path: string, depth: number): unknown[] => {
    const result: unknown[] = [];
    index += 1;
    skipSpace();
    if (source[index] === ']') {
      index += 1;
      return result;
    }
    for (;;) {
      result.push(readValue(`${path}/${result.length}`, depth + 1));
      skipSpace();
      if (source[index] === ',') index += 1;
      else if (source[index] === ']') {
        index += 1;
        return result;
      } else fail('expected-comma-or-bracket');
    }
  };

  try {
    const value = readValue('', 0);
    skipSpace();
    if (index < source.length) fail('text-after-end');
    return {
      ok: true,
      value,
      positionOf(path) {
        for (let length = path.length; length >= 0; length--) {
          const key = path
            .slice(0, length)
            .map((part) => `/${escapeKey(String(part))}`)
            .join('');
          const offset = offsets.get(key);
          if (offset !== undefined) return find(offset);
        }
        return { line: 1, column: 1 };
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, position: find(error.offset), problem: error.problem };
  }
}

/** JSON Pointer escaping, so that a key holding "/" cannot alias another path. */
function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
