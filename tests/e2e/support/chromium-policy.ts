import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromiumPolicyFile } from '../../../utils/team/policy-forms';
import type { TeamPolicy } from '../../../utils/team/team-policy';

/** Where Debian's Chromium reads mandatory policy files from. */
const managedPolicyDir = '/etc/chromium/policies/managed';

/**
 * Enterprise policy for the extension under test, written where Chromium reads it. The file
 * affects every Chromium on the machine, so it is named after the extension's id (an unpacked
 * build's id comes from its path: one per checkout), holds policy for that id only, and lives
 * only while the test that wrote it runs: removed after, on failure too, and at process exit.
 */
export class ChromiumTestPolicy {
  readonly path: string;
  private readonly removeAtExit = () => this.remove();

  constructor(readonly extensionId: string) {
    this.path = join(managedPolicyDir, `kotae-e2e-${extensionId}.json`);
    process.once('exit', this.removeAtExit);
  }

  /** Writes the policy value (the same file the options page's admin section writes). */
  write(policy: TeamPolicy | Record<string, unknown>): void {
    mkdirSync(managedPolicyDir, { recursive: true });
    writeFileSync(this.path, chromiumPolicyFile(policy as TeamPolicy, this.extensionId));
  }

  /** Writes a file as an administrator might get it wrong. */
  writeRaw(value: unknown): void {
    mkdirSync(managedPolicyDir, { recursive: true });
    writeFileSync(
      this.path,
      JSON.stringify({ '3rdparty': { extensions: { [this.extensionId]: value } } }),
    );
  }

  remove(): void {
    if (existsSync(this.path)) rmSync(this.path);
    process.removeListener('exit', this.removeAtExit);
  }
}

/** Presses "Reload policies" on chrome://policy, as an administrator would after a change. */
export async function reloadPolicies(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  await page.close();
}
