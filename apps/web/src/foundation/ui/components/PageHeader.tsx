import type { ReactNode } from 'react';
import './PageHeader.css';

/** A screen's title (its h1, named by `titleId` for the section it heads), a line of intro and its main actions. */
export function PageHeader({
  titleId,
  title,
  intro,
  actions,
}: {
  titleId: string;
  title: string;
  intro?: string;
  actions?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div>
        <h1 id={titleId}>{title}</h1>
        {intro && <p className="page-header__intro">{intro}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}
