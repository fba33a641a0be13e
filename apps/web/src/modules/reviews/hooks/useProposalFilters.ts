import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { readFilters, writeFilters, type DecisionFilter, type ProposalFilters } from '../utils/proposal-filters';

/** The proposal filters, read from and written to the address (replacing the entry: no history per keystroke). */
export function useProposalFilters(
  fallback: DecisionFilter,
): [ProposalFilters, (change: Partial<ProposalFilters>) => void] {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => readFilters(search, fallback), [search, fallback]);
  const update = useCallback(
    (change: Partial<ProposalFilters>) =>
      setSearch((current) => writeFilters(current, change, fallback), { replace: true }),
    [setSearch, fallback],
  );
  return [filters, update];
}
