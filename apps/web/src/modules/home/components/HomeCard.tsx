import type { ReactNode } from 'react';

/** One card of a home page: a heading (h2, naming the section), its content, and an optional link onward. */
export function HomeCard({
  titleId,
  title,
  children,
  action,
  wide = false,
}: {
  titleId: string;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={`home-card${wide ? ' home-card--wide' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
      {action && <p className="home-card__action">{action}</p>}
    </section>
  );
}

/** What a card says when it has nothing to list (a good thing, usually). */
export function CardEmpty({ children }: { children: ReactNode }) {
  return <p className="home-card__empty">{children}</p>;
}
