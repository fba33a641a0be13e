import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignQuery } from '../../../generated/graphql';
import { useTargetUnits } from '../../targets';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { ListFooter } from '../../../foundation/ui/components/ListFooter';
import { SelectField } from '../../../foundation/ui/components/SelectField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { useRecordFeeds, type FeedOutcome } from '../hooks/useRecordFeeds';
import { RecomputeButton } from './RecomputeButton';
import './dossiers.css';

type Campaign = Pick<NonNullable<CampaignQuery['campaign']>, 'id' | 'status' | 'levels'>;

/**
 * The campaign's "Hồ sơ điện tử" tab: level by level, which units take their figures from dossier records and which
 * report by hand; selected units or a whole level switch at once. A closed campaign only shows it.
 */
export function CampaignRecordFeedsPanel({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('dossiers');
  const feeds = useRecordFeeds(campaign.id);
  const [levelKey, setLevelKey] = useState(campaign.levels[0]?.key ?? '');
  const units = useTargetUnits(levelKey, null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmLevel, setConfirmLevel] = useState<{ fed: boolean } | null>(null);
  const editable = campaign.status !== 'CLOSED';
  const level = campaign.levels.find((candidate) => candidate.key === levelKey);
  // Inside a sentence: "cả cấp huyện", "mọi đơn vị cấp xã".
  const levelName = level ? level.name.charAt(0).toLocaleLowerCase() + level.name.slice(1) : '';
  const allShownSelected = units.units.length > 0 && units.units.every((unit) => selected.has(unit.id));

  /** Switches the units, and says how many moved (the count of all fed units is shown above). */
  const switchUnits = async (unitIds: string[], fed: boolean): Promise<FeedOutcome> => {
    const outcome = await feeds.setFeeds(unitIds, fed);
    if ('done' in outcome) {
      setNotice(t(fed ? 'dossiers.feeds.fedDone' : 'dossiers.feeds.unfedDone', { count: new Set(unitIds).size }));
      setSelected(new Set());
    }
    return outcome;
  };

  const switchSelected = async (fed: boolean) => {
    if (feeds.saving || !selected.size) return;
    setErrors([]);
    setNotice('');
    try {
      const outcome = await switchUnits([...selected], fed);
      if (!('done' in outcome)) setErrors(outcome.userErrors.map(describe));
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  const toggle = (unitId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(unitId)) next.delete(unitId);
      else next.add(unitId);
      return next;
    });

  const toggleShown = () =>
    setSelected((current) => {
      const next = new Set(current);
      for (const unit of units.units) {
        if (allShownSelected) next.delete(unit.id);
        else next.add(unit.id);
      }
      return next;
    });

  return (
    <section className="record-feeds" aria-labelledby="record-feeds-title">
      <h2 id="record-feeds-title">{t('dossiers.feeds.title')}</h2>
      <p className="dossiers-section__intro">{t('dossiers.feeds.intro')}</p>
      {!feeds.loaded ? (
        feeds.error ? (
          <ListError error={feeds.error} onRetry={feeds.retry} />
        ) : (
          <ListLoading />
        )
      ) : (
        <p>
          <strong>{t('dossiers.feeds.count', { count: feeds.fedIds.size })}</strong>
        </p>
      )}
      {!editable && <p className="notice">{t('dossiers.feeds.closed')}</p>}
      <p className="notice" role="status">
        {notice}
      </p>
      <FormErrors messages={errors} />
      {!campaign.levels.length ? (
        <ListEmpty title={t('dossiers.feeds.noLevels')} />
      ) : (
        <>
          <div className="record-feeds__toolbar">
            <SelectField
              id="record-feeds-level"
              label={t('dossiers.feeds.level')}
              value={levelKey}
              onChange={(value) => {
                setLevelKey(value);
                setSelected(new Set());
              }}
            >
              {campaign.levels.map((option) => (
                <option key={option.key} value={option.key}>
                  {option.name}
                </option>
              ))}
            </SelectField>
            {editable && (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={feeds.saving}
                  onClick={() => setConfirmLevel({ fed: true })}
                >
                  {t('dossiers.feeds.feedLevel', { level: levelName })}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={feeds.saving}
                  onClick={() => setConfirmLevel({ fed: false })}
                >
                  {t('dossiers.feeds.unfeedLevel', { level: levelName })}
                </button>
              </>
            )}
          </div>
          {editable && (
            <div className="record-feeds__toolbar">
              <span aria-live="polite">{t('dossiers.feeds.selected', { count: selected.size })}</span>
              <button
                type="button"
                className="button button--primary"
                disabled={feeds.saving || !selected.size}
                onClick={() => void switchSelected(true)}
              >
                {feeds.saving ? t('dossiers.feeds.working') : t('dossiers.feeds.feedSelected')}
              </button>
              <button
                type="button"
                className="button"
                disabled={feeds.saving || !selected.size}
                onClick={() => void switchSelected(false)}
              >
                {t('dossiers.feeds.unfeedSelected')}
              </button>
            </div>
          )}
          {units.error ? (
            <ListError error={units.error} onRetry={units.retry} />
          ) : units.loading ? (
            <ListLoading />
          ) : !units.units.length ? (
            <ListEmpty title={t('dossiers.feeds.empty')} />
          ) : (
            <>
              <div className="table-wrap">
                <table className="data-table">
                  <caption className="visually-hidden">{t('dossiers.feeds.caption', { level: levelName })}</caption>
                  <thead>
                    <tr>
                      {editable && (
                        <th scope="col">
                          <input
                            type="checkbox"
                            aria-label={t('dossiers.feeds.selectAll')}
                            checked={allShownSelected}
                            onChange={toggleShown}
                          />
                        </th>
                      )}
                      <th scope="col">{t('dossiers.feeds.columns.code')}</th>
                      <th scope="col">{t('dossiers.feeds.columns.name')}</th>
                      <th scope="col">{t('dossiers.feeds.columns.parent')}</th>
                      <th scope="col">{t('dossiers.feeds.columns.source')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {units.units.map((unit) => {
                      const fed = feeds.fedIds.has(unit.id);
                      return (
                        <tr key={unit.id}>
                          {editable && (
                            <td>
                              <input
                                type="checkbox"
                                aria-label={t('dossiers.feeds.selectUnit', { name: unit.name })}
                                checked={selected.has(unit.id)}
                                onChange={() => toggle(unit.id)}
                              />
                            </td>
                          )}
                          <td className="code">{unit.code}</td>
                          <th scope="row">{unit.name}</th>
                          <td>{unit.parent?.name ?? '—'}</td>
                          <td>
                            {feeds.loaded && (
                              <span className={fed ? 'badge badge--fed' : 'badge badge--draft'}>
                                {fed ? t('dossiers.feeds.fed') : t('dossiers.feeds.byHand')}
                              </span>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <ListFooter
                shown={units.units.length}
                total={units.totalCount}
                onLoadMore={units.hasMore ? units.loadMore : null}
                loadingMore={units.loadingMore}
              />
            </>
          )}
        </>
      )}
      {campaign.status === 'ACTIVE' && (
        <div className="dossiers-section">
          <RecomputeButton campaignId={campaign.id} />
        </div>
      )}
      {confirmLevel && (
        <ConfirmDialog
          title={confirmLevel.fed ? t('dossiers.feeds.confirmFeedTitle') : t('dossiers.feeds.confirmUnfeedTitle')}
          body={
            confirmLevel.fed
              ? t('dossiers.feeds.confirmFeedBody', { level: levelName })
              : t('dossiers.feeds.confirmUnfeedBody', { level: levelName })
          }
          confirmLabel={
            confirmLevel.fed
              ? t('dossiers.feeds.feedLevel', { level: levelName })
              : t('dossiers.feeds.unfeedLevel', { level: levelName })
          }
          workingLabel={t('dossiers.feeds.working')}
          tone="primary"
          describe={describe}
          onConfirm={async () => {
            setErrors([]);
            setNotice('');
            const outcome = await switchUnits(await feeds.levelUnitIds(levelKey), confirmLevel.fed);
            if ('done' in outcome) setConfirmLevel(null);
            return outcome;
          }}
          onClose={() => setConfirmLevel(null)}
        />
      )}
    </section>
  );
}
