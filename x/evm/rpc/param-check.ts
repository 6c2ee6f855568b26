import { invalidParams } from './errors.ts';

/**
 * The JSON types of each execution-apis method's positional params (ethereum/execution-apis `src/eth/*.yaml`),
 * checked before a handler runs, so a wrong type is -32602 as geth answers it ("invalid argument 1: …") rather
 * than whatever a handler makes of it. Shapes only: each handler's parser still checks the values.
 * Extra trailing params geth accepts beyond the spec (state and block overrides) are listed as `any`.
 */
type Kind = 'address' | 'hash' | 'quantity' | 'bytes' | 'bool' | 'block' | 'blockOrHash' | 'object' | 'array' | 'any';
interface Param {
  kind: Kind;
  required: boolean;
}

const req = (kind: Kind): Param => ({ kind, required: true });
const opt = (kind: Kind): Param => ({ kind, required: false });

export const SPEC_PARAMS: Readonly<Record<string, readonly Param[]>> = {
  eth_getBlockByHash: [req('hash'), req('bool')],
  eth_getBlockByNumber: [req('block'), req('bool')],
  eth_getBlockTransactionCountByHash: [req('hash')],
  eth_getBlockTransactionCountByNumber: [req('block')],
  eth_getBlockReceipts: [req('blockOrHash')],
  eth_getBlockAccessList: [req('blockOrHash')],
  eth_capabilities: [],
  eth_chainId: [],
  eth_syncing: [],
  eth_coinbase: [],
  eth_accounts: [],
  eth_blockNumber: [],
  eth_config: [],
  net_version: [],
  eth_call: [req('object'), opt('blockOrHash'), opt('any'), opt('any')],
  eth_estimateGas: [req('object'), opt('blockOrHash'), opt('any'), opt('any')],
  eth_createAccessList: [req('object'), opt('blockOrHash'), opt('any')],
  eth_simulateV1: [req('object'), opt('blockOrHash')],
  eth_gasPrice: [],
  eth_baseFee: [],
  eth_blobBaseFee: [],
  eth_maxPriorityFeePerGas: [],
  eth_feeHistory: [req('quantity'), req('block'), opt('array')],
  eth_fillTransaction: [req('object')],
  eth_newFilter: [req('object')],
  eth_newBlockFilter: [],
  eth_newPendingTransactionFilter: [opt('bool')],
  eth_uninstallFilter: [req('quantity')],
  eth_getFilterChanges: [req('quantity')],
  eth_getFilterLogs: [req('quantity')],
  eth_getLogs: [req('object')],
  eth_sign: [req('address'), req('bytes')],
  eth_signTransaction: [req('object')],
  eth_getBalance: [req('address'), opt('blockOrHash')],
  eth_getStorageAt: [req('address'), req('quantity'), opt('blockOrHash')],
  eth_getStorageValues: [req('object'), opt('blockOrHash')],
  eth_getTransactionCount: [req('address'), opt('blockOrHash')],
  eth_getCode: [req('address'), opt('blockOrHash')],
  eth_getProof: [req('address'), req('array'), opt('blockOrHash')],
  eth_sendTransaction: [req('object')],
  eth_sendRawTransaction: [req('bytes')],
  eth_getTransactionByHash: [req('hash')],
  eth_getTransactionByBlockHashAndIndex: [req('hash'), req('quantity')],
  eth_getTransactionByBlockNumberAndIndex: [req('block'), req('quantity')],
  eth_getTransactionReceipt: [req('hash')],
};

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const hexString = (v: unknown, re: RegExp) => typeof v === 'string' && re.test(v);
// geth also takes a JSON number where a quantity is meant; so do the handlers' parsers.
const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

const TYPE_OK: Record<Kind, (v: unknown) => boolean> = {
  address: (v) => hexString(v, /^0x[0-9a-fA-F]{40}$/),
  hash: (v) => hexString(v, /^0x[0-9a-fA-F]{64}$/),
  quantity: (v) => hexString(v, /^0x[0-9a-fA-F]+$/) || isCount(v),
  bytes: (v) => hexString(v, /^0x[0-9a-fA-F]*$/),
  bool: (v) => typeof v === 'boolean',
  block: (v) => typeof v === 'string' || isCount(v),
  // EIP-1898 adds {blockHash, requireCanonical} / {blockNumber} objects.
  blockOrHash: (v) => typeof v === 'string' || isCount(v) || isObject(v),
  object: isObject,
  array: Array.isArray,
  any: () => true,
};

const WANT: Record<Kind, string> = {
  address: 'a 20-byte 0x address',
  hash: 'a 32-byte 0x hash',
  quantity: 'a hex quantity',
  bytes: '0x-prefixed hex bytes',
  bool: 'a boolean',
  block: 'a block number or tag',
  blockOrHash: 'a block number, tag or hash',
  object: 'an object',
  array: 'an array',
  any: 'anything',
};

/** Throws -32602 when `params` do not have the shapes the spec gives `method` (methods outside the spec pass). */
export function checkSpecParams(method: string, params: unknown[]): void {
  const spec = SPEC_PARAMS[method];
  if (!spec) return;
  if (params.length > spec.length) throw invalidParams(`too many arguments, want at most ${spec.length}`);
  spec.forEach((p, i) => {
    const v = params[i];
    if (v === undefined || v === null) {
      if (p.required) throw invalidParams(`missing value for required argument ${i}`);
      return;
    }
    if (!TYPE_OK[p.kind](v)) throw invalidParams(`invalid argument ${i}: expected ${WANT[p.kind]}, got ${JSON.stringify(v)?.slice(0, 80)}`);
  });
}
