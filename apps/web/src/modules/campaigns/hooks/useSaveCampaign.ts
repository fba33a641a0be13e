import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { useDescribeUserError } from '../../../shared/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../shared/ui/utils/user-errors';
import { CreateCampaignMutation } from '../graphql/mutations/create-campaign';
import { UpdateCampaignMutation } from '../graphql/mutations/update-campaign';
import {
  NO_CAMPAIGN_ERRORS,
  readCampaignForm,
  splitCampaignErrors,
  updateInputOf,
  type CampaignFormErrors,
  type CampaignFormValues,
} from '../utils/campaign-form';

export interface SaveCampaignResult {
  saved?: { id: string; name: string };
  errors: CampaignFormErrors;
  /** Someone else saved the campaign since it was read. */
  stale: boolean;
}

/** Creates a campaign, or updates one with only what changed and the version read. */
export function useSaveCampaign(campaign?: CampaignSettingsFragment) {
  const { t } = useTranslation();
  const describe = useDescribeUserError();
  const [createCampaign, created] = useMutation(CreateCampaignMutation);
  const [updateCampaign, updated] = useMutation(UpdateCampaignMutation);

  const save = async (values: CampaignFormValues): Promise<SaveCampaignResult> => {
    const { input, errors } = readCampaignForm(values, t('campaigns.form.badNumber'));
    if (errors) return { errors: { ...errors, general: [t('campaigns.form.errorSummary')] }, stale: false };
    try {
      const payload = campaign
        ? (await updateCampaign({ variables: { input: updateInputOf(input, campaign) } })).data?.updateCampaign
        : (await createCampaign({ variables: { input } })).data?.createCampaign;
      if (payload?.campaign && !payload.userErrors.length)
        return { saved: payload.campaign, errors: NO_CAMPAIGN_ERRORS, stale: false };
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.some((error) => error.code === 'STALE')) return { errors: NO_CAMPAIGN_ERRORS, stale: true };
      const split = splitCampaignErrors(userErrors, describe);
      const onFields =
        Object.keys(split.byField).length +
        Object.keys(split.indicatorRows).length +
        Object.keys(split.legendRows).length;
      const general = split.general.length
        ? split.general
        : [t(onFields ? 'campaigns.form.errorSummary' : 'common.unexpectedError')];
      return { errors: { ...split, general }, stale: false };
    } catch (error) {
      return { errors: { ...NO_CAMPAIGN_ERRORS, general: [describeRequestError(error, t)] }, stale: false };
    }
  };

  return { save, saving: created.loading || updated.loading };
}
