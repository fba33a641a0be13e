import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../generated/graphql';
import { ReviewComparisonQuery } from '../graphql/queries/review-comparison';

/**
 * What changed since the campaign's previous review, folded under one line with the counts: proposals new in this
 * review, proposals no longer made, units whose outcome changed. A muted line for the campaign's first review.
 */
export function ReviewComparison({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(ReviewComparisonQuery, { variables: { id: reviewId } });
  const review = data?.review;
  // Loading or failed: it is a side note, the screen does without it.
  if (!review) return null;
  const comparison = review.comparison;
  if (!comparison) return <p className="muted review-comparison__first">{t('reviews.comparison.first')}</p>;

  const outcomes = (list: readonly Outcome[]) =>
    list.length ? list.map((outcome) => t(`outcome.${outcome}`)).join(', ') : t('reviews.comparison.nothing');
  const lists = [
    {
      key: 'added',
      items: comparison.added.map((proposal) => ({
        key: proposal.id,
        text: t('reviews.comparison.item', { unit: proposal.unit.name, form: proposal.form }),
      })),
    },
    {
      key: 'dropped',
      items: comparison.dropped.map((proposal) => ({
        key: proposal.id,
        text: t('reviews.comparison.item', { unit: proposal.unit.name, form: proposal.form }),
      })),
    },
    {
      key: 'changed',
      items: comparison.outcomeChanged.map((change) => ({
        key: change.unit.id,
        text: t('reviews.comparison.change', {
          unit: change.unit.name,
          before: outcomes(change.before),
          after: outcomes(change.after),
        }),
      })),
    },
  ] as const;

  return (
    <section className="review-comparison" aria-labelledby={`${id}-toggle`}>
      <h3 className="review-comparison__heading">
        <button
          type="button"
          id={`${id}-toggle`}
          className="review-comparison__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true" className="review-comparison__marker">
            {open ? '▾' : '▸'}
          </span>
          <span>
            {t('reviews.comparison.title', {
              name: comparison.previousReview.name,
              period: comparison.previousReview.asOfPeriod,
            })}
          </span>{' '}
          <span className="review-comparison__counts">
            {t('reviews.comparison.counts', {
              added: comparison.added.length,
              dropped: comparison.dropped.length,
              changed: comparison.outcomeChanged.length,
            })}
          </span>
        </button>
      </h3>
      <div id={`${id}-body`} className="review-comparison__body" hidden={!open}>
        {lists.map((list) => (
          <div key={list.key} className="review-comparison__list">
            <h4 id={`${id}-${list.key}`}>
              {t(`reviews.comparison.${list.key}`)} ({list.items.length})
            </h4>
            {list.items.length ? (
              <ul aria-labelledby={`${id}-${list.key}`}>
                {list.items.map((item) => (
                  <li key={item.key}>{item.text}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('reviews.comparison.none')}</p>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
