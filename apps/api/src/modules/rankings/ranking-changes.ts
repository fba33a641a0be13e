import type { DataSource } from 'typeorm';
import { recordEvents } from '../../foundation/events/outbox';
import type { JobDefinition } from '../../foundation/jobs/job-queue';
import { RankingsService } from './rankings.service';

/** The job that compares a campaign's rankings with the last known order. */
export const CHECK_RANKINGS = 'rankings.check';
/** Units listed in a `ranking.changed` event at most (the count says how many changed). */
const LISTED = 100;

/**
 * Ranks every level of the campaign as of now and compares each order with the last one known: a level whose order
 * changed gets a `ranking.changed` event (the units whose rank changed, with the old and the new one). The first
 * check of a level only records its order. The order is swapped by compare-and-set, so two checks at once send one
 * event. Answers how many levels changed.
 */
export async function checkRankingChanges(dataSource: DataSource, campaignId: string, now: Date): Promise<number> {
  const { rankings } = await new RankingsService(dataSource).rankLevels({ campaignId }, now);
  let changed = 0;
  for (const { level, ranking } of rankings) {
    const ranks = ranking.rows.filter((row) => row.rank !== null).map((row) => `${row.unitId}:${row.rank}`);
    changed += await dataSource.transaction(async (manager) => {
      const [known]: { as_of_period: number; unit_ranks: string[] }[] = await manager.query(
        `SELECT as_of_period, unit_ranks FROM ranking_orders WHERE campaign_id = $1 AND level_key = $2`,
        [campaignId, level.key],
      );
      if (!known) {
        await manager.query(
          `INSERT INTO ranking_orders (campaign_id, level_key, as_of_period, unit_ranks, checked_at)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
          [campaignId, level.key, ranking.asOfPeriod, ranks, now],
        );
        return 0;
      }
      if (known.as_of_period === ranking.asOfPeriod && sameOrder(known.unit_ranks, ranks)) return 0;
      const [swapped] = await manager.query(
        `WITH swapped AS (
           UPDATE ranking_orders SET as_of_period = $3, unit_ranks = $4, checked_at = $5
           WHERE campaign_id = $1 AND level_key = $2 AND unit_ranks = $6 AND as_of_period = $7 RETURNING 1
         ) SELECT count(*)::int AS count FROM swapped`,
        [campaignId, level.key, ranking.asOfPeriod, ranks, now, known.unit_ranks, known.as_of_period],
      );
      if (!swapped.count) return 0;
      const before = new Map(known.unit_ranks.map((entry) => entry.split(':') as [string, string]));
      const moves = ranking.rows
        .filter((row) => row.rank !== null && Number(before.get(row.unitId) ?? NaN) !== row.rank)
        .map((row) => ({
          unitId: row.unitId,
          rank: row.rank,
          previousRank: before.has(row.unitId) ? Number(before.get(row.unitId)) : null,
        }));
      await recordEvents(manager, [
        {
          type: 'ranking.changed',
          data: {
            campaignId,
            levelKey: level.key,
            asOfPeriod: ranking.asOfPeriod,
            previousAsOfPeriod: known.as_of_period,
            cohortSize: ranking.cohortSize,
            changedCount: moves.length,
            changed: moves.slice(0, LISTED),
          },
        },
      ]);
      return 1;
    });
  }
  return changed;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

export function checkRankingsJob(dataSource: DataSource): JobDefinition<{ campaignId: string }> {
  return {
    name: CHECK_RANKINGS,
    retryLimit: 2,
    retryDelaySeconds: 10,
    expireInSeconds: 300,
    async run({ campaignId }) {
      await checkRankingChanges(dataSource, campaignId, new Date());
    },
  };
}
