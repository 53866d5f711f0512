/**
 * `npm run -s match -- [--top N] [--kb FILE]`: reads one question per line on stdin and prints one
 * JSON object per line, in order: {"question": "...", "matches": [{"id": "48", "score": 0.93}],
 * "confident": true}. Runs the same engine as the extension. A bad line (empty, invalid UTF-8,
 * enormous) gets an empty result with an "error" field; the stream never stops half-way.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createBundledKnowledgeBase } from '../knowledge/bundled-knowledge-base';
import { bundledConceptDetector } from '../utils/matching/bundled-concept-detector';
import { createMatcher } from '../utils/matching/create-matcher';
import { readKnowledgeBaseFile } from '../utils/matching/knowledge-base-file';

const usage = 'usage: npm run -s match -- [--top N] [--kb FILE] < questions.txt';

function parseArguments(argv: string[]): { top: number; kb?: string } {
  let top = 3;
  let kb: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--top') {
      top = Number(argv[++index]);
      if (!Number.isInteger(top) || top < 1 || top > 111)
        fail(`--top takes a whole number from 1 to 111. ${usage}`);
    } else if (argument === '--kb') {
      kb = argv[++index];
      if (!kb) fail(`--kb takes a file name. ${usage}`);
    } else if (argument === '--help' || argument === '-h') {
      console.log(usage);
      process.exit(0);
    } else fail(`unknown argument "${argument}". ${usage}`);
  }
  return { top, kb };
}

function fail(message: string): never {
  console.error(`match: ${message}`);
  process.exit(2);
}

const options = parseArguments(process.argv.slice(2));
let knowledge: {
  items: ReturnType<typeof createBundledKnowledgeBase>;
  aliases: Record<string, string[]>;
} = {
  items: createBundledKnowledgeBase(),
  aliases: {},
};
if (options.kb) {
  let text: string;
  try {
    text = readFileSync(options.kb, 'utf8');
  } catch (error) {
    fail(`cannot read ${options.kb}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const read = readKnowledgeBaseFile(text);
  if (!read.ok) fail(`${options.kb} is not a usable knowledge base: ${read.error}`);
  knowledge = read.value;
}
const matcher = createMatcher({
  items: knowledge.items,
  aliases: knowledge.aliases,
  conceptDetector: bundledConceptDetector(),
});
const decoder = new TextDecoder('utf-8', { fatal: true });
const maxLineBytes = 100_000;

const lines = createInterface({ input: process.stdin.setEncoding('latin1'), crlfDelay: Infinity });
lines.on('line', (latin1Line) => {
  const bytes = Buffer.from(latin1Line, 'latin1');
  let question: string;
  try {
    question = decoder.decode(bytes);
  } catch {
    print({ question: null, matches: [], confident: false, error: 'invalid UTF-8 on this line' });
    return;
  }
  if (bytes.length > maxLineBytes) {
    print({
      question: question.slice(0, 200),
      matches: [],
      confident: false,
      error: `line longer than ${maxLineBytes} bytes`,
    });
    return;
  }
  if (question.trim() === '') {
    print({ question, matches: [], confident: false, error: 'empty line' });
    return;
  }
  const result = matcher.match(question, options.top);
  print({
    question,
    matches: result.matches,
    confident: result.confident,
    ...(result.oppositePolarity ? { polarity: 'opposite' } : {}),
  });
});

function print(value: object): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
