import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CampaignQuery } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { UpdateTargetSetMutation } from '../graphql/mutations/update-target-set';
import { dirtyCells, savedTargetsOf, type Draft } from '../utils/target-cells';
import { TargetGridEditor } from './TargetGridEditor';
import { TargetSetDialog } from './TargetSetDialog';
import { TargetSetSwitcher } from './TargetSetSwitcher';
import './targets.css';

type CampaignWithSets = NonNullable<CampaignQuery['campaign']>;

export interface TargetsPanelProps {
  campaign: CampaignWithSets;
  canManage: boolean;
  onReload: () => Promise<unknown>;
}

/** The Chỉ tiêu tab: switch between target sets, add one, make one primary, and edit the targets of the chosen set. */
export function TargetsPanel({ campaign, canManage, onReload }: TargetsPanelProps) {
  const { t } = useTranslation();
  const describe = useDescribeUserError();
  const sets = campaign.targetSets;
  const [selectedKey, setSelectedKey] = useState(sets[0]?.key ?? '');
  // Each set keeps its own unsaved cells, so switching sets loses nothing.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [updateTargetSet, { loading: updating }] = useMutation(UpdateTargetSetMutation);
  const editable = canManage && campaign.status !== 'CLOSED';
  const set = sets.find((candidate) => candidate.key === selectedKey) ?? sets[0];
  const dirtyKeys = new Set(
    sets.filter((s) => dirtyCells(drafts[s.key] ?? {}, savedTargetsOf(s)).length > 0).map((s) => s.key),
  );

  const makePrimary = async () => {
    if (!set || updating) return;
    setErrors([]);
    try {
      const { data } = await updateTargetSet({
        variables: { input: { id: set.id, primary: true, version: set.version } },
      });
      const payload = data?.updateTargetSet;
      if (payload?.userErrors.length) {
        setErrors(payload.userErrors.map((error) => (error.code === 'STALE' ? t('targets.stale') : describe(error))));
        return;
      }
      await onReload();
      setNotice(t('targets.madePrimary', { name: set.name }));
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  return (
    <section className="targets-panel" aria-labelledby="targets-title">
      <div className="section-header">
        <h2 id="targets-title">{t('targets.title')}</h2>
        {editable && (
          <div className="section-header__actions">
            {set && !set.primary && (
              <button type="button" className="button" onClick={() => void makePrimary()} disabled={updating}>
                {t('targets.makePrimary')}
              </button>
            )}
            <button type="button" className="button" onClick={() => setCreating(true)}>
              {t('targets.addSet')}
            </button>
          </div>
        )}
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      <FormErrors messages={errors} />
      {!set ? (
        <div className="state">
          <p className="state__title">{t('targets.noSets')}</p>
          <p>{t('targets.noSetsHint')}</p>
        </div>
      ) : (
        <>
          <TargetSetSwitcher sets={sets} selectedKey={set.key} dirtyKeys={dirtyKeys} onSelect={setSelectedKey} />
          <TargetGridEditor
            key={set.key}
            campaign={campaign}
            set={set}
            draft={drafts[set.key] ?? {}}
            onDraftChange={(draft) => setDrafts((current) => ({ ...current, [set.key]: draft }))}
            editable={editable}
            onReload={() => void onReload()}
          />
        </>
      )}
      {creating && (
        <TargetSetDialog
          campaignId={campaign.id}
          first={sets.length === 0}
          onClose={() => setCreating(false)}
          onCreated={(key, message) => {
            setCreating(false);
            setNotice(message);
            void onReload().then(() => setSelectedKey(key));
          }}
        />
      )}
    </section>
  );
}
