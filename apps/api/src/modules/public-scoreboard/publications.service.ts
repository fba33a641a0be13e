import { publicSlugProblem } from '@thidua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { recordAudit } from '../../foundation/audit/audit.service';
import { isUniqueViolation } from '../../foundation/database/errors';
import { fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { loadCampaignContext, type CampaignContext, unknownCampaign } from '../campaigns';
import { CampaignPublicationEntity, type PublicFigures } from './campaign-publication.entity';
import { msg } from '../../foundation/i18n/message';

export interface PublishCampaign {
  campaignId: string;
  slug: string;
  levelKeys: string[];
  figures: PublicFigures;
  fromPeriod: number;
}

/** The public page's path of a slug. */
export const publicPathOf = (slug: string): string => `/cong-khai/${slug}`;

/** Publishing a campaign's standings and taking them back (ADMIN), one transaction and one audit entry each. */
export class PublicationsService {
  constructor(private readonly dataSource: DataSource) {}

  async publish(input: PublishCampaign, viewer: Viewer | null): Promise<Outcome<CampaignPublicationEntity>> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const context = await loadCampaignContext(manager, input.campaignId);
        if (!context) return fail(unknownCampaign());
        const problems = checkPublication(input, context);
        if (problems.length) return fail(...problems);
        const taken = await manager
          .createQueryBuilder(CampaignPublicationEntity, 'p')
          .where('p.slug = :slug AND p.campaign_id <> :campaignId', input)
          .getExists();
        if (taken) return fail(slugTaken(input.slug));
        return succeed(await save(manager, viewer, input, context));
      });
    } catch (error) {
      // Two campaigns given one slug at the same instant: the unique index refuses the second.
      if (isUniqueViolation(error, 'campaign_publications_slug')) return fail(slugTaken(input.slug));
      throw error;
    }
  }

  async unpublish(campaignId: string, viewer: Viewer | null): Promise<Outcome<CampaignPublicationEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(CampaignPublicationEntity, {
        where: { campaignId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before?.published)
        return fail(
          userError(
            'NOT_FOUND',
            ['input', 'campaignId'],
            msg('This campaign is not published.', 'Chiến dịch này chưa được công khai.'),
          ),
        );
      const after = await manager.save(manager.merge(CampaignPublicationEntity, before, { published: false }));
      await recordAudit(manager, viewer, {
        action: 'unpublishCampaign',
        entityType: 'Campaign',
        entityId: campaignId,
        before: { published: true, slug: before.slug },
        after: { published: false, slug: before.slug },
      });
      return succeed(after);
    });
  }
}

function checkPublication(input: PublishCampaign, context: CampaignContext): Problem[] {
  const problems: Problem[] = [];
  const slugProblem = publicSlugProblem(input.slug);
  if (slugProblem) problems.push(userError('INVALID_FORMAT', ['input', 'slug'], slugProblem));
  if (!input.levelKeys.length)
    problems.push(
      userError(
        'REQUIRED',
        ['input', 'levelKeys'],
        msg('Publish at least one level.', 'Hãy công khai ít nhất một cấp.'),
      ),
    );
  const keys = new Set(context.levels.map((level) => level.key));
  input.levelKeys.forEach((key, index) => {
    if (!keys.has(key))
      problems.push(
        userError(
          'LEVEL_NOT_IN_CAMPAIGN',
          ['input', 'levelKeys', String(index)],
          msg(`The level "${key}" does not take part in this campaign.`, `Cấp "${key}" không tham gia chiến dịch này.`),
        ),
      );
  });
  const periods = context.periods.length;
  if (!Number.isInteger(input.fromPeriod) || input.fromPeriod < 1 || input.fromPeriod > periods)
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'fromPeriod'],
        msg(
          `The first period shown must be a period of the campaign, 1 to ${periods}.`,
          `Kỳ đầu tiên được hiển thị phải là một kỳ báo cáo của chiến dịch, từ 1 đến ${periods}.`,
        ),
      ),
    );
  return problems;
}

async function save(
  manager: EntityManager,
  viewer: Viewer | null,
  input: PublishCampaign,
  context: CampaignContext,
): Promise<CampaignPublicationEntity> {
  const before = await manager.findOne(CampaignPublicationEntity, {
    where: { campaignId: input.campaignId },
    lock: { mode: 'pessimistic_write' },
  });
  const levelIds = context.levels.filter((level) => input.levelKeys.includes(level.key)).map((level) => level.id);
  const settings = {
    slug: input.slug,
    published: true,
    levelIds,
    figures: input.figures,
    fromPeriod: input.fromPeriod,
  };
  const beforeView = before ? auditView(before) : null;
  const publication: CampaignPublicationEntity = before
    ? Object.assign(before, settings)
    : manager.create(CampaignPublicationEntity, { campaignId: input.campaignId, ...settings });
  const saved = await manager.save(publication);
  await recordAudit(manager, viewer, {
    action: 'publishCampaign',
    entityType: 'Campaign',
    entityId: input.campaignId,
    before: beforeView,
    after: auditView(saved),
  });
  return saved;
}

function auditView(publication: CampaignPublicationEntity) {
  const { slug, published, levelIds, figures, fromPeriod } = publication;
  return { slug, published, levelIds, figures, fromPeriod };
}

const slugTaken = (slug: string): Problem =>
  userError(
    'SLUG_TAKEN',
    ['input', 'slug'],
    msg(`Another campaign is already published at "${slug}".`, `Một chiến dịch khác đã được công khai tại "${slug}".`),
  );
