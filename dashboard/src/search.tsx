import { useEffect, useState } from 'preact/hooks';
import { rpc } from './api.ts';
import { go, href } from './router.ts';

interface Hit {
  kind: 'block' | 'tx' | 'message' | 'account';
  key: string;
  label: string;
}

const target = (h: Hit) => (h.kind === 'block' ? href.block(h.key) : h.kind === 'tx' ? href.tx(h.key) : h.kind === 'message' ? href.message(h.key) : href.account(h.key));

/** One box for a height, a tx hash (Cosmos, Ethereum, Solana), a message id or an address in any face. */
export function Search() {
  const [hits, setHits] = useState<Hit[] | undefined>();
  const [note, setNote] = useState('');
  // A new page: the last search's answers are done with.
  useEffect(() => {
    const clear = () => (setHits(undefined), setNote(''));
    addEventListener('hashchange', clear);
    return () => removeEventListener('hashchange', clear);
  }, []);
  const submit = async (q: string) => {
    setNote('');
    setHits(undefined);
    if (!q.trim()) return;
    try {
      const r = await rpc<{ hits: Hit[] }>('trivium_search', { q });
      if (r.hits.length === 1) go(target(r.hits[0]!));
      else if (r.hits.length === 0) setNote(`nothing found for ${q}`);
      else setHits(r.hits);
    } catch (e) {
      setNote((e as Error).message);
    }
  };
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(String(new FormData(e.currentTarget).get('q') ?? ''));
      }}
    >
      <input name="q" type="search" placeholder="height, tx hash, message id, address…" aria-label="search" autocomplete="off" />
      {(hits || note) && (
        <div class="hits" data-testid="search-hits">
          {note && <div class="muted">{note}</div>}
          {hits?.map((h) => (
            <a key={h.kind + h.key} href={target(h)} data-kind={h.kind} onClick={() => setHits(undefined)}>
              {h.label}
            </a>
          ))}
        </div>
      )}
    </form>
  );
}
