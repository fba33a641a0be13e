import { useId } from 'react';
import type { DecisionAnnex, DecisionDocument } from '@thidua/domain';
import { ScrollBox } from '../../../../foundation/ui/components/ScrollBox';
import './decision-paper.css';

/**
 * The words a writer sets around the model's parts; the DOCX writer (apps/api/src/modules/reviews/
 * decision-document.docx.ts) sets the same. The document is Vietnamese whatever the screen's language.
 */
const WORDS = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  draft: 'DỰ THẢO',
  recipients: 'Nơi nhận:',
  columns: ['STT', 'Tên tập thể', 'Hình thức', 'Ghi chú'],
} as const;

/**
 * The board's decision on paper, part by part as `decisionDocument` (@thidua/domain) gives it and as the DOCX lays it
 * out (Nghị định 30/2020/NĐ-CP): the decision's sheet, then each annex on its own.
 */
export function DecisionPaper({ decision, label }: { decision: DecisionDocument; label: string }) {
  const { mandate, title, name } = decision.signature;
  return (
    <article className="decision-paper" lang="vi" aria-label={label}>
      <div className="decision-paper__sheet decision-paper__decision">
        {decision.draft && <p className="decision-paper__draft">{WORDS.draft}</p>}
        <header className="decision-paper__heading">
          <div className="decision-paper__issuer">
            {decision.issuer.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
          <p className="decision-paper__number">{decision.numberLine}</p>
          <div className="decision-paper__nation">
            <p>{WORDS.nation}</p>
            <p className="decision-paper__motto">{WORDS.motto}</p>
          </div>
          <p className="decision-paper__date">{decision.dateLine}</p>
        </header>
        <h1 className="decision-paper__title">{decision.title}</h1>
        <p className="decision-paper__summary">{decision.summary}</p>
        <p className="decision-paper__authority">{decision.authority}</p>
        {[...decision.grounds, decision.proposer].map((ground, index) => (
          <p key={index} className="decision-paper__ground">
            {ground}
          </p>
        ))}
        <p className="decision-paper__decides">{decision.decides}</p>
        {decision.articles.map((article) => (
          <p key={article.label} className="decision-paper__article">
            <strong>{article.label}</strong> {article.text}
          </p>
        ))}
        <div className="decision-paper__closing">
          <div className="decision-paper__recipients">
            <p className="decision-paper__recipients-label">{WORDS.recipients}</p>
            <ul>
              {decision.recipients.map((recipient) => (
                <li key={recipient}>{recipient}</li>
              ))}
            </ul>
          </div>
          <div className="decision-paper__signer">
            {mandate && <p>{mandate}</p>}
            <p>{title}</p>
            <div className="decision-paper__signature-space" />
            {name && <p>{name}</p>}
          </div>
        </div>
      </div>
      {decision.annexes.map((annex) => (
        <AnnexSheet key={annex.label} annex={annex} />
      ))}
    </article>
  );
}

function AnnexSheet({ annex }: { annex: DecisionAnnex }) {
  const id = useId();
  return (
    <section className="decision-paper__sheet decision-paper__annex" aria-labelledby={id}>
      <p className="decision-paper__annex-label">{annex.label}</p>
      <h2 id={id} className="decision-paper__annex-title">
        {annex.title}
      </h2>
      <p className="decision-paper__reference">{annex.reference}</p>
      <ScrollBox labelledBy={id}>
        <table className="decision-paper__table" aria-labelledby={id}>
          <colgroup>
            <col className="decision-paper__col-stt" />
            <col className="decision-paper__col-unit" />
            <col className="decision-paper__col-form" />
            <col className="decision-paper__col-note" />
          </colgroup>
          <thead>
            <tr>
              {WORDS.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {annex.rows.map((row, index) => (
              <tr key={index}>
                <td className="decision-paper__stt">{index + 1}</td>
                <th scope="row">{row.unitName}</th>
                <td>{row.form}</td>
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
