import type { CampaignQuery } from '../../../generated/graphql';

export type RankedCampaign = NonNullable<CampaignQuery['campaign']>;

/** The level right under `levelKey` (by depth), where its units' children are ranked; null at the lowest level. */
export function childLevelKey(levels: RankedCampaign['levels'], levelKey: string): string | null {
  const level = levels.find((candidate) => candidate.key === levelKey);
  if (!level) return null;
  const below = levels.filter((candidate) => candidate.depth > level.depth).sort((a, b) => a.depth - b.depth);
  return below[0]?.key ?? null;
}

/** The primary target set's key (the API's default), else the first one. */
export function primarySetKey(sets: RankedCampaign['targetSets']): string | null {
  return (sets.find((set) => set.primary) ?? sets[0])?.key ?? null;
}
