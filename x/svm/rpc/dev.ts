import { serialized, submitDevTx } from '../../../core/client/dev-authority.ts';
import { RpcError } from '../../../core/jsonrpc/index.ts';
import { parseAddress } from '../../../core/types/address.ts';
import { intStartFlag, type NodeAPI, startFlag } from '../../../core/types/node-api.ts';
import { MsgDevSetAccountCodec, TypeUrls } from '../codec.ts';
import { devAuthority } from '../keeper/dev-account.ts';
import type { SvmKeeper } from '../keeper/keeper.ts';
import { parsePubkey } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import { invalidParams } from './encoding.ts';
import type { Method } from './methods.ts';

const refused = (msg: string) => new RpcError(-32000, msg);
const DEV_GAS = 200_000n;
const U64_MAX = 2n ** 64n - 1n;

function assertDevnet(node: NodeAPI, method: string): void {
  if (startFlag(node.flags, 'abci') !== undefined) throw refused(`${method} is a devnet control: this node runs behind CometBFT (--abci), where it is not available`);
}

function u64(v: unknown, name: string, dflt?: bigint): bigint {
  if ((v === undefined || v === null) && dflt !== undefined) return dflt;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string' && /^\d{1,20}$/.test(v) && BigInt(v) <= U64_MAX) return BigInt(v);
  throw invalidParams(`${name} must be a non-negative integer (u64)`);
}

function key(v: unknown, name: string): Uint8Array {
  if (typeof v !== 'string') throw invalidParams(`${name} must be a base58 pubkey`);
  try {
    return parsePubkey(v);
  } catch (e) {
    throw invalidParams(`${name}: ${(e as Error).message}`);
  }
}

/** `data`: base64, or `[base64, "base64"]` as getAccountInfo returns it. */
function data(v: unknown): Uint8Array {
  if (v === undefined || v === null) return new Uint8Array();
  const [s, enc] = Array.isArray(v) ? v : [v, 'base64'];
  if (enc !== 'base64' || typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) throw invalidParams('data must be base64 or [base64, "base64"]');
  return Buffer.from(s, 'base64');
}

/**
 * The devnet's Solana-side controls on the Solana JSON-RPC port: `setAccount [pubkey, {lamports, data, owner,
 * executable?, rentEpoch?}]` (LiteSVM's set_account) — a MsgDevSetAccount the node signs as the genesis's
 * dev_authority, so a replay sets it again — and `warpToSlot [slot]`: a slot is a block here, so warping
 * produces the blocks up to it (forward only; the same cap as anvil_mine).
 */
export function devMethods(node: NodeAPI, keeper: SvmKeeper): Record<string, Method> {
  const setAccount = serialized(async (params: unknown[]) => {
    assertDevnet(node, 'setAccount');
    const pubkey = key(params[0], 'pubkey');
    const a = params[1];
    if (!a || typeof a !== 'object' || Array.isArray(a)) throw invalidParams('expected [pubkey, {lamports, data, owner, executable?, rentEpoch?}]');
    const o = a as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!['lamports', 'data', 'owner', 'executable', 'rentEpoch', 'space'].includes(k)) throw invalidParams(`unknown account field ${JSON.stringify(k)}`);
    const lamports = u64(o.lamports, 'lamports');
    const owner = key(o.owner, 'owner');
    if (o.executable !== undefined && typeof o.executable !== 'boolean') throw invalidParams('executable must be a boolean');
    const body = { pubkey: encodeBase58(pubkey), lamports, data: data(o.data), owner: encodeBase58(owner), executable: o.executable === true, rentEpoch: u64(o.rentEpoch, 'rentEpoch', 0n) };
    const ctx = node.queryContext();
    if (keeper.isProgram(ctx, pubkey)) throw invalidParams(`${body.pubkey} is a deployed program: setAccount does not replace programs`);
    const authority = devAuthority(ctx);
    const auth = keeper.devAuth;
    const account = authority && auth ? auth.getAccount(ctx, parseAddress(authority)) : undefined;
    if (!auth || !account) throw refused("setAccount is a devnet control: this chain's genesis names no svm dev_authority");
    const value = MsgDevSetAccountCodec.encode({ authority, ...body }).finish();
    try {
      const tx = await submitDevTx(node, { authority, account, gas: DEV_GAS, feeUtrv: auth.minFee(ctx, DEV_GAS), message: { typeUrl: TypeUrls.MsgDevSetAccount, value } });
      return { slot: tx.height, tx_hash: tx.hash };
    } catch (e) {
      throw refused(`setAccount: ${(e as Error).message}`);
    }
  });
  const cap = intStartFlag(node.flags, 'dev.max-mine-blocks', 10_000);
  return {
    setAccount: (params) => setAccount(params),
    warpToSlot: async (params) => {
      assertDevnet(node, 'warpToSlot');
      const slot = u64(params[0], 'slot');
      const now = BigInt(node.latestHeight());
      if (slot <= now) throw invalidParams(`slot ${slot} is not ahead of the current slot ${now}: a chain cannot warp back`);
      if (slot - now > BigInt(cap)) throw invalidParams(`warping ${slot - now} slots exceeds the per-call cap of ${cap} blocks (--dev.max-mine-blocks)`);
      return { slot: await node.mine(Number(slot - now)) };
    },
  };
}
