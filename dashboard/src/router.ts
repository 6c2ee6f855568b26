import { useEffect, useState } from 'preact/hooks';

/** Hash routes (`#/block/5`, `#/messages?status=PENDING`): the node serves one page for every path. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '') || '/';
  const [p, q] = h.split('?', 2) as [string, string | undefined];
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q ?? '') };
}

export function useRoute(): Route {
  const [r, setR] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setR(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return r;
}

export const href = {
  overview: () => '#/',
  blocks: () => '#/blocks',
  block: (h: number | string) => `#/block/${h}`,
  tx: (hash: string) => `#/tx/${hash}`,
  messages: (q: Record<string, string> = {}) => {
    const s = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== '')).toString();
    return `#/messages${s ? '?' + s : ''}`;
  },
  message: (id: string | number) => `#/message/${id}`,
  account: (a: string) => `#/account/${encodeURIComponent(a)}`,
  contracts: () => '#/contracts',
};

export const go = (h: string) => {
  location.hash = h;
};
