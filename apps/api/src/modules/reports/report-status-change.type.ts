import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { changesOf, type ReportsChanged } from '../../foundation/realtime/changes';
import type { Context } from '../../foundation/graphql/context';

@ObjectType({
  description:
    "Reports of a campaign's period changed: submitted, revised, imported or recomputed from dossier records. " +
    'Sent once the write has committed; ask the board (reportStatusBoard) again for what it now is.',
})
export class ReportStatusChange {
  @Field(() => ID) campaignId: string;
  @Field(() => Int, { description: 'The period whose reports changed.' }) period: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The unit whose report changed; null when several changed in one write (an import, a recompute).',
  })
  unitId: string | null;
  @Field(() => Int, { description: 'How many reports the write created or revised.' }) reportCount: number;
  @Field(() => DateTimeScalar, { description: 'When the write committed.' }) changedAt: Date;
}

/** The committed report writes of one campaign, as they come (see ChangesHub.stream). */
export function reportChangesOf(context: Context, campaignId: string): AsyncIterableIterator<ReportsChanged> {
  return changesOf(context.dataSource).stream((change) =>
    change.kind === 'REPORTS' && change.campaignId === campaignId ? change : null,
  );
}

export function reportStatusChange(change: ReportsChanged): ReportStatusChange {
  return {
    campaignId: change.campaignId,
    period: change.period,
    unitId: change.unitId,
    reportCount: change.reports,
    changedAt: new Date(change.at),
  };
}
