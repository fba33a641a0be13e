import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ReportsChanged } from '../../foundation/realtime/changes';
import { RankingChange, rankingChange, rankingChangesOf } from './ranking-change.type';
import { READ_RANKINGS } from '../../foundation/access/scopes';
import { pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { LevelSummary, PeriodSummary, Ranking, RankingRow, RankingRowConnection } from './ranking.type';
import { RankingRowsArgs, rowViewOf } from './ranking-row-order.type';
import { allRows, RankingsService, rowsAbove, rowsPage, type RankingResult } from './rankings.service';

@Resolver(() => Ranking)
export class RankingsResolver {
  @Authorized(READ_RANKINGS)
  @Query(() => Ranking, {
    description:
      'asOfPeriod defaults to the last period whose due time has passed; targetSetKey to the primary set. ' +
      'parentUnitId keeps only the rows of the units under that unit (at any depth), ranked in the whole level: ' +
      "ranks, movements and cohortSize stay those of the whole level (a province's communes keep their national " +
      'rank); an unknown unit is BAD_USER_INPUT.',
  })
  ranking(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('levelKey') levelKey: string,
    @Arg('asOfPeriod', () => Int, { nullable: true }) asOfPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Arg('parentUnitId', () => ID, { nullable: true }) parentUnitId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RankingsService(ctx.dataSource).ranking(
      { campaignId, levelKey, asOfPeriod, targetSetKey, parentUnitId },
      new Date(),
      { unitsAsShown: true },
    );
  }

  @Authorized(READ_RANKINGS)
  @Subscription(() => RankingChange, {
    description:
      "An event each time a write that may change the campaign's ranking commits (reports submitted, revised, " +
      'imported or recomputed, from any API process): refetch the rankings shown. Who may read `ranking` may subscribe.',
    subscribe: ({ args, context }) => rankingChangesOf(context as Context, (args as { campaignId: string }).campaignId),
  })
  rankingChanged(@Root() change: ReportsChanged, @Arg('campaignId', () => ID) _campaignId: string): RankingChange {
    return rankingChange(change);
  }

  @FieldResolver(() => [RankingRow], {
    description:
      'Ranked rows by rank, then the units without data; with parentUnitId, only those of the units under it. ' +
      'Every row at once: rowsConnection answers them a page at a time.',
  })
  rows(@Root() ranking: RankingResult) {
    return allRows(ranking);
  }

  @FieldResolver(() => [RankingRow], {
    description:
      "A unit's row with the rows above it that its place is explained from, in the order of `rows`, the unit's row " +
      'last: from the nearest row ranked better than the unit (the first row when none is), whatever the size of its ' +
      "tie group; only the unit's own row when it has no rank; empty when the unit is not among the rows. What a " +
      "unit's page asks for instead of a whole level.",
  })
  rowsAbove(@Root() ranking: RankingResult, @Arg('unitId', () => ID) unitId: string) {
    return rowsAbove(ranking, unitId);
  }

  @FieldResolver(() => RankingRowConnection, {
    description:
      'The rows of `rows` a page at a time, or those found by `search` in the order `orderBy` asks for (cursors ' +
      'are positions in that order; the whole level is ranked for each page). totalCount counts those rows (under ' +
      'parentUnitId when given), not cohortSize.',
  })
  rowsConnection(@Root() ranking: RankingResult, @Args() args: RankingRowsArgs) {
    return rowsPage(ranking, pageWindow(args), rowViewOf(args));
  }

  @Authorized(READ_RANKINGS)
  @Query(() => [LevelSummary], {
    description: 'Each level of the campaign against its default target, then all units (level null, no target).',
  })
  summary(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('asOfPeriod', () => Int, { nullable: true }) asOfPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RankingsService(ctx.dataSource).summary({ campaignId, asOfPeriod, targetSetKey }, new Date());
  }

  @Authorized(READ_RANKINGS)
  @Query(() => [PeriodSummary], {
    description:
      'The summary as of every period 1..throughPeriod in one request, in the order of the periods: element p − 1 ' +
      'equals summary(asOfPeriod: p) (the trend of each level and indicator, for charts). Read in one statement ' +
      'whatever the number of periods. throughPeriod defaults to the last period whose due time has passed and must ' +
      'be a period of the campaign; targetSetKey (at most 40 characters) to the primary set.',
  })
  summaryTrend(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('throughPeriod', () => Int, { nullable: true }) throughPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RankingsService(ctx.dataSource).summaryTrend({ campaignId, throughPeriod, targetSetKey }, new Date());
  }
}
