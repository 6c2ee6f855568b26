import { rpc } from '../api.ts';
import { AddrLink, Card, Json, Kv, MsgLink, Problem, Status, TxLink, BlockLink, STATUS_COLORS, Vm, Table } from '../components.tsx';
import { hexText, num, prettyJson, short, utrv } from '../format.ts';
import { useLive } from '../live.ts';
import { go, href } from '../router.ts';

const STATES = ['', 'SUBMITTED', 'PENDING', 'EXECUTED', 'FAILED', 'TIMED_OUT'];
const VMS = ['', 'evm', 'wasm', 'svm'];

export function Messages({ query }: { query: URLSearchParams }) {
  const f = { status: query.get('status') ?? '', source_vm: query.get('source_vm') ?? '', target_vm: query.get('target_vm') ?? '', sender: query.get('sender') ?? '' };
  const page = Number(query.get('page') ?? '0') || 0;
  const key = JSON.stringify([f, page]);
  const { data, error } = useLive(() => rpc('trivium_crossvmMessages', { ...Object.fromEntries(Object.entries(f).filter(([, v]) => v)), offset: page * 50, limit: 50 }), [key]);
  const set = (k: string, v: string) => go(href.messages({ ...f, [k]: v }));
  return (
    <Card title="Cross-VM messages">
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          set('sender', String(new FormData(e.currentTarget).get('sender') ?? '').trim());
        }}
      >
        <label>
          state
          <select name="status" value={f.status} onChange={(e) => set('status', e.currentTarget.value)}>
            {STATES.map((s) => (
              <option value={s}>{s || 'any'}</option>
            ))}
          </select>
        </label>
        <label>
          source
          <select name="source_vm" value={f.source_vm} onChange={(e) => set('source_vm', e.currentTarget.value)}>
            {VMS.map((s) => (
              <option value={s}>{s || 'any'}</option>
            ))}
          </select>
        </label>
        <label>
          target
          <select name="target_vm" value={f.target_vm} onChange={(e) => set('target_vm', e.currentTarget.value)}>
            {VMS.map((s) => (
              <option value={s}>{s || 'any'}</option>
            ))}
          </select>
        </label>
        <label class="grow">
          sender
          <input name="sender" placeholder="trivium1… / 0x… (Enter)" value={f.sender} />
        </label>
      </form>
      <Problem error={error} />
      {data && (
        <>
          <p class="muted">
            {num(data.total)} matching · queue depth {num(data.queue_depth)} · at height {num(data.height)}
          </p>
          <Table head={['id', 'state', 'source → target', 'target contract', 'sender', 'submitted', 'updated']} data-testid="messages">
            {data.messages.map((m: any) => (
              <tr key={m.id} data-message-id={m.id} data-status={m.status}>
                <td>
                  <MsgLink id={m.id} />
                </td>
                <td>
                  <Status s={m.status} />
                </td>
                <td>
                  <Vm vm={m.source_vm} /> → <Vm vm={m.target_vm} />
                </td>
                <td class="mono" title={m.target_contract}>
                  {short(m.target_contract)}
                </td>
                <td>
                  <AddrLink a={m.sender} />
                </td>
                <td>
                  <BlockLink h={m.submitted_height} />
                </td>
                <td>
                  <BlockLink h={m.updated_height} />
                </td>
              </tr>
            ))}
          </Table>
          <p>
            {page > 0 && <a href={`${href.messages(f)}${Object.values(f).some(Boolean) ? '&' : '?'}page=${page - 1}`}>← newer</a>}{' '}
            {(page + 1) * 50 < data.total && <a href={`${href.messages(f)}${Object.values(f).some(Boolean) ? '&' : '?'}page=${page + 1}`}>older →</a>}
          </p>
        </>
      )}
    </Card>
  );
}

async function loadMessage(id: string) {
  const view = await rpc('trivium_crossvmMessage', { id });
  if (!view) return { view: null, trace: null };
  // The whole tree from the tx that submitted it where that is known; the message's own subtree otherwise.
  const trace = await rpc('trivium_traceCrossVM', { id: view.submitted_tx ?? id }).catch(() => null);
  return { view, trace };
}

export function Message({ id }: { id: string }) {
  const { data, error } = useLive(() => loadMessage(id), [id]);
  if (error && !data) return <Problem error={error} />;
  if (!data) return null;
  if (!data.view) return <Problem error={`no cross-VM message ${id}`} />;
  const { message: m, timeline, settlement, callback, submitted_tx } = data.view;
  return (
    <div>
      <Card title={`Cross-VM message #${m.id}`}>
        <div class="msg-head">
          <Status s={m.status} /> <Vm vm={m.source_vm} /> → <Vm vm={m.target_vm} />
        </div>
        <ol class="timeline" data-testid="timeline">
          {timeline.map((s: any) => (
            <li key={s.state} data-state={s.state} style={{ borderColor: STATUS_COLORS[s.state] ?? '#999' }}>
              <span class="tl-state" style={{ color: STATUS_COLORS[s.state] }}>
                {label(s.state)}
              </span>
              <span class="tl-height">
                at <BlockLink h={s.height} />
              </span>
              {s.detail && <span class="tl-detail">{s.detail}</span>}
            </li>
          ))}
          {!['EXECUTED', 'FAILED', 'TIMED_OUT'].includes(m.status) && (
            <li class="tl-wait" data-state="WAITING">
              <span class="tl-state muted">Executed / Failed / TimedOut — waiting</span>
            </li>
          )}
        </ol>
        <Kv
          rows={[
            ['sender', <AddrLink a={m.sender} full />],
            ['target contract', <AddrLink a={m.target_contract} full />],
            ['submitted in tx', submitted_tx ? <TxLink hash={submitted_tx} /> : <span class="muted">a block's end (not a tx)</span>],
            ['gas limit / used', `${num(m.gas_limit)} / ${num(m.gas_used || '0')}`],
            ['funds', m.funds.length ? m.funds.map((c: any) => `${c.amount}${c.denom}`).join(', ') : 'none'],
            ['escrow', utrv(settlement.escrow)],
            ...(settlement.refund !== undefined ? ([['charged / refunded', `${utrv(settlement.charged)} / ${utrv(settlement.refund)}`]] as Array<[string, any]>) : []),
            ['callback', callback.requested ? `${callback.status || '—'}${callback.success === false ? ` (${callback.error})` : ''}${callback.gas_used ? `, gas ${num(callback.gas_used)}` : ''}` : 'not requested'],
          ]}
        />
      </Card>
      <Card title="Payload">
        <Payload vm={m.target_vm} hex={m.payload} accounts={m.accounts} />
      </Card>
      <Card title={m.status === 'FAILED' || m.status === 'TIMED_OUT' ? 'Error' : 'Result'}>
        {m.status === 'EXECUTED' ? <Result hex={m.result} /> : m.error ? <div class="error" data-testid="message-error">{m.error}</div> : <p class="muted">not final yet</p>}
      </Card>
      <Card title="Cross-VM trace">
        {data.trace ? (
          <div class="trace" data-testid="trace">
            <Frame f={data.trace.root} />
            <p class="muted">gas by VM: {Object.entries(data.trace.gas as Record<string, string>).map(([vm, g]) => `${vm} ${num(g)}`).join(' · ')}</p>
          </div>
        ) : (
          <p class="muted">no trace</p>
        )}
      </Card>
    </div>
  );
}

const label = (s: string) => ({ SUBMITTED: 'Submitted', PENDING: 'Pending', EXECUTED: 'Executed', FAILED: 'Failed', TIMED_OUT: 'TimedOut', CALLBACK: 'Callback' })[s] ?? s;

function Payload({ vm, hex, accounts }: { vm: string; hex: string; accounts: any[] }) {
  const text = hexText(hex);
  if (vm === 'wasm' && text !== undefined) return <Json value={prettyJson(text)} />;
  return (
    <div>
      <Kv rows={[[vm === 'evm' ? 'calldata' : 'instruction data', <span class="mono wrap">0x{hex}</span>], ...(vm === 'evm' && hex.length >= 8 ? ([['selector', <span class="mono">0x{hex.slice(0, 8)}</span>]] as Array<[string, any]>) : [])]} />
      {accounts.length > 0 && <Json value={accounts} />}
    </div>
  );
}

function Result({ hex }: { hex: string }) {
  const text = hexText(hex);
  if (!hex) return <p class="muted">(empty)</p>;
  return text !== undefined ? <Json value={prettyJson(text)} /> : <span class="mono wrap">0x{hex}</span>;
}

function Frame({ f }: { f: any }) {
  const title = [f.kind, f.method, f.id !== undefined ? `#${f.id}` : undefined].filter(Boolean).join(' ');
  const target = f.contract ?? f.to ?? f.program ?? f.target ?? f.address ?? f.tx_hash ?? f.eth_hash;
  return (
    <details open class="frame" data-kind={f.kind}>
      <summary>
        {f.vm && <Vm vm={f.vm} />} <b>{title}</b> {target && <span class="mono small" title={target}>{short(String(target), 12, 6)}</span>} {f.status && <Status s={String(f.status).toUpperCase()} />}{' '}
        {f.gas_used && <span class="muted">gas {num(f.gas_used)}</span>} {f.error && <span class="fail">{String(f.error)}</span>}
      </summary>
      {(f.children ?? []).map((c: any, i: number) => (
        <Frame key={i} f={c} />
      ))}
    </details>
  );
}
