import { useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { isScope, scopeKey } from '../../api-tokens';
import { ReportUnitQuery } from '../../reports';
import { LevelsQuery } from '../../units';
import type { AuditValueWords } from '../utils/audit-values';

/** The names of the units an entry refers to by id, read once each (Apollo's cache answers repeats). */
function useUnitNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const client = useApolloClient();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let live = true;
    const wanted = key.split(',');
    void Promise.all(
      wanted.map((id) =>
        client.query({ query: ReportUnitQuery, variables: { id } }).then(
          (result) => [id, result.data?.unit?.name] as const,
          () => [id, undefined] as const,
        ),
      ),
    ).then((pairs) => {
      if (live) setNames(new Map(pairs.filter((pair): pair is readonly [string, string] => Boolean(pair[1]))));
    });
    return () => {
      live = false;
    };
  }, [client, key]);
  return names;
}

/**
 * Words for an audit entry's stored values in the current language: roles, decisions and the like by the GLOSSARY,
 * Có/Không, dd/MM/yyyy dates, unit and level names for their ids (the id itself until the name arrives).
 */
export function useAuditValueWords({ unitIds, needsLevels }: { unitIds: readonly string[]; needsLevels: boolean }): {
  words: AuditValueWords;
  fieldName: (field: string) => string;
} {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const units = useUnitNames(unitIds);
  const levels = useQuery(LevelsQuery, { skip: !needsLevels });
  const levelNames = useMemo(
    () => new Map((levels.data?.levels ?? []).map((level) => [level.id, level.name])),
    [levels.data],
  );

  return useMemo(() => {
    const known = (key: string) => (i18n.exists(key) ? (t as unknown as (key: string) => string)(key) : null);
    const enumKeys = {
      role: 'roles',
      decision: 'decision',
      outcome: 'outcome',
      campaignStatus: 'campaignStatus',
      weekday: 'weekdays',
    } as const;
    const words: AuditValueWords = {
      yes: t('audit.yes'),
      no: t('audit.no'),
      date: (value) => format.date(value),
      dateTime: (value) => format.dateTime(value),
      number: (value) => format.number(value),
      unit: (id) => units.get(id) ?? null,
      moreUnits: (count) => t('audit.moreUnits', { count }),
      level: (id) => levelNames.get(id) ?? null,
      enumWord: (kind, value) => {
        if (kind === 'scope') return isScope(value) ? t(`apiTokens.scopes.${scopeKey(value)}`) : null;
        // Only upper-case codes are looked up: a stored value must not walk into another part of the locale.
        return /^[A-Z][A-Z_]*$/.test(value) ? known(`${enumKeys[kind]}.${value}`) : null;
      },
    };
    const fieldName = (field: string) =>
      /^[A-Za-z]+$/.test(field) ? (known(`audit.fields.${field}`) ?? field) : field;
    return { words, fieldName };
  }, [t, i18n, format, units, levelNames]);
}
