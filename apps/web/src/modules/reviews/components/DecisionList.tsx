import { decisionDocument } from '@thidua/domain';
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { DecisionDocumentQuery } from '../graphql/queries/decision-document';
import { DecisionIssuerQuery } from '../graphql/queries/decision-issuer';
import { downloadReviewFile, type ReviewFile } from '../utils/download-review-file';
import { DecisionPaper } from './decision-document/DecisionPaper';
import { decisionDocumentInput } from './decision-document/decision-document-input';
import '../../../foundation/ui/components/print-document.css';
import './decision-list.css';

/**
 * The board's decision with its annexes, printable: the model the DOCX is written from (`decisionDocument` of
 * @thidua/domain), laid out as it is, with the buttons that print it and download the DOCX and the XLSX annex.
 */
export function DecisionList({ campaignId, reviewId }: { campaignId: string; reviewId: string }) {
  const { t } = useTranslation();
  const [downloadError, setDownloadError] = useState('');
  const [downloading, setDownloading] = useState<ReviewFile | null>(null);
  // Not cached: a one-row read of the roots must not become the units screen's list.
  const issuer = useQuery(DecisionIssuerQuery, { fetchPolicy: 'no-cache' });
  // What the cache holds shows at once; the answer brings the decisions taken since.
  const { data, error, refetch } = useQuery(DecisionDocumentQuery, {
    variables: { id: reviewId },
    fetchPolicy: 'cache-and-network',
  });
  const review = data?.review;

  // The issuer is awaited, not shown generic and then replaced; without it the model names the committee alone.
  if (!data || issuer.loading) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;
  if (!review) return <p className="state">{t('notFound.title')}</p>;

  const decision = decisionDocument(decisionDocumentInput(review, issuer.data?.units.edges[0]?.node.name ?? null));

  const download = async (file: ReviewFile) => {
    setDownloadError('');
    setDownloading(file);
    const name = file === 'decision.docx' ? 'quyet-dinh' : 'danh-sach-kem-quyet-dinh';
    const extension = file.slice(file.lastIndexOf('.'));
    try {
      await downloadReviewFile(
        file,
        review.id,
        `${name}-${review.decisionNumber ?? t('decisionList.draftFileName')}${extension}`.replace(/[/\\]/g, '-'),
      );
    } catch {
      setDownloadError(t(file === 'decision.docx' ? 'decisionList.docxFailed' : 'decisionList.downloadFailed'));
    } finally {
      setDownloading(null);
    }
  };

  return (
    <div className="print-document decision-list">
      <div className="print-document__actions no-print">
        <Link to={`/campaigns/${campaignId}/reviews/${review.id}`}>← {t('decisionList.back')}</Link>
        <span className="print-document__buttons">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('decisionList.print')}
          </button>
          <button
            type="button"
            className="button"
            disabled={downloading !== null}
            onClick={() => void download('decision-list.xlsx')}
          >
            {downloading === 'decision-list.xlsx' ? t('decisionList.downloading') : t('decisionList.download')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={downloading !== null}
            onClick={() => void download('decision.docx')}
          >
            {downloading === 'decision.docx' ? t('decisionList.downloading') : t('decisionList.downloadDocx')}
          </button>
        </span>
        {downloadError && (
          <p className="field-error" role="alert">
            {downloadError}
          </p>
        )}
        {decision.draft && <p className="decision-list__hint">{t('decisionDocument.draftHint')}</p>}
      </div>
      <DecisionPaper decision={decision} label={review.name} />
    </div>
  );
}
