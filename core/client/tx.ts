import type { EncodeObject, OfflineSigner, Registry } from '@cosmjs/proto-signing';
import type { AminoTypes, DeliverTxResponse, SigningStargateClient, StdFee } from '@cosmjs/stargate';
import { fromHex } from '@cosmjs/encoding';
import { BECH32_PREFIX, DENOM } from '../types/address.ts';
import { parseCoinsString } from '../types/coin.ts';
import { Keyring, type KeyRecord } from './keyring.ts';
import { moduleAminoConverters } from './msg-types.ts';
import { httpUrl, printOutput, type TxOptions } from './options.ts';
import { rpcCall } from './rpc.ts';

/** Node minimum gas price (auth params, consensus): what a tx pays unless --fees/--gas-prices say otherwise. */
export const DEFAULT_GAS_PRICE = `0.001${DENOM}`;
/** The SDK's flags.DefaultGasLimit: the gas of a --generate-only tx without --gas (nothing to simulate against). */
export const DEFAULT_GAS_LIMIT = 200_000;

export { registerMsgTypes } from './msg-types.ts';

export interface TxResponse {
  height: string;
  txhash: string;
  code: number;
  codespace: string;
  raw_log: string;
  gas_wanted: string;
  gas_used: string;
  events: unknown[];
  data: string;
}

// CosmJS's signing stack (and every cosmjs-types message it registers) loads only when a command signs.
const cosmjs = async () => {
  const [amino, signing, stargate, tm, { cliRegistry }] = await Promise.all([
    import('@cosmjs/amino'),
    import('@cosmjs/proto-signing'),
    import('@cosmjs/stargate'),
    import('@cosmjs/tendermint-rpc'),
    import('./registry.ts'),
  ]);
  return { amino, signing, stargate, tm, cliRegistry };
};

/** The SDK's AminoTypes and every module's (core/client/msg-types.ts): what amino-json signs. */
export async function cliAminoTypes(): Promise<AminoTypes> {
  const { AminoTypes, createDefaultAminoConverters } = await import('@cosmjs/stargate');
  return new AminoTypes({ ...createDefaultAminoConverters(), ...moduleAminoConverters });
}

function signMode(opts: TxOptions): 'direct' | 'amino-json' {
  const m = opts.signMode ?? 'direct';
  if (m !== 'direct' && m !== 'amino-json') throw new Error(`--sign-mode ${m} is not supported; use direct or amino-json`);
  return m;
}

/** The key's wallet in the --sign-mode's kind: a direct signer, or an amino-only one (as Keplr's Ledger mode). */
async function walletFor(key: KeyRecord, opts: TxOptions): Promise<OfflineSigner> {
  const { amino, signing } = await cosmjs();
  return signMode(opts) === 'amino-json'
    ? amino.Secp256k1Wallet.fromKey(fromHex(key.privkey), BECH32_PREFIX)
    : signing.DirectSecp256k1Wallet.fromKey(fromHex(key.privkey), BECH32_PREFIX);
}

export interface Signing {
  client: SigningStargateClient;
  registry: Registry;
  key: KeyRecord;
  close(): void;
}

/** A CosmJS signing client for --from in --sign-mode; `offline`: no node (tx sign --offline). */
export async function signingClient(opts: TxOptions, offline = false): Promise<Signing> {
  if (!opts.from) throw new Error('--from is required: the key name or address that signs');
  const key = new Keyring(opts.home, opts.keyringBackend).get(opts.from);
  if (key.type === 'multi') throw new Error(`${opts.from} is a multisig key: its members sign (tx sign --multisig ${key.name}), then tx multi-sign`);
  const { stargate, tm, cliRegistry } = await cosmjs();
  const wallet = await walletFor(key, opts);
  const registry = cliRegistry();
  const o = { registry, aminoTypes: await cliAminoTypes(), broadcastPollIntervalMs: 100, broadcastTimeoutMs: 60_000 };
  if (offline) {
    const client = await stargate.SigningStargateClient.offline(wallet, o);
    return { client, registry, key, close: () => client.disconnect() };
  }
  const comet = await tm.Comet38Client.connect(httpUrl(opts.node));
  const client = stargate.SigningStargateClient.createWithSigner(comet, wallet, o);
  return { client, registry, key, close: () => client.disconnect() };
}

/** The fee for `gas`: --fees, or gas × (--gas-prices or the node minimum). */
export async function feeFor(opts: TxOptions, gas: number): Promise<StdFee> {
  const { calculateFee, GasPrice } = await import('@cosmjs/stargate');
  return opts.fees ? { amount: parseCoinsString(opts.fees), gas: String(gas) } : calculateFee(gas, GasPrice.fromString(opts.gasPrices ?? DEFAULT_GAS_PRICE));
}

function timeoutHeight(opts: TxOptions): bigint | undefined {
  if (opts.timeoutHeight === undefined) return undefined;
  if (!/^\d+$/.test(opts.timeoutHeight)) throw new Error(`--timeout-height must be a block height, got ${opts.timeoutHeight}`);
  return BigInt(opts.timeoutHeight) || undefined;
}

async function gasFor(opts: TxOptions, estimate: () => Promise<number>): Promise<number> {
  if (opts.gas === undefined || opts.gas === 'auto') return Math.ceil((await estimate()) * Number(opts.gasAdjustment));
  const gas = Number(opts.gas);
  if (!Number.isInteger(gas) || gas <= 0) throw new Error(`--gas must be a positive integer or "auto", got ${opts.gas}`);
  return gas;
}

export function toTxResponse(r: DeliverTxResponse): TxResponse {
  return {
    height: String(r.height),
    txhash: r.transactionHash,
    code: r.code,
    codespace: '',
    raw_log: r.rawLog ?? '',
    gas_wanted: String(r.gasWanted),
    gas_used: String(r.gasUsed),
    events: [...r.events],
    data: r.msgResponses.length ? Buffer.from(JSON.stringify(r.msgResponses.map((m) => ({ typeUrl: m.typeUrl, value: Buffer.from(m.value).toString('base64') })))).toString('base64') : '',
  };
}

/**
 * Signs msgs with --from (--sign-mode direct or amino-json), estimates gas by simulation unless --gas is a
 * number, pays --fees or gas × (--gas-prices or the node minimum), broadcasts, waits for inclusion and
 * returns the tx response.
 */
export async function signAndBroadcast(opts: TxOptions, msgs: EncodeObject[]): Promise<TxResponse> {
  const s = await signingClient(opts);
  try {
    const chainId = await s.client.getChainId();
    if (opts.chainId && chainId !== opts.chainId) throw new Error(`--chain-id ${opts.chainId} does not match the node's chain id ${chainId}`);
    const gas = await gasFor(opts, () => s.client.simulate(s.key.address, msgs, opts.memo ?? ''));
    return toTxResponse(await s.client.signAndBroadcast(s.key.address, msgs, await feeFor(opts, gas), opts.memo ?? '', timeoutHeight(opts)));
  } finally {
    s.close();
  }
}

/**
 * --generate-only: the unsigned tx in the SDK's JSON (no signer infos, no signatures) on stdout, for
 * `tx sign`. Gas: --gas, "auto" simulates against the node, else the SDK's default 200000.
 */
export async function printUnsignedTx(opts: TxOptions, msgs: EncodeObject[]): Promise<void> {
  const { cliRegistry } = await cosmjs();
  const registry = cliRegistry();
  let gas = DEFAULT_GAS_LIMIT;
  if (opts.gas !== undefined) {
    gas = await gasFor(opts, async () => {
      const s = await signingClient(opts);
      try {
        return await s.client.simulate(s.key.address, msgs, opts.memo ?? '');
      } finally {
        s.close();
      }
    });
  }
  const fee = await feeFor(opts, gas);
  const [{ TxBody, AuthInfo, TxRaw }, { txToJson }] = await Promise.all([import('cosmjs-types/cosmos/tx/v1beta1/tx'), import('./tx-json.ts')]);
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs.map((m) => ({ typeUrl: m.typeUrl, value: registry.encodeAsAny(m).value })), memo: opts.memo ?? '', timeoutHeight: timeoutHeight(opts) ?? 0n })).finish();
  const authInfoBytes = AuthInfo.encode(AuthInfo.fromPartial({ signerInfos: [], fee: { amount: fee.amount as never, gasLimit: BigInt(fee.gas), payer: fee.payer ?? '', granter: fee.granter ?? '' } })).finish();
  process.stdout.write(JSON.stringify(txToJson(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [] }), registry)) + '\n');
}

/** signAndBroadcast (or --generate-only), print the response, exit non-zero if the tx failed. */
export async function broadcastMsgs(opts: TxOptions, msgs: EncodeObject[]): Promise<TxResponse | undefined> {
  if (opts.generateOnly) return void (await printUnsignedTx(opts, msgs));
  const r = await signAndBroadcast(opts, msgs);
  printOutput(opts, r);
  if (r.code !== 0) {
    process.exitCode = 1;
  }
  return r;
}

export { rpcCall };
