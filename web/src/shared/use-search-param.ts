import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One query-string parameter as state, e.g. the record an open drawer shows (`?order=ord_…`): the
 * address can be shared and survives a reload. Setting null removes it; other parameters stay.
 */
export function useSearchParam(
  name: string,
  opts: { replace?: boolean } = {},
): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const { replace } = opts;
  const set = useCallback(
    (value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace },
      ),
    [name, replace, setParams],
  );
  return [params.get(name), set];
}
