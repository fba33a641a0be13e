import { useEffect, useState } from 'react';

/** The time from `now`, read again every `intervalMs` so that a countdown moves on by itself. */
export function useClock(now: () => Date, intervalMs = 30_000): Date {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return time;
}
