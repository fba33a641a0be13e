import { describeCondition, type JsonValue } from '@thidua/domain';
import type { Context } from '../../foundation/graphql/context';
import type { LanguageEnum } from '../../foundation/graphql/language';
import { campaignById, campaignIndicatorsByCampaignId } from '../campaigns';
import { indicatorById } from '../indicators';

/**
 * A condition in plain words with the campaign's own names for its indicators and classes (through the request's
 * loaders: a list of rules or proposals reads each campaign's names once).
 */
export async function conditionText(
  ctx: Context,
  campaignId: string,
  condition: JsonValue,
  language: LanguageEnum,
): Promise<string> {
  const [campaign, links] = await Promise.all([
    ctx.loaders.of(campaignById).load(campaignId),
    ctx.loaders.of(campaignIndicatorsByCampaignId).load(campaignId),
  ]);
  const indicators = await Promise.all(links.map((link) => ctx.loaders.of(indicatorById).load(link.indicatorId)));
  const indicatorNames = Object.fromEntries(
    indicators.flatMap((indicator) => (indicator ? [[indicator.code, indicator.name]] : [])),
  );
  const classNames = Object.fromEntries((campaign?.legend ?? []).map((entry) => [entry.code, entry.name]));
  return describeCondition(condition, { language, indicatorNames, classNames });
}
