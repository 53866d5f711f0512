/**
 * `npm run bench:popup-size`: the bytes the review popup loads (its page, its script and every
 * chunk that script imports, statically or when it needs it), from a fresh production build,
 * against the figure before issue 10 began (commit c85e059): the issue lets matching grow the
 * popup by at most 150 kB. Prints the figures; never fails.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The popup's bytes at c85e059, measured the same way (`wxt build`, Chromium build). */
const beforeIssue10 = 590_983;
const budget = 150_000;

const output = join(process.cwd(), '.output', 'chrome-mv3');
console.log('Building the extension (wxt build) …');
execSync('npx wxt build', { stdio: 'ignore' });

const html = readFileSync(join(output, 'popup.html'), 'utf8');
const pending = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
const sizes = new Map<string, number>();
while (pending.length > 0) {
  const file = pending.pop()!;
  if (sizes.has(file) || !existsSync(join(output, file))) continue;
  const text = readFileSync(join(output, file), 'utf8');
  sizes.set(file, Buffer.byteLength(text));
  // Chunk names end in an eight-character content hash; imports name them relative or absolute.
  for (const match of text.matchAll(/["'`](?:\.?\/)?(?:chunks\/)?([\w.-]+-[\w-]{8}\.js)["'`]/g))
    pending.push(`chunks/${match[1]}`);
}
const total = Buffer.byteLength(html) + [...sizes.values()].reduce((sum, size) => sum + size, 0);
for (const [file, size] of [...sizes].sort((a, b) => b[1] - a[1]))
  console.log(`  ${(size / 1000).toFixed(1).padStart(7)} kB  ${file}`);
const growth = total - beforeIssue10;
console.log(
  `popup: ${(total / 1000).toFixed(1)} kB; ${growth >= 0 ? '+' : ''}${(growth / 1000).toFixed(1)} kB ` +
    `since issue 10 began (budget +${budget / 1000} kB)`,
);
