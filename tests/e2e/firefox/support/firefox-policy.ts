import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firefoxPoliciesFragment } from '../../../../utils/team/policy-forms';
import type { TeamPolicy } from '../../../../utils/team/team-policy';
import { firefoxE2eDir } from './firefox-browser';

/** Where Firefox on Linux reads system-wide enterprise policy (Debian's firefox-esr included). */
const policiesPath = '/etc/firefox/policies/policies.json';

/**
 * A copy of the Firefox build under an add-on id of its own, with policy for that id in
 * Firefox's system-wide `policies.json`. Every Firefox on the machine reads that one file at
 * start, and every checkout's build shares the id `kotae@kotae.invalid`: so the test's copy gets
 * an id no other build has, the file names only that id, and it exists only while this test's
 * Firefox starts (Firefox reads policies once, at start-up, and keeps them).
 */
export class FirefoxTestPolicy {
  readonly addonId = `kotae-policy-test-${process.pid}@kotae.invalid`;
  readonly extensionDir: string;
  private wrote = false;

  constructor() {
    this.extensionDir = mkdtempSync(join(tmpdir(), 'kotae-firefox-policy-'));
    cpSync(firefoxE2eDir, this.extensionDir, { recursive: true });
    const manifestPath = join(this.extensionDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.browser_specific_settings.gecko.id = this.addonId;
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }

  /**
   * Writes policies.json for the copy's id. Refuses to replace a policies.json someone else put
   * there: the machine's own policy is not the test's to change.
   */
  write(policy: TeamPolicy): void {
    if (existsSync(policiesPath)) {
      throw new Error(
        `${policiesPath} already exists; the Firefox policy test does not replace it.`,
      );
    }
    mkdirSync(join(policiesPath, '..'), { recursive: true });
    writeFileSync(policiesPath, firefoxPoliciesFragment(policy, this.addonId));
    this.wrote = true;
  }

  /** Removes the policy file (only the one this test wrote). */
  removePolicy(): void {
    if (this.wrote && existsSync(policiesPath)) rmSync(policiesPath);
    this.wrote = false;
  }

  /** Removes the policy file and the build's copy. */
  dispose(): void {
    this.removePolicy();
    rmSync(this.extensionDir, { recursive: true, force: true });
  }
}
