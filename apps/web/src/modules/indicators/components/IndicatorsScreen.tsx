import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../../generated/graphql';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { IndicatorsQuery } from '../graphql/queries/indicators';
import { IndicatorFormDialog } from './IndicatorFormDialog';

type OpenDialog = { kind: 'create' } | { kind: 'edit'; indicator: IndicatorFieldsFragment };

/** The indicators, by code: name and what the numerator and denominator count; admins add and edit them. */
export function IndicatorsScreen({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(IndicatorsQuery);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [notice, setNotice] = useState('');
  const indicators = data?.indicators ?? [];

  return (
    <section aria-labelledby="indicators-title">
      <PageHeader
        titleId="indicators-title"
        title={t('indicators.title')}
        intro={t('indicators.intro')}
        actions={
          canManage && (
            <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('indicators.add')}
            </button>
          )
        }
      />
      <p className="notice page-notice" role="status">
        {notice}
      </p>
      <LoadedList
        data={data}
        error={error}
        onRetry={refetch}
        empty={!indicators.length}
        emptyTitle={t('indicators.empty')}
        emptyHint={t('indicators.emptyHint')}
      >
        {() => (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('indicators.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.columns.code')}</th>
                  <th scope="col">{t('indicators.columns.name')}</th>
                  <th scope="col">{t('indicators.columns.numerator')}</th>
                  <th scope="col">{t('indicators.columns.denominator')}</th>
                  {canManage && <th scope="col">{t('indicators.columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <td>
                      <span className="code">{indicator.code}</span>
                    </td>
                    <th scope="row" className="indicator-list__name">
                      {indicator.name}
                    </th>
                    <td>{indicator.numeratorLabel}</td>
                    <td>{indicator.denominatorLabel}</td>
                    {canManage && (
                      <td>
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('indicators.editLabel', { name: indicator.name })}
                          onClick={() => setDialog({ kind: 'edit', indicator })}
                        >
                          {t('indicators.edit')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
      {dialog && (
        <IndicatorFormDialog
          indicator={dialog.kind === 'edit' ? dialog.indicator : undefined}
          onClose={() => setDialog(null)}
          onSaved={(message) => {
            setNotice(message);
            setDialog(null);
          }}
        />
      )}
    </section>
  );
}
