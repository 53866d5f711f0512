/**
 * Runs regular expressions against adversarial input, in a process of its own so that a pattern
 * that backtracks exponentially can be stopped from outside (a regex cannot be interrupted from
 * within its thread). Reads `[{ where, source, flags }]` as JSON on stdin; before each pattern it
 * prints `begin <index>`, at the end `done <inputs>` and, per pattern, the slowest input's time
 * as `cost <index> <ms>` (figures for people, never asserted).
 *
 * Inputs are built from the pattern's own text: every character it names (and one of each class
 * it uses: a space for \s, a digit for \d, a letter and a kanji for \p{L} …), every pair of
 * neighbouring atoms ("\s*[*]" gives " *"), and every literal word ("備考", "required"). Each unit
 * is repeated to 10,000 characters after a prefix that gets past an anchored start (the pattern's
 * first words, the words just before the unit) and before a suffix that fails the match, which is
 * what drives a backtracking engine through every way of splitting the repetition.
 */

const length = 10_000;
const suffixes = ['\u0000', '?', ' x'];

/** Characters standing for an escape such as \s, \d, \p{L}; `null` for assertions. */
function escapeRepresentatives(source, index) {
  const c = source[index];
  switch (c) {
    case 's':
      return { reps: [' ', '\u3000'], next: index + 1 };
    case 'S':
    case 'D':
    case 'W':
      return { reps: ['x', '!'], next: index + 1 };
    case 'd':
      return { reps: ['1'], next: index + 1 };
    case 'w':
      return { reps: ['a', '_'], next: index + 1 };
    case 'b':
    case 'B':
      return { reps: [], next: index + 1 };
    case 'n':
      return { reps: ['\n'], next: index + 1 };
    case 't':
      return { reps: ['\t'], next: index + 1 };
    case 'r':
      return { reps: ['\r'], next: index + 1 };
    case 'p':
    case 'P': {
      const end = source.indexOf('}', index);
      return { reps: ['a', '欄', 'ア', '1'], next: end < 0 ? index + 1 : end + 1 };
    }
    case 'u': {
      if (source[index + 1] === '{') {
        const end = source.indexOf('}', index);
        return {
          reps: [String.fromCodePoint(parseInt(source.slice(index + 2, end), 16))],
          next: end + 1,
        };
      }
      return {
        reps: [String.fromCharCode(parseInt(source.slice(index + 1, index + 5), 16))],
        next: index + 5,
      };
    }
    case 'x':
      return {
        reps: [String.fromCharCode(parseInt(source.slice(index + 1, index + 3), 16))],
        next: index + 3,
      };
    case 'k': {
      const end = source.indexOf('>', index);
      return { reps: [], next: end < 0 ? index + 1 : end + 1 };
    }
    default:
      if (/[0-9]/.test(c)) return { reps: [], next: index + 1 };
      return { reps: [c], next: index + 1 };
  }
}

/**
 * The pattern read as a sequence of atoms (each with the characters it matches, as far as a
 * fuzzer needs) and its literal words.
 */
function analyse(source) {
  const atoms = [];
  const words = [];
  let word = '';
  const endWord = () => {
    if ([...word].length >= 2) words.push({ text: word, at: atoms.length });
    word = '';
  };
  let index = 0;
  while (index < source.length) {
    const c = source[index];
    if (c === '\\') {
      const { reps, next } = escapeRepresentatives(source, index + 1);
      if (reps.length === 1 && !/[sdwpSDWP]/.test(source[index + 1])) word += reps[0];
      else endWord();
      if (reps.length > 0) atoms.push(reps);
      index = next;
      continue;
    }
    if (c === '[') {
      endWord();
      const reps = new Set();
      let i = index + 1;
      if (source[i] === '^') {
        reps.add('x');
        reps.add('a');
        i++;
      }
      let previous = null;
      while (i < source.length && source[i] !== ']') {
        if (source[i] === '\\') {
          const { reps: escaped, next } = escapeRepresentatives(source, i + 1);
          for (const rep of escaped) reps.add(rep);
          previous = escaped[0] ?? null;
          i = next;
        } else if (source[i] === '-' && previous !== null && source[i + 1] !== ']') {
          const end = String.fromCodePoint(source.codePointAt(i + 1));
          reps.add(end);
          i += end.length + 1;
          previous = null;
        } else {
          const char = String.fromCodePoint(source.codePointAt(i));
          reps.add(char);
          previous = char;
          i += char.length;
        }
      }
      atoms.push([...reps]);
      index = i + 1;
      continue;
    }
    if (c === '(') {
      endWord();
      const marker = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_][\w]*>)/.exec(source.slice(index));
      index += marker ? marker[0].length : 1;
      continue;
    }
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(source.slice(index))) {
      endWord();
      index = source.indexOf('}', index) + 1;
      continue;
    }
    if ('|)*+?^$'.includes(c)) {
      endWord();
      index++;
      continue;
    }
    if (c === '.') {
      endWord();
      atoms.push(['x', ' ']);
      index++;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(index));
    word += char;
    atoms.push([char]);
    index += char.length;
  }
  endWord();
  return { atoms, words };
}

/** The adversarial inputs of one pattern, each 10,000 characters or a little more. */
function inputsFor(source) {
  const { atoms, words } = analyse(source);
  const units = new Map();
  const addUnit = (text, at) => {
    if (text !== '' && !units.has(text) && units.size < 160) units.set(text, at);
  };
  atoms.forEach((reps, at) => reps.slice(0, 4).forEach((rep) => addUnit(rep, at)));
  atoms.forEach((reps, at) => {
    const following = atoms[at + 1];
    if (!following) return;
    for (const first of reps.slice(0, 2))
      for (const second of following.slice(0, 2)) addUnit(first + second, at);
  });
  for (const { text, at } of words.slice(0, 24)) addUnit(text, at);
  const leading = words.slice(0, 3).map((word) => word.text);
  const inputs = new Set();
  for (const [unit, at] of units) {
    const before = words.filter((word) => word.at <= at).slice(-2);
    const prefixes = new Set(['', ...leading, ...before.map((word) => word.text)]);
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    for (const prefix of prefixes)
      for (const suffix of suffixes) inputs.add(prefix + body + suffix);
  }
  return [...inputs];
}

function run(patterns) {
  let total = 0;
  patterns.forEach(({ source, flags }, index) => {
    process.stdout.write(`begin ${index}\n`);
    const pattern = new RegExp(source, flags);
    let slowest = 0;
    for (const input of inputsFor(source)) {
      const started = performance.now();
      pattern.lastIndex = 0;
      if (pattern.global) input.replace(pattern, '');
      else pattern.test(input);
      slowest = Math.max(slowest, performance.now() - started);
      total++;
    }
    process.stdout.write(`cost ${index} ${slowest.toFixed(1)}\n`);
  });
  process.stdout.write(`done ${total}\n`);
}

let json = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (json += chunk));
process.stdin.on('end', () => run(JSON.parse(json)));
