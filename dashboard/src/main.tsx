import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { feed } from './api.ts';
import { Account, Contracts } from './pages/account.tsx';
import { Block, Blocks } from './pages/blocks.tsx';
import { Message, Messages } from './pages/messages.tsx';
import { Overview } from './pages/overview.tsx';
import { Tx } from './pages/tx.tsx';
import { href, type Route, useRoute } from './router.ts';
import { Search } from './search.tsx';
import './style.css';

function page(r: Route) {
  const [p, a] = r.path;
  switch (p) {
    case undefined:
      return <Overview />;
    case 'blocks':
      return <Blocks to={Number(r.query.get('to')) || undefined} />;
    case 'block':
      return <Block height={Number(a)} />;
    case 'tx':
      return <Tx hash={a ?? ''} />;
    case 'messages':
      return <Messages query={r.query} />;
    case 'message':
      return <Message id={a ?? ''} />;
    case 'account':
      return <Account address={a ?? ''} />;
    case 'contracts':
      return <Contracts />;
    default:
      return <div class="error">no page {location.hash}</div>;
  }
}

function Live() {
  const [on, setOn] = useState(feed.connected);
  const [h, setH] = useState(feed.height);
  useEffect(() => {
    const a = feed.onState(setOn);
    const b = feed.on(setH);
    // The socket may have opened between the first render and this effect.
    setOn(feed.connected);
    setH(feed.height);
    return () => (a(), b());
  }, []);
  return (
    <span class={`live ${on ? 'on' : 'off'}`} data-testid="live" title={on ? 'subscribed to the node’s blocks over its WebSocket' : 'reconnecting…'}>
      {on ? `live · ${h || '…'}` : 'offline'}
    </span>
  );
}

function App() {
  const r = useRoute();
  const at = r.path[0] ?? '';
  const nav = (to: string, label: string, match: string[]) => (
    <a href={to} class={match.includes(at) ? 'active' : ''}>
      {label}
    </a>
  );
  return (
    <>
      <header>
        <a class="brand" href={href.overview()}>
          Trivium
        </a>
        <nav>
          {nav(href.overview(), 'Overview', [''])}
          {nav(href.blocks(), 'Blocks', ['blocks', 'block', 'tx'])}
          {nav(href.messages(), 'Cross-VM', ['messages', 'message'])}
          {nav(href.contracts(), 'Contracts', ['contracts', 'account'])}
        </nav>
        <Search />
        <Live />
      </header>
      <main>{page(r)}</main>
    </>
  );
}

feed.start();
render(<App />, document.getElementById('app')!);
