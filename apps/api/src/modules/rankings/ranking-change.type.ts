import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { changesOf, type ReportsChanged } from '../../foundation/realtime/changes';
import type { Context } from '../../foundation/graphql/context';

@ObjectType({
  description:
    "A write that may change a campaign's ranking has committed (reports submitted, revised, imported or " +
    'recomputed): rankings as of `fromPeriod` or later may differ; ask again for the ones shown.',
})
export class RankingChange {
  @Field(() => ID) campaignId: string;
  @Field(() => Int, { description: 'The period whose figures changed: rankings as of it or later may move.' })
  fromPeriod: number;
  @Field(() => DateTimeScalar, { description: 'When the write committed.' }) changedAt: Date;
}

/** The committed writes that may change one campaign's ranking, as they come. */
export function rankingChangesOf(context: Context, campaignId: string): AsyncIterableIterator<ReportsChanged> {
  return changesOf(context.dataSource).stream((change) =>
    change.kind === 'REPORTS' && change.campaignId === campaignId ? change : null,
  );
}

export function rankingChange(change: ReportsChanged): RankingChange {
  return { campaignId: change.campaignId, fromPeriod: change.period, changedAt: new Date(change.at) };
}
