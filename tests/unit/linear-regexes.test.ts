import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Text from a page or from storage meets only regular expressions that cannot hang the tab: every
 * pattern in the extension's code (every literal in utils/, knowledge/, components/ and
 * entrypoints/, and every pattern built with `new RegExp`) is run on adversarial input of 10,000
 * characters built from its own text (see `support/regex-fuzz-runner.mjs`). An exponential
 * pattern never finishes such input: the runner works in a child process, and a pattern still
 * running after the hang guard fails the test with its place in the code. No time is asserted
 * otherwise; the runner prints the slowest patterns' figures.
 */

const root = join(import.meta.dirname, '../..');
const sourceFolders = ['utils', 'knowledge', 'components', 'entrypoints'];
/**
 * A pattern still running after this long is taken as hanging. The slowest take a few seconds
 * for all their inputs (quadratic at worst: a loop retried from every start position); an
 * exponential one would not finish 40 repetitions in a lifetime.
 */
const hangGuardMs = 120_000;

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regex literal, and every file that builds patterns with `new RegExp`. */
function patternsInSource(): { literals: Pattern[]; constructorFiles: Map<string, number> } {
  const literals: Pattern[] = [];
  const constructorFiles = new Map<string, number>();
  for (const file of sourceFolders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const name = relative(root, file);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sourceFile);
        const end = literal.lastIndexOf('/');
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
        literals.push({
          where: `${name}:${line}`,
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        });
      }
      if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructorFiles.set(name, (constructorFiles.get(name) ?? 0) + 1);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { literals, constructorFiles };
}

/**
 * The patterns the code builds at run time, caught as they are constructed: the modules that
 * build them are loaded afresh with a recording `RegExp`, and the ones built lazily are made to.
 */
async function constructedPatterns(files: readonly string[]): Promise<Pattern[]> {
  const recorded: Pattern[] = [];
  const original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const pattern = new target(...args);
      recorded.push({
        where: `new RegExp(${JSON.stringify(pattern.source.slice(0, 60))}…)`,
        source: pattern.source,
        flags: pattern.flags,
      });
      return pattern;
    },
  });
  try {
    const { vi } = await import('vitest');
    vi.resetModules();
    for (const file of files) await import(/* @vite-ignore */ join(root, file));
    // Option labels compile their Latin terms to patterns on first use.
    const options = await import('../../utils/answer-options');
    options.classifyOptionLabel('x', options.defaultOptionLabelLexicon);
  } finally {
    globalThis.RegExp = original;
  }
  return recorded;
}

/** Runs the patterns in a child process; resolves with its report, or the pattern that hung. */
function runPatterns(
  patterns: readonly Pattern[],
): Promise<{ hung?: Pattern; inputs: number; costs: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, 'support/regex-fuzz-runner.mjs')],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    const costs: number[] = [];
    let current = -1;
    let output = '';
    let guard: ReturnType<typeof setTimeout> | undefined;
    const armGuard = () => {
      clearTimeout(guard);
      guard = setTimeout(() => {
        child.kill('SIGKILL');
        resolve({ hung: patterns[current], inputs: 0, costs });
      }, hangGuardMs);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const lines = output.split('\n');
      output = lines.pop()!;
      for (const line of lines) {
        const [word, first, second] = line.split(' ');
        if (word === 'begin') {
          current = Number(first);
          armGuard();
        } else if (word === 'cost') costs[Number(first)] = Number(second);
        else if (word === 'done') {
          clearTimeout(guard);
          resolve({ inputs: Number(first), costs });
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0 && code !== null) reject(new Error(`the regex runner exited with ${code}`));
    });
    armGuard();
    child.stdin.end(JSON.stringify(patterns));
  });
}

describe('regular expressions on page and stored text', () => {
  it('all finish on adversarial input of 10,000 characters', { timeout: 600_000 }, async () => {
    const { literals, constructorFiles } = patternsInSource();
    const constructed = await constructedPatterns([...constructorFiles.keys()]);
    // Every file that builds patterns contributed at least as many as it has constructor calls.
    expect(constructed.length).toBeGreaterThanOrEqual(
      [...constructorFiles.values()].reduce((sum, count) => sum + count, 0),
    );
    const patterns = [...literals, ...constructed];
    expect(patterns.length).toBeGreaterThan(100);

    const report = await runPatterns(patterns);
    expect(report.hung?.where ?? 'none hung').toBe('none hung');

    const slowest = report.costs
      .map((ms, index) => ({ ms, where: patterns[index]!.where }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    console.info(
      `${patterns.length} patterns, ${report.inputs} inputs; slowest single input: ` +
        slowest.map(({ ms, where }) => `${ms} ms ${where}`).join(', '),
    );
  });
});
