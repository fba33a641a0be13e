import { issuerLines } from '@thidua/domain';
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { CampaignQuery } from '../../campaigns';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { DecisionIssuerQuery } from '../graphql/queries/decision-issuer';
import { ReviewQuery } from '../graphql/queries/review';
import { downloadReviewFile, type ReviewFile } from '../utils/download-review-file';
import type { ProposalView } from './types';
import '../../../foundation/ui/components/print-document.css';
import './decision-list.css';

/** The approved proposals as the annex to the decision, in the administrative layout; printable. */
export function DecisionList({ campaignId, reviewId }: { campaignId: string; reviewId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [downloadError, setDownloadError] = useState('');
  const [downloading, setDownloading] = useState<ReviewFile | null>(null);
  const campaignResult = useQuery(CampaignQuery, { variables: { id: campaignId } });
  // Not cached: a one-row read of the roots must not become the units screen's list.
  const issuer = useQuery(DecisionIssuerQuery, { fetchPolicy: 'no-cache' });
  const { data, error, refetch } = useQuery(ReviewQuery, { variables: { id: reviewId } });
  const review = data?.review;

  if (!data) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;
  if (!review) return <p className="state">{t('notFound.title')}</p>;

  const approved = review.proposals.filter((proposal) => proposal.decision === 'APPROVED');
  const commended = approved.filter((proposal) => proposal.outcome === 'COMMENDATION');
  const disciplined = approved.filter((proposal) => proposal.outcome === 'DISCIPLINE');
  const issuerBlock = issuerLines(issuer.data?.units.edges[0]?.node.name) ?? [
    t('decisionList.committee'),
    t('decisionList.province'),
  ];
  const annex =
    review.decisionNumber && review.decisionDate
      ? t('decisionList.annex', { number: review.decisionNumber, date: format.date(review.decisionDate) })
      : t('decisionList.annexDraft');

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

  const list = (title: string, proposals: ProposalView[], key: string) => (
    <section className="decision-annex" aria-labelledby={`annex-${key}`}>
      <h2 id={`annex-${key}`} className="decision-annex__title">
        {title}
      </h2>
      <p className="decision-annex__ref">{annex}</p>
      {proposals.length ? (
        <table className="decision-table">
          <thead>
            <tr>
              <th scope="col">{t('decisionList.stt')}</th>
              <th scope="col">{t('decisionList.unit')}</th>
              <th scope="col">{t('decisionList.form')}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((proposal, index) => (
              <tr key={proposal.id}>
                <td className="decision-table__stt">{index + 1}</td>
                <th scope="row">{proposal.unit.name}</th>
                <td>{proposal.form}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="decision-annex__none">{t('decisionList.none')}</p>
      )}
    </section>
  );

  return (
    <article className="print-document decision-list" aria-label={review.name}>
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
      </div>
      <header className="decision-header">
        <div className="decision-header__issuer">
          {issuerBlock.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
          <hr />
        </div>
        <div className="decision-header__nation">
          <p>{t('decisionList.nation')}</p>
          <p className="decision-header__motto">{t('decisionList.motto')}</p>
          <hr />
        </div>
      </header>
      {campaignResult.data?.campaign && <p className="decision-list__campaign">{campaignResult.data.campaign.name}</p>}
      <h1 className="visually-hidden">{review.name}</h1>
      {list(t('decisionList.commendedTitle'), commended, 'commended')}
      {list(t('decisionList.disciplinedTitle'), disciplined, 'disciplined')}
    </article>
  );
}
