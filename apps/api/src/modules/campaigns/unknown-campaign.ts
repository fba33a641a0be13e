import { userError, type Problem } from '../../foundation/errors/problem';
import { msg } from '../../foundation/i18n/message';

/** What the API says of a campaign id that names no campaign (a write's problem, or a read's refusal). */
export const NO_SUCH_CAMPAIGN = msg('There is no such campaign.', 'Không có chiến dịch này.');

/** A write's problem: the campaign named by `field` (`input.campaignId` unless said) does not exist. */
export function unknownCampaign(field: string[] = ['input', 'campaignId']): Problem {
  return userError('NOT_FOUND', field, NO_SUCH_CAMPAIGN);
}
