import { buildFacts, type EmulationRule, type Proposal as DomainProposal } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import type { LevelEntity } from '../levels';
import type { RankingData } from '../rankings';
import { RankingsService } from '../rankings';
import { evaluateRulesInSlices } from './rules-run';
import type { Ranking } from '@thidua/domain';
import type { Message } from '../../foundation/i18n/message';

export interface ProposalRun {
  data: RankingData;
  rankings: { level: LevelEntity; ranking: Ranking }[];
  /** Ok with proposals, or the reasons the rules could not be run. */
  proposals: { ok: true; value: DomainProposal[] } | { ok: false; messages: Message[] };
}

/**
 * Ranks every level of the campaign and runs the rules on each unit's facts (docs/domain.md §5), all in @thidua/domain.
 */
export async function runRules(
  dataSource: DataSource,
  query: { campaignId: string; asOfPeriod?: number | null; targetSetKey?: string | null },
  rules: readonly EmulationRule[],
  now: Date,
): Promise<ProposalRun> {
  const { data, rankings } = await new RankingsService(dataSource).rankLevels(query, now);
  const entries = rankings.flatMap(({ ranking }) =>
    ranking.rows.map((row) => ({ unitId: row.unitId, facts: buildFacts(row, ranking.cohortSize) })),
  );
  const result = await evaluateRulesInSlices(
    rules,
    entries,
    data.context.indicators.map((indicator) => indicator.code),
  );
  return {
    data,
    rankings,
    proposals: result.ok ? result : { ok: false, messages: result.errors.map((error) => error.message) },
  };
}
