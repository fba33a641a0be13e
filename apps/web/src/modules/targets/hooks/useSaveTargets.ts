import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TargetSetFieldsFragment } from '../../../generated/graphql';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { SetTargetsMutation } from '../graphql/mutations/set-targets';
import { cellErrorsOf, dirtyCells, targetInputsOf, type CellKey, type Draft } from '../utils/target-cells';

export interface SaveFeedback {
  notice: string;
  general: string[];
  byCell: Record<CellKey, string[]>;
  stale: boolean;
}

const NO_FEEDBACK: SaveFeedback = { notice: '', general: [], byCell: {}, stale: false };

/**
 * One save for the whole grid: every changed cell in a single setTargets with the set's version. A refused entry's
 * error goes back on its cell; STALE (someone else saved first) keeps the draft so nothing typed is lost.
 */
export function useSaveTargets(
  campaignId: string,
  set: TargetSetFieldsFragment,
  saved: ReadonlyMap<CellKey, number>,
  onSaved: () => void,
) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('targets');
  const [setTargets, { loading }] = useMutation(SetTargetsMutation);
  const [feedback, setFeedback] = useState<SaveFeedback>(NO_FEEDBACK);

  const save = async (draft: Draft) => {
    if (loading) return;
    const dirty = dirtyCells(draft, saved);
    const invalid = dirty.filter((cell) => cell.value === undefined).length;
    if (invalid) return setFeedback({ ...NO_FEEDBACK, general: [t('targets.invalidCells', { count: invalid })] });
    if (!dirty.length) return setFeedback({ ...NO_FEEDBACK, notice: t('targets.savedNothing') });
    const { targets, keys } = targetInputsOf(dirty);
    setFeedback(NO_FEEDBACK);
    try {
      const { data } = await setTargets({
        variables: { input: { campaignId, targetSetKey: set.key, version: set.version, targets } },
      });
      const payload = data?.setTargets;
      if (payload && !payload.userErrors.length) {
        onSaved();
        setFeedback({ ...NO_FEEDBACK, notice: t('targets.saved', { count: payload.changed }) });
        return;
      }
      const errors = payload?.userErrors ?? [];
      if (errors.some((error) => error.code === 'STALE')) return setFeedback({ ...NO_FEEDBACK, stale: true });
      const { byCell, general } = cellErrorsOf(errors, keys, describe);
      const refused = Object.keys(byCell).length;
      setFeedback({
        ...NO_FEEDBACK,
        byCell,
        general: [...(refused ? [t('targets.cellErrors', { count: refused })] : []), ...general],
      });
    } catch (error) {
      setFeedback({ ...NO_FEEDBACK, general: [describeRequestError(error, t)] });
    }
  };

  /** Editing a cell takes its server error away; the other feedback stays until the next save. */
  const forgetCells = (keys: ReadonlyArray<CellKey>) =>
    setFeedback((current) => {
      if (!keys.some((key) => key in current.byCell)) return current;
      const byCell = { ...current.byCell };
      for (const key of keys) delete byCell[key];
      return { ...current, byCell };
    });

  return { save, saving: loading, feedback, forgetCells, clearFeedback: () => setFeedback(NO_FEEDBACK) };
}
