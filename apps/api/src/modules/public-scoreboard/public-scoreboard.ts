import { lastDuePeriodIndex, publicSlugProblem, type Period } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { isId } from '../../foundation/database/errors';
import { msg, type Message } from '../../foundation/i18n/message';
import { loadCampaignContext, type CampaignContext } from '../campaigns';
import type { LevelEntity } from '../levels';
import { allRows, RankingsService, toRankingResult, type RankingRowData } from '../rankings';
import { UnitEntity } from '../units';
import { CampaignPublicationEntity } from './campaign-publication.entity';
import { PublicAnswerCache, publicAnswer, publicError, type PublicAnswer } from './public-answer-cache';

interface Published {
  publication: CampaignPublicationEntity;
  context: CampaignContext;
  /** The published levels, top first. */
  levels: LevelEntity[];
  /** The periods shown: from the publication's first period to the last one due, oldest first. */
  periods: Period[];
}

const NOT_FOUND = publicError(
  404,
  'NOT_FOUND',
  msg('There is no public scoreboard at this address.', 'Không có bảng kết quả công khai nào tại địa chỉ này.'),
);

/**
 * The public scoreboard's answers (GET /public/scoreboards/…): only what an admin published leaves — the published
 * levels' ranks, scores and classes (and rates if chosen) from the chosen period on, units by name. No person, report,
 * revision, review or proposal; an unknown or unpublished address is a plain 404. Answers are computed by the
 * rankings' own service, serialized once and kept in `cache`.
 */
export class PublicScoreboards {
  /** Each published period's tables, shared by the scoreboard's answers and every unit's trend. */
  private readonly tablesKept: PublicAnswerCache<Map<string, RankingTable>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: PublicAnswerCache,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.tablesKept = new PublicAnswerCache(cache.ttlMs, 200);
  }

  /** Something was written: every answer kept may be out of date. */
  clear(): void {
    this.cache.clear();
    this.tablesKept.clear();
  }

  /** The campaign, its published periods and, for one of them (the latest by default), every published level's table. */
  scoreboard(slug: string, period: string | undefined): Promise<PublicAnswer> {
    if (publicSlugProblem(slug)) return Promise.resolve(NOT_FOUND);
    if (period !== undefined && !/^[0-9]{1,4}$/.test(period))
      return Promise.resolve(
        badPeriod(
          msg(
            'period must be the number of a published period.',
            'period phải là số của một kỳ báo cáo đã được công khai.',
          ),
        ),
      );
    return this.cache.answer(`scoreboard/${slug}/${period ?? ''}`, () =>
      this.computeScoreboard(slug, period === undefined ? null : Number(period)),
    );
  }

  /** One unit of a published level: its rank, score and class (and rates) in each published period. */
  unit(slug: string, unitId: string): Promise<PublicAnswer> {
    if (publicSlugProblem(slug) || !isId(unitId)) return Promise.resolve(NOT_FOUND);
    return this.cache.answer(`unit/${slug}/${unitId}`, () => this.computeUnit(slug, unitId));
  }

  /** Whether a public page exists at this address (its document answers 404 when not). */
  async pageExists(slug: string): Promise<boolean> {
    if (publicSlugProblem(slug)) return false;
    const answer = await this.cache.answer(`page/${slug}`, async () =>
      (await this.findPublished(slug)) ? publicAnswer(200, true) : NOT_FOUND,
    );
    return answer.status === 200;
  }

  private async computeScoreboard(slug: string, periodIndex: number | null): Promise<PublicAnswer> {
    const now = this.clock();
    const published = await this.findPublished(slug, now);
    if (!published) return NOT_FOUND;
    const { publication, levels, periods } = published;
    const period = periodIndex === null ? (periods.at(-1) ?? null) : periods.find((p) => p.index === periodIndex);
    if (period === undefined) return badPeriod(publishedRange(periods));
    const tables = period ? await this.tables(published, period, now) : new Map<string, RankingTable>();
    return publicAnswer(200, {
      ...frameOf(published, now),
      periods: periods.map(periodOf),
      period: period && periodOf(period),
      levels: levels.map((level) => ({
        key: level.key,
        name: level.name,
        cohortSize: tables.get(level.id)?.cohortSize ?? 0,
        rows: (tables.get(level.id)?.rows ?? []).map((row) => ({
          rank: row.rank,
          // Movement since a period before the first published one would tell what was kept private.
          previousRank: period?.index === publication.fromPeriod ? null : row.previousRank,
          movement: period?.index === publication.fromPeriod ? null : row.movement,
          unit: { id: row.unit.id, name: row.unit.name },
          ...figuresOf(row, publication),
        })),
      })),
    });
  }

  private async computeUnit(slug: string, unitId: string): Promise<PublicAnswer> {
    const now = this.clock();
    const published = await this.findPublished(slug, now);
    if (!published) return NOT_FOUND;
    const unit = await this.dataSource.getRepository(UnitEntity).findOneBy({ id: unitId });
    const level = unit && !unit.archivedAt ? published.levels.find((each) => each.id === unit.levelId) : undefined;
    if (!unit || !level) return NOT_FOUND;
    const parent = unit.parentId
      ? await this.dataSource.getRepository(UnitEntity).findOneBy({ id: unit.parentId })
      : null;
    const trend = [];
    for (const period of published.periods) {
      const table = (await this.tables(published, period, now)).get(level.id);
      const row = table?.rows.find((each) => each.unit.id === unit.id);
      trend.push({
        period: periodOf(period),
        rank: row?.rank ?? null,
        cohortSize: table?.cohortSize ?? 0,
        ...(row ? figuresOf(row, published.publication) : { score: null, class: null, rates: [] }),
      });
    }
    return publicAnswer(200, {
      ...frameOf(published, now),
      unit: {
        id: unit.id,
        name: unit.name,
        level: { key: level.key, name: level.name },
        parentName: parent?.name ?? null,
      },
      trend,
    });
  }

  private tables(published: Published, period: Period, now: Date): Promise<Map<string, RankingTable>> {
    const { publication } = published;
    const key = `${publication.campaignId}/${period.index}/${[...publication.levelIds].sort().join(',')}`;
    return this.tablesKept.answer(key, () => this.rankTables(published, period, now));
  }

  private async rankTables(published: Published, period: Period, now: Date): Promise<Map<string, RankingTable>> {
    const { publication, levels } = published;
    const levelKey = levels.length === 1 ? levels[0].key : null;
    const rankings = new RankingsService(this.dataSource);
    const result = await rankings.rankLevels(
      { campaignId: publication.campaignId, asOfPeriod: period.index, levelKey },
      now,
    );
    const tables = new Map<string, RankingTable>();
    for (const { level, ranking } of result.rankings) {
      if (!publication.levelIds.includes(level.id)) continue;
      const table = toRankingResult(result.data, level, ranking);
      tables.set(level.id, { cohortSize: table.cohortSize, rows: await allRows(table) });
    }
    return tables;
  }

  private async findPublished(slug: string, now = this.clock()): Promise<Published | null> {
    const publication = await this.dataSource
      .getRepository(CampaignPublicationEntity)
      .findOneBy({ slug, published: true });
    if (!publication) return null;
    const context = await loadCampaignContext(this.dataSource.manager, publication.campaignId);
    if (!context) return null;
    const lastDue = lastDuePeriodIndex(context.periods, now) ?? 0;
    return {
      publication,
      context,
      levels: context.levels.filter((level) => publication.levelIds.includes(level.id)),
      periods: context.periods.filter((period) => period.index >= publication.fromPeriod && period.index <= lastDue),
    };
  }
}

interface RankingTable {
  cohortSize: number;
  rows: RankingRowData[];
}

/** What every public answer starts with: the address, the campaign, the figures shown, the legend, the indicators. */
function frameOf({ publication, context }: Published, now: Date) {
  const { campaign } = context;
  const withRates = publication.figures === 'WITH_RATES';
  return {
    slug: publication.slug,
    campaign: {
      name: campaign.name,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      status: campaign.status,
      timeZone: campaign.timeZone,
      periodCount: context.periods.length,
      lastDuePeriod: lastDuePeriodIndex(context.periods, now),
    },
    figures: publication.figures,
    legend: campaign.legend.map(({ code, name, minScore }) => ({ code, name, minScore })),
    indicators: withRates ? context.indicators.map(({ code, name }) => ({ code, name })) : [],
  };
}

function figuresOf(row: RankingRowData, publication: CampaignPublicationEntity) {
  return {
    score: row.score,
    class: row.class ? { code: row.class.code, name: row.class.name } : null,
    rates:
      publication.figures === 'WITH_RATES'
        ? row.indicators.map((figure) => ({
            code: figure.indicator.code,
            rate: figure.rate,
            target: figure.target,
            met: figure.met,
          }))
        : [],
  };
}

const periodOf = (period: Period) => ({
  index: period.index,
  start: period.startDate,
  end: period.endDate,
  dueAt: period.dueAt.toISOString(),
});

function publishedRange(periods: Period[]): Message {
  if (!periods.length) {
    return msg('No period of this scoreboard is published yet.', 'Bảng kết quả này chưa công khai kỳ báo cáo nào.');
  }
  const [first, last] = [periods[0].index, periods.at(-1)?.index];
  return msg(
    `period must be a published period, ${first} to ${last}.`,
    `period phải là một kỳ báo cáo đã được công khai, từ ${first} đến ${last}.`,
  );
}

const badPeriod = (message: Message): PublicAnswer => publicError(400, 'BAD_USER_INPUT', message);
