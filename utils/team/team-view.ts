import type { LearnedAliases, Settings } from '../knowledge-io/stored-schemas';
import type { ItemOrigin, TeamOverrides } from './team-overrides';
import type { TeamPolicy, TeamPolicyIssue } from './team-policy';

/** What the options page shows of the organisation's knowledge base and the local changes. */
export interface TeamView {
  /** The organisation's base in force (absent: an invalid policy and no valid copy kept). */
  policy?: TeamPolicy;
  /** The version before it, until its changes are marked as seen. */
  previous?: TeamPolicy;
  /** What is wrong with the policy, when it is invalid (the kept copy applies meanwhile). */
  invalidPolicy?: TeamPolicyIssue[];
  overrides?: TeamOverrides;
  origins?: ReadonlyMap<string, ItemOrigin>;
  /** Items whose local change the policy does not let apply. */
  refused?: string[];
}

/**
 * The settings in force: the organisation's threshold and option labels where its policy sets
 * them (they decide how much Kotae fills unreviewed), the user's own otherwise.
 */
export function layerTeamSettings(policy: TeamPolicy, own: Settings): Settings {
  return {
    confidenceThreshold: policy.confidenceThreshold ?? own.confidenceThreshold,
    optionLabels: policy.optionLabels ?? own.optionLabels,
  };
}

/** The organisation's shared wordings and the user's own, per item, without repeats. */
export function mergeLearnedWordings(shared: LearnedAliases, own: LearnedAliases): LearnedAliases {
  const merged: LearnedAliases = {};
  for (const source of [shared, own]) {
    for (const [id, texts] of Object.entries(source)) {
      merged[id] = [...new Set([...(merged[id] ?? []), ...texts])];
    }
  }
  return merged;
}
