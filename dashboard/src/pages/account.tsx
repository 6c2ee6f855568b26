import { rpc } from '../api.ts';
import { AddrLink, BlockLink, Card, Kv, MsgLink, Problem, Status, TxLink, Vm, Table, TxCode, MessageSummaryTable } from '../components.tsx';
import { num, short, utrv } from '../format.ts';
import { useLive } from '../live.ts';

export function Account({ address }: { address: string }) {
  const { data, error } = useLive(() => rpc('trivium_account', { address }), [address]);
  if (error && !data) return <Problem error={error} />;
  if (!data) return null;
  const { faces, balances, kind } = data;
  const what = [kind.evm_contract && 'EVM contract', kind.wasm_contract && 'JS (CosmWasm-style) contract', kind.svm_program && 'SVM program', kind.svm_account && 'SVM account'].filter(Boolean).join(', ');
  return (
    <div>
      <Card title={`Account${what ? ` — ${what}` : ''}`}>
        <Kv
          rows={[
            ['bech32', <span class="mono" data-testid="face-bech32">{faces.bech32}</span>],
            ['EVM', <span class="mono" data-testid="face-evm">{faces.evm}</span>],
            ['SVM face', <span class="mono" data-testid="face-svm">{faces.svm_face}</span>],
            ...(faces.svm_pubkey ? ([['SVM pubkey', <span class="mono">{faces.svm_pubkey}</span>]] as Array<[string, any]>) : []),
          ]}
        />
      </Card>
      <Card title="Balances">
        <Kv
          rows={[
            ['bank', balances.bank.length ? balances.bank.map((c: any) => (c.denom === 'utrv' ? `${utrv(c.amount)} (${num(c.amount)} utrv)` : `${num(c.amount)} ${c.denom}`)).join(', ') : '0'],
            ['EVM', `${num(balances.evm_wei)} wei · nonce ${balances.evm_nonce}`],
            ['SVM', `${num(balances.svm_lamports)} lamports`],
          ]}
        />
        {kind.wasm_contract && <Kv rows={[['code id', kind.wasm_contract.code_id], ['label', kind.wasm_contract.label], ['creator', <AddrLink a={kind.wasm_contract.creator} full />], ['admin', kind.wasm_contract.admin || '—']]} />}
        {kind.evm_contract && <Kv rows={[['code size', `${kind.evm_contract.code_size} bytes`]]} />}
        {kind.svm_program && <Kv rows={[['program id', kind.svm_program.program_id], ['deployer', kind.svm_program.deployer], ['ELF size', `${num(kind.svm_program.elf_size)} bytes`], ['deployed at', <BlockLink h={kind.svm_program.deployed_height} />]]} />}
      </Card>
      {data.contracts.length > 0 && (
        <Card title="Contracts it created">
          <ContractTable rows={data.contracts} />
        </Card>
      )}
      <Card title="Recent transactions">
        {data.recent_txs.length === 0 ? (
          <p class="muted">none in the last blocks</p>
        ) : (
          <Table head={['block', 'hash', 'VM', 'messages', 'status']}>
            {data.recent_txs.map((t: any) => (
              <tr key={t.hash}>
                <td>
                  <BlockLink h={t.height} />
                </td>
                <td>
                  <TxLink hash={t.hash} />
                </td>
                <td>
                  <Vm vm={t.vm} />
                </td>
                <td class="mono small">{t.messages.join(', ')}</td>
                <td>
                  <TxCode code={t.code} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Cross-VM messages it sent">
        {data.messages.length === 0 ? (
          <p class="muted">none</p>
        ) : (
          <MessageSummaryTable messages={data.messages} />
        )}
      </Card>
    </div>
  );
}

export function ContractTable({ rows }: { rows: any[] }) {
  return (
    <Table head={['VM', 'address / program id', 'code id / program', 'creator']}>
      {rows.map((c) => (
        <tr key={c.vm + c.address}>
          <td>
            <Vm vm={c.vm} />
          </td>
          <td>
            <AddrLink a={c.address} full />
            {c.label ? <span class="muted"> {c.label}</span> : null}
          </td>
          <td class="mono small" title={c.code_id}>
            {short(c.code_id, 14, 6)}
          </td>
          <td>{c.creator ? <AddrLink a={c.creator} /> : <span class="muted">—</span>}</td>
        </tr>
      ))}
    </Table>
  );
}

export function Contracts() {
  const { data, error } = useLive(() => rpc('trivium_contracts', {}), [], { minGapMs: 2000 });
  if (!data) return <Problem error={error} />;
  return (
    <div>
      {['evm', 'wasm', 'svm'].map((vm) => {
        const rows = data.contracts.filter((c: any) => c.vm === vm);
        return (
          <Card key={vm} title={`${vm === 'evm' ? 'EVM contracts' : vm === 'wasm' ? 'JS (CosmWasm-style) contracts, by code id' : 'SVM programs'} (${rows.length})`}>
            {rows.length ? <ContractTable rows={rows} /> : <p class="muted">none</p>}
          </Card>
        );
      })}
    </div>
  );
}
