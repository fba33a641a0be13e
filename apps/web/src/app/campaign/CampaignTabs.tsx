import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Place } from '../access';
import { RoleOnly } from '../RoleOnly';

interface CampaignTab {
  /** Below the campaign's address; '' is the overview. */
  path: string;
  label: string;
  place: Place;
  /** Other addresses that belong to this tab (a unit opened from the rankings). */
  also?: string[];
}

/** The tab an address below `base` belongs to: the longest path that starts it; the overview for the campaign itself. */
function currentTab(tabs: CampaignTab[], base: string, pathname: string): CampaignTab | undefined {
  const rest = pathname.slice(base.length).replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return tabs.find((tab) => tab.path === first || tab.also?.includes(first)) ?? (rest === '' ? tabs[0] : undefined);
}

/**
 * A campaign's sections, each offered only to the roles that may open it (access.ts), so no tab ends in "no
 * permission". On a phone the row of tabs would wrap into several rows: there it folds into one button naming the
 * current section, which opens the list (a disclosure; Escape closes it).
 */
export function CampaignTabs({ base }: { base: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  useEffect(() => setOpen(false), [pathname]);

  const tabs: CampaignTab[] = [
    { path: '', label: t('dashboard.title'), place: 'campaign.overview', also: ['dashboard'] },
    { path: 'rankings', label: t('rankings.title'), place: 'campaign.rankings', also: ['units'] },
    { path: 'weekly-report', label: t('weeklyReport.title'), place: 'campaign.weeklyReport' },
    { path: 'settings', label: t('campaigns.tabs.settings'), place: 'campaign.settings' },
    { path: 'targets', label: t('campaigns.tabs.targets'), place: 'campaign.targets' },
    { path: 'periods', label: t('campaigns.tabs.periods'), place: 'campaign.periods' },
    { path: 'reports', label: t('campaigns.tabs.reports'), place: 'campaign.reports' },
    { path: 'rules', label: t('campaignTabs.rules'), place: 'campaign.rules' },
    { path: 'reviews', label: t('campaignTabs.reviews'), place: 'campaign.reviews' },
    { path: 'records', label: t('dossiers.feeds.tab'), place: 'campaign.records' },
    { path: 'reminders', label: t('reminders.tab'), place: 'campaign.reminders' },
    { path: 'history', label: t('campaigns.tabs.history'), place: 'campaign.history' },
  ];
  const current = currentTab(tabs, base, pathname);

  return (
    <nav
      className={`section-tabs${open ? ' section-tabs--open' : ''}`}
      aria-label={t('campaigns.sections')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) setOpen(false);
      }}
    >
      <button
        type="button"
        className="section-tabs__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        {current?.label ?? t('campaigns.sections')}
        <span className="section-tabs__caret" aria-hidden="true" />
      </button>
      <ul id={listId}>
        {tabs.map((tab) => (
          <RoleOnly key={tab.path} place={tab.place}>
            <li>
              <Link to={tab.path ? `${base}/${tab.path}` : base} aria-current={tab === current ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          </RoleOnly>
        ))}
      </ul>
    </nav>
  );
}
