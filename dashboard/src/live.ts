import { useEffect, useRef, useState } from 'preact/hooks';
import { feed } from './api.ts';

export interface Loaded<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/**
 * Reads `load()` now and again after every committed block the feed announces: at most one read in flight, and
 * at most one read per `minGapMs` (a node at 50 blocks/s would otherwise have the page re-read 50 times a second);
 * a block that arrives meanwhile is caught by the next read. `deps` restart it (a new page, a new filter).
 */
export function useLive<T>(load: () => Promise<T>, deps: unknown[], opts: { live?: boolean; minGapMs?: number } = {}): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  const ctl = useRef({ inFlight: false, dirty: false, last: 0, timer: 0 as unknown as ReturnType<typeof setTimeout> | 0, gen: 0 });
  const live = opts.live ?? true;
  const gap = opts.minGapMs ?? 200;
  const run = useRef<() => void>(() => undefined);
  run.current = () => {
    const c = ctl.current;
    if (c.inFlight) {
      c.dirty = true;
      return;
    }
    const wait = c.last + gap - performance.now();
    if (wait > 0) {
      if (!c.timer) c.timer = setTimeout(() => ((c.timer = 0), run.current()), wait);
      return;
    }
    c.inFlight = true;
    c.last = performance.now();
    const gen = c.gen;
    load()
      .then((data) => gen === c.gen && setState({ data, loading: false }))
      .catch((e: Error) => gen === c.gen && setState((s) => ({ ...s, error: e.message, loading: false })))
      .finally(() => {
        c.inFlight = false;
        if (c.dirty) {
          c.dirty = false;
          run.current();
        }
      });
  };
  useEffect(() => {
    const c = ctl.current;
    c.gen++;
    c.last = 0;
    // A new page or filter: what the last one showed is not this one's.
    setState({ loading: true });
    run.current();
    const off = live ? feed.on(() => run.current()) : () => undefined;
    return () => {
      off();
      if (c.timer) clearTimeout(c.timer);
      c.timer = 0;
    };
  }, deps);
  return { ...state, reload: () => run.current() };
}
