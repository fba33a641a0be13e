import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { RecomputeRecordFiguresMutation } from '../graphql/mutations/recompute-record-figures';

/**
 * "Tính lại số liệu": without a campaign, the cells that imports touched; with one, every cell of the units it
 * feeds. The result is said in numbers; the figures screens read the new reports on their next visit.
 */
export function RecomputeButton({ campaignId = null }: { campaignId?: string | null }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('dossiers');
  const [recompute, { loading }] = useMutation(RecomputeRecordFiguresMutation);
  const [done, setDone] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const run = async () => {
    if (loading) return;
    setDone('');
    setErrors([]);
    try {
      const { data } = await recompute({ variables: { campaignId } });
      const payload = data?.recomputeRecordFigures;
      if (!payload) throw new Error('recomputeRecordFigures returned no payload');
      if (payload.userErrors.length || !payload.recompute) {
        setErrors(payload.userErrors.map(describe));
        return;
      }
      setDone(t('dossiers.recompute.done', { ...payload.recompute }));
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  return (
    <div className="dossier-recompute">
      <button
        type="button"
        className="button"
        onClick={() => void run()}
        disabled={loading}
        aria-describedby={campaignId ? 'recompute-intro-campaign' : 'recompute-intro'}
      >
        {loading ? t('dossiers.recompute.submitting') : t('dossiers.recompute.submit')}
      </button>
      <p className="muted" id={campaignId ? 'recompute-intro-campaign' : 'recompute-intro'}>
        {campaignId ? t('dossiers.recompute.campaignIntro') : t('dossiers.recompute.intro')}
      </p>
      <p className="notice" role="status">
        {done}
      </p>
      <FormErrors messages={errors} />
    </div>
  );
}
