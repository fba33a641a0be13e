import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import type { uploadDossiers } from '../utils/upload-dossiers';
import { DossierUploadForm } from './DossierUploadForm';
import { RecomputeButton } from './RecomputeButton';
import { RecordRulesSection } from './RecordRulesSection';
import './dossiers.css';

/** The administrator's dossier records: how they feed each indicator, importing a file of them, and the recount. */
export function DossiersScreen({ send }: { send?: typeof uploadDossiers }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dossiers-title" className="dossiers-screen">
      <PageHeader titleId="dossiers-title" title={t('dossiers.title')} intro={t('dossiers.intro')} />
      <RecordRulesSection />
      <DossierUploadForm send={send} />
      <section className="dossiers-section" aria-labelledby="dossier-recompute-title">
        <h2 id="dossier-recompute-title">{t('dossiers.recompute.title')}</h2>
        <RecomputeButton />
      </section>
    </section>
  );
}
