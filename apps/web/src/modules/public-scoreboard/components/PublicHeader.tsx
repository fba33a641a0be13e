import type { ReactNode } from 'react';
import { campaignPhase, todayIn } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { PublicCampaign } from '../utils/public-api';
import { PublicLanguageSwitch } from './PublicLanguageSwitch';

/**
 * The public pages' light header: the product, the language and print, then the campaign's name (the page's title
 * unless `title` is the unit's), its status and dates, and how many of its periods are due, in words and as a bar.
 */
export function PublicHeader({
  campaign,
  heading = true,
  children,
}: {
  campaign: PublicCampaign;
  /** The campaign's name is the page's h1; a unit's page names the campaign in a paragraph and has its own h1. */
  heading?: boolean;
  /** Below the campaign's lines: the unit page's back link. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const phase = campaignPhase(campaign, todayIn(new Date(), campaign.timeZone));
  const due = campaign.lastDuePeriod ?? 0;
  const total = campaign.periodCount;
  const share = total > 0 ? Math.min(100, Math.round((due / total) * 100)) : 0;
  return (
    <header className="public-header">
      <div className="public-header__inner">
        <div className="public-header__top">
          <p className="public-header__brand">
            <span className="public-header__product">{t('app.name')}</span>
            <span className="public-header__kind">{t('publicScoreboard.title')}</span>
          </p>
          <div className="public-header__tools">
            <PublicLanguageSwitch />
            <button type="button" className="button button--small" onClick={() => window.print()}>
              {t('publicScoreboard.print')}
            </button>
          </div>
        </div>
        {heading ? (
          <h1 className="public-header__title">{campaign.name}</h1>
        ) : (
          <p className="public-header__title public-header__title--small">{campaign.name}</p>
        )}
        <p className="public-header__meta">
          <span className={`public-status public-status--${phase.toLowerCase()}`}>
            {t(`publicScoreboard.status.${phase}`)}
          </span>
          <span>
            {t('publicScoreboard.dates', {
              start: format.date(campaign.startDate),
              end: format.date(campaign.endDate),
            })}
          </span>
        </p>
        <div className="public-progress">
          <p className="public-progress__text" id="public-progress-text">
            {t('publicScoreboard.progress', { due: format.number(due), total: format.number(total) })}
          </p>
          <div
            className="public-progress__bar"
            role="progressbar"
            aria-label={t('publicScoreboard.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={due}
            aria-valuetext={t('publicScoreboard.progress', { due: format.number(due), total: format.number(total) })}
          >
            <span className="public-progress__fill" style={{ width: `${share}%` }} />
          </div>
        </div>
        {children}
      </div>
    </header>
  );
}
