import { useId, useRef, useState, type FormEvent } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PUBLIC_SLUG_MAX_LENGTH, PUBLIC_SLUG_MIN_LENGTH, publicSlugOf, publicSlugProblem } from '@thidua/domain';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { FieldError } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { SelectField } from '../../../foundation/ui/components/SelectField';
import { TextField } from '../../../foundation/ui/components/TextField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import type {
  CampaignPublicationFieldsFragment,
  CampaignSettingsFragment,
  PublicFigures,
} from '../../../generated/graphql';
import { PublishCampaignMutation, UnpublishCampaignMutation } from '../graphql/mutations/publish-campaign';
import { CampaignPublicationQuery } from '../graphql/queries/campaign-publication';
import { QrCode } from './QrCode';
import './publication-panel.css';

const FIELDS = ['slug', 'levelKeys', 'figures', 'fromPeriod'] as const;
type PublicationField = (typeof FIELDS)[number];
const FIGURES: readonly PublicFigures[] = ['SCORE_AND_CLASS', 'WITH_RATES'];

type PanelCampaign = Pick<CampaignSettingsFragment, 'id' | 'name' | 'levels' | 'periods'>;

/**
 * "Công khai kết quả" in a campaign's settings: an admin publishes the standings at /cong-khai/<slug> (address,
 * levels, figures, first period), changes them, or stops; once published, the link to copy or open, its QR code and
 * the embed code. Other roles see only the link, and only while published.
 */
export function PublicationPanel({ campaign, canManage }: { campaign: PanelCampaign; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CampaignPublicationQuery, { variables: { id: campaign.id } });
  const [notice, setNotice] = useState('');
  const publication = data?.campaign?.publication ?? null;

  if (!canManage) {
    if (!publication?.published) return null;
    return (
      <section className="publication-panel" aria-labelledby="publication-title">
        <h2 id="publication-title">{t('publicScoreboard.admin.title')}</h2>
        <PublicationLink publication={publication} title={campaign.name} canManage={false} />
      </section>
    );
  }

  return (
    <section className="publication-panel" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('publicScoreboard.admin.title')}</h2>
      <p className="publication-panel__intro">{t('publicScoreboard.admin.intro')}</p>
      <p className="notice" role="status">
        {notice}
      </p>
      {!data ? (
        error ? (
          <ListError error={error} onRetry={() => refetch()} />
        ) : (
          <ListLoading />
        )
      ) : (
        <PublicationForm campaign={campaign} publication={publication} onNotice={setNotice} />
      )}
    </section>
  );
}

function PublicationForm({
  campaign,
  publication,
  onNotice,
}: {
  campaign: PanelCampaign;
  publication: CampaignPublicationFieldsFragment | null;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeUserError('publicScoreboard.admin');
  const formId = useId();
  const levels = [...campaign.levels].sort((a, b) => a.depth - b.depth);
  const [slug, setSlug] = useState(publication?.slug ?? publicSlugOf(campaign.name));
  const [levelKeys, setLevelKeys] = useState<string[]>(
    publication ? publication.levels.map((level) => level.key) : levels.map((level) => level.key),
  );
  const [figures, setFigures] = useState<PublicFigures>(publication?.figures ?? 'SCORE_AND_CLASS');
  const [fromPeriod, setFromPeriod] = useState(String(publication?.fromPeriod ?? campaign.periods[0]?.index ?? 1));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PublicationField, string[]>>>({});
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [publish, { loading: saving }] = useMutation(PublishCampaignMutation, {
    update: (cache, { data }) => writePublication(cache, campaign.id, data?.publishCampaign.publication),
  });
  const [unpublish] = useMutation(UnpublishCampaignMutation, {
    update: (cache, { data }) => writePublication(cache, campaign.id, data?.unpublishCampaign.publication),
  });
  const published = publication?.published ?? false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onNotice('');
    setGeneralErrors([]);
    const problems: Partial<Record<PublicationField, string[]>> = {};
    if (publicSlugProblem(slug) !== null) {
      problems.slug = [
        t('publicScoreboard.admin.slugProblem', { min: PUBLIC_SLUG_MIN_LENGTH, max: PUBLIC_SLUG_MAX_LENGTH }),
      ];
    }
    if (levelKeys.length === 0) problems.levelKeys = [t('publicScoreboard.admin.noLevel')];
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      const { data } = await publish({
        variables: { input: { campaignId: campaign.id, slug, levelKeys, figures, fromPeriod: Number(fromPeriod) } },
      });
      const userErrors = data?.publishCampaign.userErrors ?? [];
      if (userErrors.length) {
        const split = splitUserErrors(userErrors, FIELDS, describe);
        setFieldErrors(split.byField);
        setGeneralErrors(split.general);
        return;
      }
      onNotice(published ? t('publicScoreboard.admin.saved') : t('publicScoreboard.admin.savedPublished'));
    } catch (error) {
      setGeneralErrors([describeRequestError(error, t)]);
    }
  };

  const toggleLevel = (key: string, checked: boolean) =>
    setLevelKeys((current) =>
      checked
        ? levels.map((level) => level.key).filter((k) => k === key || current.includes(k))
        : current.filter((k) => k !== key),
    );

  return (
    <>
      <p className="publication-panel__state">
        <span className={published ? 'public-flag public-flag--on' : 'public-flag'}>
          {published
            ? t('publicScoreboard.admin.published')
            : publication
              ? t('publicScoreboard.admin.unpublishedKept')
              : t('publicScoreboard.admin.unpublished')}
        </span>
      </p>
      {publication?.published && <PublicationLink publication={publication} title={campaign.name} canManage />}
      <form
        className="publication-form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="publication-title"
      >
        <FormErrors messages={generalErrors} />
        <TextField
          id={`${formId}-slug`}
          label={t('publicScoreboard.admin.slug')}
          hint={t('publicScoreboard.admin.slugHint', { min: PUBLIC_SLUG_MIN_LENGTH, max: PUBLIC_SLUG_MAX_LENGTH })}
          value={slug}
          onChange={(value) => setSlug(value.trim().toLowerCase())}
          errors={fieldErrors.slug}
          required
        />
        <fieldset
          className="publication-form__group"
          aria-describedby={fieldErrors.levelKeys ? `${formId}-levels-error` : undefined}
        >
          <legend>{t('publicScoreboard.admin.levels')}</legend>
          <FieldError inputId={`${formId}-levels`} messages={fieldErrors.levelKeys} />
          <div className="publication-form__choices">
            {levels.map((level) => (
              <div className="publication-form__choice" key={level.id}>
                <input
                  id={`${formId}-level-${level.key}`}
                  type="checkbox"
                  checked={levelKeys.includes(level.key)}
                  onChange={(event) => toggleLevel(level.key, event.target.checked)}
                />
                <label htmlFor={`${formId}-level-${level.key}`}>{level.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="publication-form__group">
          <legend>{t('publicScoreboard.admin.figures')}</legend>
          <FieldError inputId={`${formId}-figures`} messages={fieldErrors.figures} />
          <div className="publication-form__choices">
            {FIGURES.map((option) => (
              <div className="publication-form__choice" key={option}>
                <input
                  id={`${formId}-figures-${option}`}
                  type="radio"
                  name={`${formId}-figures`}
                  value={option}
                  checked={figures === option}
                  onChange={() => setFigures(option)}
                />
                <label htmlFor={`${formId}-figures-${option}`}>
                  {t(`publicScoreboard.admin.figuresOptions.${option}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <SelectField
          id={`${formId}-from-period`}
          label={t('publicScoreboard.admin.fromPeriod')}
          value={fromPeriod}
          onChange={setFromPeriod}
          errors={fieldErrors.fromPeriod}
        >
          {campaign.periods.map((period) => (
            <option key={period.index} value={String(period.index)}>
              {t('publicScoreboard.periodOption', {
                index: period.index,
                start: format.date(period.startDate),
                end: format.date(period.endDate),
              })}
            </option>
          ))}
        </SelectField>
        <div className="publication-form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving
              ? t('publicScoreboard.admin.saving')
              : published
                ? t('publicScoreboard.admin.save')
                : publication
                  ? t('publicScoreboard.admin.republish')
                  : t('publicScoreboard.admin.publish')}
          </button>
          {published && (
            <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
              {t('publicScoreboard.admin.unpublish')}
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <ConfirmDialog
          title={t('publicScoreboard.admin.unpublishTitle')}
          body={t('publicScoreboard.admin.unpublishBody')}
          confirmLabel={t('publicScoreboard.admin.unpublish')}
          workingLabel={t('publicScoreboard.admin.unpublishing')}
          describe={describe}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const { data } = await unpublish({ variables: { input: { campaignId: campaign.id } } });
            const userErrors = data?.unpublishCampaign.userErrors ?? [];
            if (userErrors.length) return { userErrors };
            setConfirming(false);
            onNotice(t('publicScoreboard.admin.unpublishedNotice'));
            return { done: true };
          }}
        />
      )}
    </>
  );
}

/** The saved settings into the campaign's cached `publication` (the type has no id to be found by on its own). */
function writePublication(
  cache: ApolloCache,
  campaignId: string,
  saved: CampaignPublicationFieldsFragment | null | undefined,
) {
  if (!saved) return;
  // With the typename, the cache files it under the campaign (Campaign:<id>); the generated type leaves it out.
  const data = { campaign: { __typename: 'Campaign' as const, id: campaignId, publication: saved } };
  cache.writeQuery({ query: CampaignPublicationQuery, variables: { id: campaignId }, data });
}

/** The public address in full, to copy or open, with its QR code (and, for an admin, the embed code). */
function PublicationLink({
  publication,
  title,
  canManage,
}: {
  publication: CampaignPublicationFieldsFragment;
  /** The frame's title in the embed code: the campaign's name. */
  title: string;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = `${window.location.origin}${publication.path}`;
  const embed = `<iframe src="${url}?embed=1" title="${title.replace(/"/g, '&quot;')}" width="100%" height="900" style="border:0"></iframe>`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): select the text for a manual copy.
      input.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <div className="publication-link">
      <div className="publication-link__main">
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('publicScoreboard.admin.link')}</label>
          <div className="publication-link__row">
            <input
              ref={input}
              id={`${id}-url`}
              type="text"
              readOnly
              value={url}
              spellCheck={false}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="button" onClick={() => void copy()}>
              {t('publicScoreboard.admin.copy')}
            </button>
          </div>
          <p className="field__hint" role="status">
            {copyState === 'copied'
              ? t('publicScoreboard.admin.copied')
              : copyState === 'failed'
                ? t('publicScoreboard.admin.copyFailed')
                : ''}
          </p>
        </div>
        <p>
          <a href={publication.path} target="_blank" rel="noopener">
            {t('publicScoreboard.admin.open')}
          </a>
        </p>
        {canManage && (
          <div className="field">
            <label htmlFor={`${id}-embed`}>{t('publicScoreboard.admin.embed')}</label>
            <p className="field__hint" id={`${id}-embed-hint`}>
              {t('publicScoreboard.admin.embedHint')}
            </p>
            <textarea
              id={`${id}-embed`}
              readOnly
              rows={3}
              value={embed}
              aria-describedby={`${id}-embed-hint`}
              onFocus={(event) => event.target.select()}
            />
          </div>
        )}
      </div>
      <QrCode url={url} fileName={`ma-qr-${publication.slug}.svg`} />
    </div>
  );
}
