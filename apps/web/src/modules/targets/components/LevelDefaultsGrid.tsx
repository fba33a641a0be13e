import { useTranslation } from 'react-i18next';
import { levelCellKey } from '../utils/target-cells';
import { TargetGrid, type TargetGridProps } from './TargetGrid';

export interface LevelOption {
  id: string;
  key: string;
  name: string;
}

/** Levels × indicators: the default target of every unit of a level. */
export function LevelDefaultsGrid({
  levels,
  ...grid
}: { levels: ReadonlyArray<LevelOption> } & Omit<TargetGridProps, 'caption' | 'rowHeader' | 'rows'>) {
  const { t } = useTranslation();
  const rows = levels.map((level) => ({
    id: level.id,
    header: level.name,
    label: level.name,
    cellKey: (code: string) => levelCellKey(level.key, code),
  }));
  return (
    <section className="target-section" aria-labelledby="level-defaults-title">
      <h3 id="level-defaults-title">{t('targets.levelDefaults')}</h3>
      <p className="field__hint">{t('targets.levelDefaultsHint')}</p>
      <TargetGrid caption={t('targets.levelDefaults')} rowHeader={t('targets.level')} rows={rows} {...grid} />
    </section>
  );
}
