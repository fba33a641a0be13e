import { useTranslation } from 'react-i18next';
import type { ProposalConflict } from '../../../generated/graphql';

/** Why a proposal needs a second look, in words ("Cần xem lại: …"); nothing when it does not. */
export function ConflictFlags({ conflicts }: { conflicts: readonly ProposalConflict[] }) {
  const { t } = useTranslation();
  if (!conflicts.length) return null;
  return (
    <div className="conflict-flags">
      <strong className="conflict-flags__title">
        <span aria-hidden="true">⚠ </span>
        {t('reviews.conflicts.title')}:
      </strong>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict}>{t(`reviews.conflicts.${conflict}`)}</li>
        ))}
      </ul>
    </div>
  );
}
