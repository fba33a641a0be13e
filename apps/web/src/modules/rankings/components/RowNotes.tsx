import type { TieBreakCriterion } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { tieBreakLabel } from '../utils/score-parts';
import './score.css';

export interface RowNotesProps {
  row: { tieBreak?: TieBreakCriterion | null; latestReportMissing?: boolean | null };
  /**
   * The unit ranked just above, named when it is not the row shown just above (another sort, a filtered list);
   * absent, the note says "the unit above".
   */
  aboveName?: string;
  /**
   * The rows shown are not the level in rank order and the unit ranked just above is not known here (another order, a
   * search, the units under a parent): the note says "the unit ranked just above", not "the unit above".
   */
  aboveUnknown?: boolean;
}

/** "Chưa nộp báo cáo kỳ này" with a mark (icon and words, not colour alone). */
export function MissingReportMark() {
  const { t } = useTranslation();
  return (
    <span className="missing-mark">
      <span className="missing-mark__icon" aria-hidden="true">
        !
      </span>
      {t('rankings.scoring.missing')}
    </span>
  );
}

/**
 * Under a unit's name: why it sits below a unit with the same score ("cùng điểm với đơn vị trên — xếp sau do tỷ lệ
 * vượt chỉ tiêu", from this row's side) and the mark of a missing latest report. Nothing when there is nothing to say.
 */
export function RowNotes({ row, aboveName, aboveUnknown = false }: RowNotesProps) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  if (!row.tieBreak && !row.latestReportMissing) return null;
  return (
    <span className="row-notes">
      {row.tieBreak && (
        <span className="tie-note">
          <span className="tie-note__icon" aria-hidden="true">
            =
          </span>
          {aboveName
            ? t('rankings.scoring.tieNoteNamed', { name: aboveName, label: tieBreakLabel(row.tieBreak, lang) })
            : t(aboveUnknown ? 'rankings.scoring.tieNoteRanked' : 'rankings.scoring.tieNote', {
                label: tieBreakLabel(row.tieBreak, lang),
              })}
        </span>
      )}
      {row.latestReportMissing && <MissingReportMark />}
    </span>
  );
}
