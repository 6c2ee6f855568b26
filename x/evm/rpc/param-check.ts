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
  /** How the error names it (the handlers' own names). */
  name: string;
}

const req = (kind: Kind, name: string): Param => ({ kind, required: true, name });
const opt = (kind: Kind, name: string): Param => ({ kind, required: false, name });

export const SPEC_PARAMS: Readonly<Record<string, readonly Param[]>> = {
  eth_getBlockByHash: [req('hash', 'block hash'), req('bool', 'hydrated')],
  eth_getBlockByNumber: [req('block', 'block'), req('bool', 'hydrated')],
  eth_getBlockTransactionCountByHash: [req('hash', 'block hash')],
  eth_getBlockTransactionCountByNumber: [req('block', 'block')],
  eth_getBlockReceipts: [req('blockOrHash', 'block')],
  eth_getBlockAccessList: [req('blockOrHash', 'block')],
  eth_capabilities: [],
  eth_chainId: [],
  eth_syncing: [],
  eth_coinbase: [],
  eth_accounts: [],
  eth_blockNumber: [],
  eth_config: [],
  net_version: [],
  eth_call: [req('object', 'transaction'), opt('blockOrHash', 'block'), opt('any', 'state overrides'), opt('any', 'block overrides')],
  eth_estimateGas: [req('object', 'transaction'), opt('blockOrHash', 'block'), opt('any', 'state overrides'), opt('any', 'block overrides')],
  eth_createAccessList: [req('object', 'transaction'), opt('blockOrHash', 'block'), opt('any', 'state overrides')],
  eth_simulateV1: [req('object', 'payload'), opt('blockOrHash', 'block')],
  eth_gasPrice: [],
  eth_baseFee: [],
  eth_blobBaseFee: [],
  eth_maxPriorityFeePerGas: [],
  eth_feeHistory: [req('quantity', 'blockCount'), req('block', 'newestBlock'), req('array', 'rewardPercentiles')],
  eth_fillTransaction: [req('object', 'transaction')],
  eth_newFilter: [req('object', 'filter')],
  eth_newBlockFilter: [],
  eth_newPendingTransactionFilter: [opt('bool', 'fullTx')],
  eth_uninstallFilter: [req('quantity', 'filter id')],
  eth_getFilterChanges: [req('quantity', 'filter id')],
  eth_getFilterLogs: [req('quantity', 'filter id')],
  eth_getLogs: [req('object', 'filter')],
  eth_sign: [req('address', 'address'), req('bytes', 'message')],
  eth_signTransaction: [req('object', 'transaction')],
  eth_getBalance: [req('address', 'address'), opt('blockOrHash', 'block')],
  eth_getStorageAt: [req('address', 'address'), req('quantity', 'slot'), opt('blockOrHash', 'block')],
  eth_getStorageValues: [req('object', 'requests'), opt('blockOrHash', 'block')],
  eth_getTransactionCount: [req('address', 'address'), opt('blockOrHash', 'block')],
  eth_getCode: [req('address', 'address'), opt('blockOrHash', 'block')],
  eth_getProof: [req('address', 'address'), req('array', 'storageKeys'), opt('blockOrHash', 'block')],
  eth_sendTransaction: [req('object', 'transaction')],
  eth_sendRawTransaction: [req('bytes', 'transaction')],
  eth_getTransactionByHash: [req('hash', 'transaction hash')],
  eth_getTransactionByBlockHashAndIndex: [req('hash', 'block hash'), req('quantity', 'index')],
  eth_getTransactionByBlockNumberAndIndex: [req('block', 'block'), req('quantity', 'index')],
  eth_getTransactionReceipt: [req('hash', 'transaction hash')],
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
      if (p.required) throw invalidParams(`missing value for required argument ${i} (${p.name})`);
      return;
    }
    if (!TYPE_OK[p.kind](v)) throw invalidParams(`invalid argument ${i}: invalid ${p.name}: expected ${WANT[p.kind]}, got ${JSON.stringify(v)?.slice(0, 80)}`);
  });
}
