import { fromBech32 } from '@cosmjs/encoding';
import { toBech32Address, toChecksumAddress } from '../../core/types/address.ts';
import type { Context } from '../../core/types/context.ts';
import type { NodeAPI } from '../../core/types/node-api.ts';
import type { BankKeeper } from '../../x/bank/keeper.ts';
import type { CrossVMKeeper } from '../../x/crossvm/keeper.ts';
import type { EvmKeeper } from '../../x/evm/keeper.ts';
import type { SvmKeeper } from '../../x/svm/keeper/keeper.ts';
import { addressFace, embeddedAddress, svmFace } from '../../x/svm/types/address.ts';
import { decodeBase58, encodeBase58 } from '../../x/svm/types/base58.ts';
import type { WasmKeeper } from '../../x/wasm/keeper/keeper.ts';
import { type TxCatalog, txAt, txRow } from './tx-view.ts';
import { Keys as SvmKeys } from '../../x/svm/types/index.ts';
import { StoreKeys as EvmKeys } from '../../x/evm/types/index.ts';

export interface ExplorerKeepers {
  bank: BankKeeper;
  evm: EvmKeeper;
  wasm: WasmKeeper;
  svm: SvmKeeper;
  crossvm: CrossVMKeeper;
}

/** An address in any face: its 20 bytes and, when it was given as a 32-byte SVM pubkey, that pubkey. */
export interface ParsedAccount {
  addr20: Uint8Array;
  pubkey?: Uint8Array;
}

/** bech32 (`trivium1…`, 20 or 32 bytes), `0x` + 40 hex, or base58 (32 bytes); undefined for anything else. */
export function parseAnyAddress(input: string): ParsedAccount | undefined {
  const s = input.trim();
  if (/^0x[0-9a-fA-F]{40}$/.test(s)) return { addr20: Buffer.from(s.slice(2), 'hex') };
  if (/^trivium1[02-9ac-hj-np-z]+$/.test(s)) {
    try {
      const { data } = fromBech32(s, 100);
      if (data.length === 20) return { addr20: data };
      if (data.length === 32) return { addr20: addressFace(data), pubkey: data };
    } catch {
      return undefined;
    }
    return undefined;
  }
  if (/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(s)) {
    try {
      const pk = decodeBase58(s);
      if (pk.length === 32) return { addr20: addressFace(pk), pubkey: pk };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Every face of an account (docs/architecture.md: one account, three spellings). */
export function faces(a: ParsedAccount) {
  return {
    bech32: toBech32Address(a.addr20),
    evm: toChecksumAddress(a.addr20),
    svm_face: encodeBase58(svmFace(a.addr20)),
    ...(a.pubkey ? { svm_pubkey: encodeBase58(a.pubkey), embedded: embeddedAddress(a.pubkey) !== undefined } : {}),
  };
}

const RECENT_SCAN_BLOCKS = 2000;
const RECENT_LIMIT = 25;

/**
 * The account page: faces, balances in each VM, what it is (an EVM contract, a JS contract, an SVM program),
 * the contracts it created, its recent txs (any tx whose events name one of its faces, in the last
 * RECENT_SCAN_BLOCKS blocks) and its cross-VM messages.
 */
export function accountView(k: ExplorerKeepers, catalog: TxCatalog, node: NodeAPI, input: string) {
  const a = parseAnyAddress(input);
  if (!a) return null;
  const ctx = node.queryContext();
  const f = faces(a);
  const svmKey = a.pubkey ?? svmFace(a.addr20);
  const evmAcct = k.evm.getAccount(ctx, a.addr20);
  const code = k.evm.getCode(ctx, a.addr20);
  const wasmContract = k.wasm.getContract(ctx, a.addr20);
  const svmAcct = k.svm.getAccount(ctx, svmKey);
  const program = k.svm.programInfo(ctx, svmKey);
  const created = [...take(k.wasm.contractsByCreator(ctx, a.addr20), 50)].map(([, addr]) => ({ vm: 'wasm', address: addr, code_id: k.wasm.getContract(ctx, fromBech32(addr).data)?.code_id ?? '' }));
  const programs = programsBy(k, ctx, f.bech32);
  return {
    input,
    faces: f,
    balances: {
      bank: k.bank.getAllBalances(ctx, a.addr20),
      evm_wei: evmAcct.balance.toString(),
      evm_nonce: evmAcct.nonce.toString(),
      svm_lamports: (svmAcct?.lamports ?? 0n).toString(),
    },
    kind: {
      evm_contract: code.length > 0 ? { code_size: code.length } : null,
      wasm_contract: wasmContract ? { code_id: wasmContract.code_id, creator: wasmContract.creator, admin: wasmContract.admin, label: wasmContract.label } : null,
      svm_program: program ? { program_id: program.programId, deployer: program.deployer, elf_size: program.elfSize, deployed_height: program.deployedHeight } : null,
      svm_account: svmAcct && !program && (svmAcct.executable || svmAcct.data.length > 0 || svmAcct.owner.some((b) => b !== 0)) ? { owner: encodeBase58(svmAcct.owner), executable: svmAcct.executable, data_len: svmAcct.data.length } : null,
    },
    contracts: [...created, ...programs],
    recent_txs: recentTxs(catalog, node, [f.bech32, f.evm.toLowerCase(), f.svm_face, ...(f.svm_pubkey ? [f.svm_pubkey] : [])]),
    messages: [...take(k.crossvm.bySender(ctx, f.bech32), 10_000)].reverse().slice(0, 50),
  };
}

function* take<T>(it: Iterable<T>, n: number): IterableIterator<T> {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n <= 0) return;
  }
}

function programsBy(k: ExplorerKeepers, ctx: Context, deployer: string) {
  return listContracts(k, ctx, 'svm', 500).filter((p) => p.creator === deployer);
}

/** Txs of the last RECENT_SCAN_BLOCKS blocks whose events carry one of `keys` (compared without case). */
function recentTxs(catalog: TxCatalog, node: NodeAPI, keys: string[]) {
  const want = new Set(keys.map((s) => s.toLowerCase()));
  const out: Array<ReturnType<typeof txRow> & { height: number }> = [];
  const top = node.latestHeight();
  for (let h = top; h >= 1 && h > top - RECENT_SCAN_BLOCKS && out.length < RECENT_LIMIT; h--) {
    const r = node.getBlockResults(h);
    if (!r || r.txResults.length === 0) continue;
    r.txResults.forEach((res, i) => {
      if (out.length >= RECENT_LIMIT) return;
      if (!res.events.some((e) => e.attributes.some((x) => want.has(x.value.toLowerCase())))) return;
      const t = txAt(node, h, i);
      if (t) out.push({ ...txRow(catalog, t), height: h });
    });
  }
  return out;
}

export interface ContractRow {
  vm: 'evm' | 'wasm' | 'svm';
  address: string;
  /** wasm: the code id; svm: the loader; evm: the code hash. */
  code_id: string;
  creator: string;
  label?: string;
}

const EVM_SCAN_ACCOUNTS = 20_000;

/** The contracts of one VM: JS contracts by code id, SVM programs as deployed, EVM accounts that hold code. */
export function listContracts(k: ExplorerKeepers, ctx: Context, vm: 'evm' | 'wasm' | 'svm', limit: number): ContractRow[] {
  const out: ContractRow[] = [];
  if (vm === 'wasm') {
    for (const c of k.wasm.codes(ctx)) {
      for (const [, addr] of k.wasm.contractsByCode(ctx, BigInt(c.code_id))) {
        if (out.length >= limit) return out;
        const rec = k.wasm.getContract(ctx, fromBech32(addr).data);
        out.push({ vm, address: addr, code_id: c.code_id, creator: rec?.creator ?? c.creator, label: rec?.label });
      }
    }
  } else if (vm === 'svm') {
    for (const [, v] of ctx.rawStore.iterate(SvmKeys.programPrefix)) {
      if (out.length >= limit) break;
      const p = JSON.parse(Buffer.from(v).toString('utf8')) as { programId: string; deployer: string; loader: string };
      out.push({ vm, address: p.programId, code_id: p.loader, creator: p.deployer });
    }
  } else {
    // x/evm keeps no list of contracts: walk the accounts (a devnet's handful; bounded for a big genesis).
    let n = 0;
    for (const [key] of ctx.rawStore.iterate(EvmKeys.accountPrefix)) {
      if (out.length >= limit || ++n > EVM_SCAN_ACCOUNTS) break;
      const addr = Buffer.from(key.slice(EvmKeys.accountPrefix.length), 'hex');
      const acct = k.evm.getAccount(ctx, addr);
      if (acct.codeHash && acct.codeHash.length && k.evm.getCode(ctx, addr).length > 0) out.push({ vm, address: toChecksumAddress(addr), code_id: '0x' + Buffer.from(acct.codeHash).toString('hex'), creator: '' });
    }
  }
  return out;
}
