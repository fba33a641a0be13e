import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The units that are due and have not reported, with a button that copies their names, one a line. */
export function RemindList({
  units,
  due,
}: {
  units: ReadonlyArray<{ id: string; code: string; name: string }>;
  due: boolean;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(units.map((unit) => unit.name).join('\n'));
      setNotice(t('statusBoard.remind.copied', { count: units.length }));
    } catch {
      setNotice(t('statusBoard.remind.copyFailed'));
    }
  };

  return (
    <section className="remind-list" aria-labelledby="remind-title">
      <div className="remind-list__header">
        <h3 id="remind-title">{t('statusBoard.remind.title', { count: units.length })}</h3>
        {units.length > 0 && (
          <button type="button" className="button button--small" onClick={() => void copy()}>
            {t('statusBoard.remind.copy')}
          </button>
        )}
      </div>
      {units.length ? (
        // Scrolls when long; focusable so that a keyboard can scroll it too.
        <ul className="remind-list__units" tabIndex={0} aria-labelledby="remind-title">
          {units.map((unit) => (
            <li key={unit.id}>{unit.name}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t(due ? 'statusBoard.remind.none' : 'statusBoard.remind.notDue')}</p>
      )}
      <p className="remind-list__notice" role="status">
        {notice}
      </p>
    </section>
  );
}
