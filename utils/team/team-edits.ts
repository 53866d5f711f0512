import type { KnowledgeSnapshot } from '../knowledge-io/knowledge-snapshot';
import type { KnowledgeChange } from '../knowledge-io/save-knowledge';
import { nextItemNumberFor } from '../knowledge-io/stored-schemas';
import { deriveTeamOverrides, noTeamOverrides, type TeamOverrides } from './team-overrides';
import type { TeamPolicy } from './team-policy';

/** What an edit writes, or which items it would change against the policy (nothing is written). */
export type RoutedChange = { change: KnowledgeChange } | { refused: string[] };

/**
 * Where an options-page change goes. Without an organisation knowledge base it is written as it
 * is. With one, an edited item list becomes local changes on top of the organisation's items
 * (the user's own knowledge base is not touched), and a change to an item the policy does not let
 * anyone change is refused as a whole, so that an import or an undo never lands half-way.
 */
export function routeKnowledgeChange(
  next: Partial<KnowledgeSnapshot>,
  nextItemNumber: number,
  team?: { policy: TeamPolicy; overrides?: TeamOverrides },
): RoutedChange {
  if (!team || !next.items) return { change: { ...next, nextItemNumber } };
  const previous = team.overrides ?? noTeamOverrides;
  const derived = deriveTeamOverrides(team.policy, team.policy.items, next.items, previous);
  if (derived.refused.length > 0) return { refused: derived.refused };
  const { items: _items, ...rest } = next;
  return {
    change: {
      ...rest,
      teamOverrides: {
        ...derived.overrides,
        nextItemNumber: nextItemNumberFor(
          next.items.map((item) => item.id),
          Math.max(nextItemNumber, previous.nextItemNumber),
        ),
      },
    },
  };
}
