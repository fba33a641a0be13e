import { useTranslation } from 'react-i18next';

/** ▲2 (up two places), ▼1 (down one), – (same rank); blank when there is nothing to compare. Read out in words. */
export function MovementArrow({ movement }: { movement: number | null | undefined }) {
  const { t } = useTranslation();
  if (movement === null || movement === undefined) {
    return <span className="visually-hidden">{t('rankings.movement.none')}</span>;
  }
  const [symbol, modifier, label] =
    movement > 0
      ? [`▲${movement}`, 'up', t('rankings.movement.up', { count: movement })]
      : movement < 0
        ? [`▼${-movement}`, 'down', t('rankings.movement.down', { count: -movement })]
        : ['–', 'same', t('rankings.movement.same')];
  return (
    <span className={`movement movement--${modifier}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
