import { rpc } from '../api.ts';
import { AddrLink, BlockLink, Card, Json, Kv, MsgLink, Problem, Vm } from '../components.tsx';
import { num } from '../format.ts';
import { useLive } from '../live.ts';
import { Events } from './blocks.tsx';

export function Tx({ hash }: { hash: string }) {
  // A tx never changes once committed; one not found yet may still be in the mempool, so keep looking.
  const { data, error } = useLive(() => rpc('trivium_tx', { hash }), [hash]);
  if (error && !data) return <Problem error={error} />;
  if (data === null) return <Problem error={`no committed tx ${hash} (yet)`} />;
  if (!data) return null;
  const ok = data.result.code === 0;
  const logs = data.events.filter((e: any) => /log/.test(e.type));
  return (
    <div>
      <Card title="Transaction">
        <Kv
          rows={[
            ['hash', <span class="mono" data-testid="tx-hash">{data.hash}</span>],
            ['block', <BlockLink h={data.height} />],
            ['position', String(data.index)],
            ['VM', <Vm vm={data.vm} />],
            ['status', ok ? <span class="ok" data-testid="tx-status">success</span> : <span class="fail" data-testid="tx-status">failed: code {data.result.code} ({data.result.codespace})</span>],
            ['gas used / wanted', `${num(data.result.gas_used)} / ${num(data.result.gas_wanted)}`],
            ['size', `${data.size} bytes`],
            ...(data.crossvm_message_ids.length ? ([['cross-VM messages', <span>{data.crossvm_message_ids.map((id: string) => <MsgLink key={id} id={id} />)}</span>]] as Array<[string, any]>) : []),
          ]}
        />
        {!ok && <div class="error">{data.result.log}</div>}
      </Card>
      <Card title="Decoded">
        <Decoded d={data.decoded} />
      </Card>
      {ok && data.result.log && (
        <Card title="Result log">
          <Json value={data.result.log} />
        </Card>
      )}
      {logs.length > 0 && (
        <Card title="Logs">
          <Events events={logs} />
        </Card>
      )}
      <Card title="Events">
        <Events events={data.events} />
      </Card>
    </div>
  );
}

function Decoded({ d }: { d: any }) {
  if (d.error) return <Problem error={d.error} />;
  if (d.kind === 'evm') {
    const e = d.ethereum;
    return (
      <Kv
        rows={[
          ['kind', 'Ethereum transaction (raw)'],
          ['Ethereum hash', <span class="mono">{e.hash}</span>],
          ['from', <AddrLink a={e.from} full />],
          ['to', e.to ? <AddrLink a={e.to} full /> : 'contract creation'],
          ['value', `${e.value_wei} wei`],
          ['nonce', e.nonce],
          ['gas limit', num(e.gas_limit)],
          ['type', String(e.type)],
          ['selector', e.selector ?? '—'],
          ['data', <Json value={e.data} />],
        ]}
      />
    );
  }
  if (d.kind === 'svm') {
    const s = d.solana;
    return (
      <div>
        <Kv
          rows={[
            ['kind', `Solana transaction (${s.version})`],
            ['signature', <span class="mono">{s.signatures[0]}</span>],
            ['fee payer', <AddrLink a={s.fee_payer} full />],
            ['recent blockhash', <span class="mono">{s.recent_blockhash}</span>],
          ]}
        />
        <h3>Instructions</h3>
        <Json value={s.instructions} />
      </div>
    );
  }
  const c = d.cosmos;
  return (
    <div>
      {c.messages.map((m: any, i: number) => (
        <div class="msg" key={i}>
          <div class="mono etype">{m.type_url}</div>
          <Json value={m.value} />
        </div>
      ))}
      <Kv rows={[['fee', c.fee.amount.map((a: any) => `${a.amount}${a.denom}`).join(', ') || '0'], ['gas limit', num(c.fee.gas_limit)], ['memo', c.memo || '—']]} />
    </div>
  );
}
