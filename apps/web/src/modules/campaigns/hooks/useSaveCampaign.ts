import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SCORING_POINTS } from '@thidua/domain';
import type { CampaignSettingsFragment } from '../../../generated/graphql';
import { formatNumber, toLang } from '../../../foundation/i18n/format';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, type UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import { CreateCampaignMutation } from '../graphql/mutations/create-campaign';
import { UpdateCampaignMutation } from '../graphql/mutations/update-campaign';
import {
  NO_CAMPAIGN_ERRORS,
  createInputOf,
  readCampaignForm,
  splitCampaignErrors,
  updateInputOf,
  type CampaignFormErrors,
  type CampaignFormValues,
} from '../utils/campaign-form';
import { checkScoring, scoringChanged, type ScoringErrors, type ScoringField } from '../utils/scoring-form';

export interface SaveCampaignResult {
  saved?: { id: string; name: string };
  errors: CampaignFormErrors;
  /** Someone else saved the campaign since it was read. */
  stale: boolean;
}

/** What the form holds before asking the API: errors to show, or whether the scoring settings change. */
export type CampaignCheck = { errors: CampaignFormErrors } | { errors: null; scoringChanged: boolean };

/** Creates a campaign, or updates one with only what changed and the version read. */
export function useSaveCampaign(campaign?: CampaignSettingsFragment) {
  const { t, i18n } = useTranslation();
  const describe = useDescribeUserError();
  const [createCampaign, created] = useMutation(CreateCampaignMutation);
  const [updateCampaign, updated] = useMutation(UpdateCampaignMutation);

  /** A scoring problem in the words of its field ("Điểm thưởng tối đa từ 0 đến 1.000"), whoever found it. */
  const describeScoring = useCallback(
    (field: ScoringField, error: UserErrorLike) =>
      error.code === 'INVALID_BONUS' || error.code === 'INVALID_PENALTY' || error.code === 'INVALID_TIE_BREAK'
        ? t(`campaigns.form.scoring.errors.${field}`, { max: formatNumber(MAX_SCORING_POINTS, toLang(i18n.language)) })
        : describe(error),
    [t, i18n.language, describe],
  );

  /** The numbers read and the domain's scoring rule (validateScoringSettings) applied, before any request. */
  const check = (values: CampaignFormValues): CampaignCheck => {
    const { scoring, errors } = readCampaignForm(values, t('campaigns.form.badNumber'));
    if (errors) return { errors: { ...errors, general: [t('campaigns.form.errorSummary')] } };
    const problems = checkScoring(scoring);
    if (problems.length) {
      const byField: ScoringErrors = {};
      for (const problem of problems) {
        const messages = (byField[problem.scoringField] ??= []);
        const message = describeScoring(problem.scoringField, problem);
        if (!messages.includes(message)) messages.push(message);
      }
      return { errors: { ...NO_CAMPAIGN_ERRORS, scoring: byField, general: [t('campaigns.form.errorSummary')] } };
    }
    return { errors: null, scoringChanged: scoringChanged(scoring, campaign ? campaign.scoring : null) };
  };

  const save = async (values: CampaignFormValues): Promise<SaveCampaignResult> => {
    const checked = check(values);
    if (checked.errors) return { errors: checked.errors, stale: false };
    const { input, scoring } = readCampaignForm(values, t('campaigns.form.badNumber'));
    try {
      const payload = campaign
        ? (await updateCampaign({ variables: { input: updateInputOf(input, campaign, scoring) } })).data?.updateCampaign
        : (await createCampaign({ variables: { input: createInputOf(input, scoring) } })).data?.createCampaign;
      if (payload?.campaign && !payload.userErrors.length)
        return { saved: payload.campaign, errors: NO_CAMPAIGN_ERRORS, stale: false };
      const userErrors = payload?.userErrors ?? [];
      if (userErrors.some((error) => error.code === 'STALE')) return { errors: NO_CAMPAIGN_ERRORS, stale: true };
      const split = splitCampaignErrors(userErrors, describe, describeScoring);
      const onFields =
        Object.keys(split.byField).length +
        Object.keys(split.indicatorRows).length +
        Object.keys(split.legendRows).length +
        Object.keys(split.scoring).length;
      const general = split.general.length
        ? split.general
        : [t(onFields ? 'campaigns.form.errorSummary' : 'common.unexpectedError')];
      return { errors: { ...split, general }, stale: false };
    } catch (error) {
      return { errors: { ...NO_CAMPAIGN_ERRORS, general: [describeRequestError(error, t)] }, stale: false };
    }
  };

  return { check, save, saving: created.loading || updated.loading };
}
