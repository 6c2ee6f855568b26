import { rpc } from '../api.ts';
import { AddrLink, BlockLink, Card, Json, Kv, MsgLink, Problem, TxLink, Vm, Table, TxCode } from '../components.tsx';
import { num, short } from '../format.ts';
import { useLive } from '../live.ts';
import { href } from '../router.ts';

const PAGE = 50;

export function Blocks({ to }: { to?: number }) {
  const { data, error } = useLive(() => rpc('trivium_blocks', { limit: PAGE, ...(to ? { to } : {}) }), [to], { live: !to });
  if (!data) return <Problem error={error} />;
  const rows: any[] = data.blocks;
  const lowest = rows[rows.length - 1]?.height ?? 1;
  return (
    <Card title={`Blocks${to ? ` up to ${to}` : ''}`}>
      <Table head={['height', 'hash', 'txs', 'by VM', 'gas', 'time']}>
        {rows.map((r) => (
          <tr key={r.height}>
            <td>
              <BlockLink h={r.height} />
            </td>
            <td class="mono" title={r.hash}>
              {short(r.hash)}
            </td>
            <td>
              {r.num_txs}
              {r.failed_txs ? <span class="fail"> ({r.failed_txs} failed)</span> : null}
            </td>
            <td>{Object.entries(r.txs_by_vm as Record<string, number>).filter(([, n]) => n).map(([v, n]) => <Vm key={v} vm={`${v} ${n}`} />)}</td>
            <td>{num(Object.values(r.gas_by_vm as Record<string, number>).reduce((a, b) => a + b, 0))}</td>
            <td class="muted">{r.time.replace('T', ' ').slice(0, 23)}</td>
          </tr>
        ))}
      </Table>
      {lowest > 1 && (
        <p>
          <a href={`#/blocks?to=${lowest - 1}`}>older blocks →</a>
        </p>
      )}
    </Card>
  );
}

export function Block({ height }: { height: number }) {
  const { data, error } = useLive(() => rpc('trivium_block', { height }), [height], { live: true });
  if (error && !data) return <Problem error={error} />;
  if (!data) return data === null ? <Problem error={`block ${height} is not committed yet`} /> : null;
  return (
    <div>
      <Card title={`Block ${height}`}>
        <Kv
          rows={[
            ['hash', <span class="mono">{data.hash}</span>],
            ['time', data.time],
            ['proposer', <span class="mono">{data.proposer}</span>],
            ['app hash', <span class="mono">{data.app_hash}</span>],
            ['txs', `${data.num_txs}${data.failed_txs ? ` (${data.failed_txs} failed)` : ''}`],
            [
              'neighbours',
              <span>
                {height > 1 && <a href={href.block(height - 1)}>← {height - 1}</a>} <a href={href.block(height + 1)}>{height + 1} →</a>
              </span>,
            ],
          ]}
        />
      </Card>
      <Card title="Transactions">
        {data.txs.length === 0 ? (
          <p class="muted">no transactions</p>
        ) : (
          <Table head={['#', 'hash', 'VM', 'messages', 'status', 'gas used / wanted', 'events']}>
            {data.txs.map((t: any) => (
              <tr key={t.hash}>
                <td>{t.index}</td>
                <td>
                  <TxLink hash={t.hash} />
                </td>
                <td>
                  <Vm vm={t.vm} />
                </td>
                <td class="mono small">{t.messages.join(', ')}</td>
                <td>
                  <TxCode code={t.code} log={t.log} />
                </td>
                <td>
                  {num(t.gas_used)} / {num(t.gas_wanted)}
                </td>
                <td>{t.events}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Block events (begin and end blockers)">
        <Events events={data.finalize_block_events} />
      </Card>
    </div>
  );
}

/** Events as type + attributes; a message id, address or tx hash in them links to its page. */
export function Events({ events }: { events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> }) {
  if (!events.length) return <p class="muted">none</p>;
  return (
    <div class="events">
      {events.map((e, i) => (
        <div class="event" key={i}>
          <div class="etype">{e.type}</div>
          <table>
            <tbody>
              {e.attributes.map((a, j) => (
                <tr key={j}>
                  <td class="ekey">{a.key}</td>
                  <td class="mono small">{attrValue(a.key, a.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

function attrValue(key: string, v: string) {
  if (key === 'message_id' && /^\d+$/.test(v)) return <MsgLink id={v} />;
  if (/^trivium1[0-9a-z]{38,}$/.test(v) || /^0x[0-9a-fA-F]{40}$/.test(v)) return <AddrLink a={v} full />;
  return v.length > 400 ? <Json value={v.slice(0, 400) + '…'} /> : v;
}
