import type { Place } from '../access';

export type NavSection = 'report' | 'campaigns' | 'rankings' | 'indicators' | 'units';

export interface NavItem {
  section: NavSection;
  to: string;
  /** i18n key of the link's text. */
  label: 'nav.report' | 'nav.campaigns' | 'rankings.navTitle' | 'nav.indicators' | 'nav.units';
  place: Place;
}

/** The main navigation, in order; each link is offered only to the roles that may open its place. */
export const MAIN_NAV: readonly NavItem[] = [
  { section: 'report', to: '/report', label: 'nav.report', place: 'report' },
  { section: 'campaigns', to: '/campaigns', label: 'nav.campaigns', place: 'campaigns' },
  { section: 'rankings', to: '/rankings', label: 'rankings.navTitle', place: 'rankings' },
  { section: 'indicators', to: '/indicators', label: 'nav.indicators', place: 'indicators' },
  { section: 'units', to: '/units', label: 'nav.units', place: 'units' },
];

/** A campaign's rankings and a unit opened from them belong to "Xếp hạng", where the top link leads. */
const CAMPAIGN_RANKINGS = /^\/campaigns\/[^/]+\/(rankings|units)(\/|$)/;

/** The main-navigation entry an address belongs to, for its highlight; null for pages outside the navigation. */
export function navSectionOf(pathname: string): NavSection | null {
  const within = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  if (within('/rankings') || CAMPAIGN_RANKINGS.test(pathname)) return 'rankings';
  return MAIN_NAV.find((item) => within(item.to))?.section ?? null;
}
