import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export interface RankingParams {
  level: string | null;
  period: number | null;
  set: string | null;
  parent: string | null;
}

/** Level, period, target set and parent filter live in the address, so a ranking can be linked to and reloaded. */
export function useRankingParams(): [RankingParams, (change: Partial<RankingParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const period = Number(search.get('period'));
  const params: RankingParams = {
    level: search.get('level'),
    period: Number.isInteger(period) && period > 0 ? period : null,
    set: search.get('set'),
    parent: search.get('parent'),
  };
  const update = useCallback(
    (change: Partial<RankingParams>) =>
      setSearch((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value === null || value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      }),
    [setSearch],
  );
  return [params, update];
}
