import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSettingsFragment, TargetSetFieldsFragment } from '../../../generated/graphql';
import { useSaveTargets } from '../hooks/useSaveTargets';
import { targetValueOf } from '../utils/parse-target';
import { dirtyCells, levelCellKey, savedTargetsOf, type CellKey, type Draft } from '../utils/target-cells';
import { LevelDefaultsGrid } from './LevelDefaultsGrid';
import type { PasteSummary } from './TargetGrid';
import { TargetSaveBar } from './TargetSaveBar';
import { UnitOverridesGrid } from './UnitOverridesGrid';

export interface TargetGridEditorProps {
  campaign: CampaignSettingsFragment;
  set: TargetSetFieldsFragment;
  draft: Draft;
  onDraftChange: (draft: Draft) => void;
  editable: boolean;
  onReload: () => void;
}

/** The targets of one set: level defaults and unit overrides, edited together and saved together. */
export function TargetGridEditor({ campaign, set, draft, onDraftChange, editable, onReload }: TargetGridEditorProps) {
  const { t } = useTranslation();
  const saved = useMemo(() => savedTargetsOf(set), [set]);
  const { save, saving, feedback, forgetCells, clearFeedback } = useSaveTargets(campaign.id, set, saved, () =>
    onDraftChange({}),
  );
  const [pasteNote, setPasteNote] = useState('');
  const dirtyCount = dirtyCells(draft, saved).length;
  const indicators = campaign.indicators.map(({ indicator }) => ({ code: indicator.code, name: indicator.name }));

  const onEdit = (changes: Record<CellKey, string>) => {
    onDraftChange({ ...draft, ...changes });
    forgetCells(Object.keys(changes));
    setPasteNote('');
  };

  const onPasted = ({ count, dropped, invalid }: PasteSummary) => {
    const parts = [t('targets.pasted', { count })];
    if (dropped) parts.push(t('targets.pastedDropped', { count: dropped }));
    if (invalid) parts.push(t('targets.pastedInvalid', { count: invalid }));
    setPasteNote(parts.join(' '));
  };

  // A unit without its own target follows its level's default, as typed (if valid) or as saved.
  const levelDefault = (levelKey: string, code: string): number | undefined => {
    const key = levelCellKey(levelKey, code);
    const typed = key in draft ? targetValueOf(draft[key]) : undefined;
    if (typed !== undefined) return typed ?? undefined;
    return saved.get(key);
  };

  if (!indicators.length) return <p className="state">{t('targets.noIndicators')}</p>;

  return (
    <div className="target-editor">
      {editable && (
        <TargetSaveBar
          dirtyCount={dirtyCount}
          saving={saving}
          feedback={feedback}
          pasteNote={pasteNote}
          onSave={() => {
            setPasteNote('');
            void save(draft);
          }}
          onDiscard={() => {
            onDraftChange({});
            clearFeedback();
          }}
          onReload={() => {
            clearFeedback();
            onReload();
          }}
        />
      )}
      {editable && <p className="field__hint target-editor__hint">{t('targets.keyboardHint')}</p>}
      <LevelDefaultsGrid
        levels={campaign.levels}
        indicators={indicators}
        saved={saved}
        draft={draft}
        errors={feedback.byCell}
        editable={editable}
        onEdit={onEdit}
        onPasted={onPasted}
      />
      <UnitOverridesGrid
        levels={campaign.levels}
        indicators={indicators}
        saved={saved}
        draft={draft}
        errors={feedback.byCell}
        editable={editable}
        onEdit={onEdit}
        onPasted={onPasted}
        levelDefault={levelDefault}
      />
    </div>
  );
}
