import { browser } from 'wxt/browser';
import { z } from 'zod';
import { teamBaseItem } from '../knowledge-io/storage-items';
import {
  isSameTeamPolicy,
  readTeamPolicy,
  teamPolicySchema,
  type TeamPolicy,
  type TeamPolicyIssue,
} from './team-policy';

/** The stored copy of the organisation's knowledge base (see `teamBaseItem`). */
const storedTeamBaseSchema = z.object({
  current: teamPolicySchema,
  /** The version before `current`, until the user has seen what changed. */
  previous: teamPolicySchema.optional(),
  receivedAt: z.string().max(64),
});
type StoredTeamBase = z.infer<typeof storedTeamBaseSchema>;

/** The organisation's knowledge base as it applies now. */
export interface TeamState {
  /** The base in force: the policy's, or the last valid one while the policy is invalid. */
  policy?: TeamPolicy;
  /** The version before it, while its changes have not been marked as seen. */
  previous?: TeamPolicy;
  /** When the policy holds something Kotae cannot use: what is wrong with it. */
  invalidPolicy?: TeamPolicyIssue[];
}

/**
 * What enterprise policy holds for Kotae, as the browser gives it. Firefox answers "no managed
 * storage" with an error, and a browser without the API has none: both mean no policy.
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    const managed = (browser.storage as { managed?: { get(keys: null): Promise<unknown> } })
      .managed;
    return managed ? await managed.get(null) : null;
  } catch {
    return null;
  }
}

/** The stored copy, or `undefined` when there is none or it does not read (it is only a copy). */
async function readStoredTeamBase(): Promise<StoredTeamBase | undefined> {
  const parsed = storedTeamBaseSchema.safeParse(await teamBaseItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

/**
 * Reads the organisation's knowledge base: from policy when it is valid (keeping a copy, and the
 * version it replaces so the options page can show what changed), from the kept copy while the
 * policy is invalid, and none when there is no policy. Policy values are untrusted: they pass the
 * same schemas as an import before anything uses them.
 */
export async function loadTeamState(now = new Date()): Promise<TeamState> {
  const [raw, stored] = await Promise.all([readManagedStorage(), readStoredTeamBase()]);
  const reading = readTeamPolicy(raw);
  if (reading.kind === 'none') return {};
  if (reading.kind === 'invalid') {
    return { policy: stored?.current, previous: stored?.previous, invalidPolicy: reading.issues };
  }
  const policy = reading.policy;
  if (stored && isSameTeamPolicy(stored.current, policy)) {
    return { policy, previous: stored.previous };
  }
  // A new version: the one it replaces is kept until the user has seen the changes. When two
  // versions arrive before that, the changes shown run from the oldest unseen one.
  const previous = stored ? (stored.previous ?? stored.current) : undefined;
  const next: StoredTeamBase = {
    current: policy,
    ...(previous && { previous }),
    receivedAt: now.toISOString(),
  };
  await teamBaseItem.setValue(next).catch(() => {
    // Only the copy is missing then; the policy itself applies.
  });
  return { policy, ...(previous && { previous }) };
}

/** Marks the changes of the latest version as seen: they are no longer listed. */
export async function acknowledgeTeamChanges(): Promise<void> {
  const stored = await readStoredTeamBase();
  if (!stored?.previous) return;
  await teamBaseItem.setValue({ current: stored.current, receivedAt: stored.receivedAt });
}
