import type { EncodeObject } from '@cosmjs/proto-signing';
import type { StdFee } from '@cosmjs/stargate';
import { fromHex } from '@cosmjs/encoding';
import { BECH32_PREFIX, DENOM } from '../types/address.ts';
import { parseCoinsString } from '../types/coin.ts';
import { Keyring } from './keyring.ts';
import { httpUrl, printOutput, type TxOptions } from './options.ts';
import { rpcCall } from './rpc.ts';

/** Node minimum gas price (auth params, consensus): what a tx pays unless --fees/--gas-prices say otherwise. */
export const DEFAULT_GAS_PRICE = `0.001${DENOM}`;

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

/**
 * Signs msgs with --from, estimates gas by simulation unless --gas is a number, pays --fees or
 * gas × (--gas-prices or the node minimum), broadcasts, waits for inclusion and returns the tx response.
 */
export async function signAndBroadcast(opts: TxOptions, msgs: EncodeObject[]): Promise<TxResponse> {
  if (!opts.from) throw new Error('--from is required: the key name or address that signs');
  const key = new Keyring(opts.home, opts.keyringBackend).get(opts.from);
  // CosmJS's signing stack (and every cosmjs-types message it registers) loads only when a command signs.
  const [{ DirectSecp256k1Wallet }, { calculateFee, GasPrice, SigningStargateClient }, { Comet38Client }, { cliRegistry }] = await Promise.all([
    import('@cosmjs/proto-signing'),
    import('@cosmjs/stargate'),
    import('@cosmjs/tendermint-rpc'),
    import('./registry.ts'),
  ]);
  const wallet = await DirectSecp256k1Wallet.fromKey(fromHex(key.privkey), BECH32_PREFIX);
  const comet = await Comet38Client.connect(httpUrl(opts.node));
  const client = SigningStargateClient.createWithSigner(comet, wallet, { registry: cliRegistry(), broadcastPollIntervalMs: 100, broadcastTimeoutMs: 60_000 });
  try {
    const chainId = await client.getChainId();
    if (opts.chainId && chainId !== opts.chainId) throw new Error(`--chain-id ${opts.chainId} does not match the node's chain id ${chainId}`);
    const signer = key.address;
    let gas: number;
    if (opts.gas === undefined || opts.gas === 'auto') {
      gas = Math.ceil((await simulate(() => client.simulate(signer, msgs, opts.memo ?? ''))) * Number(opts.gasAdjustment));
    } else {
      gas = Number(opts.gas);
      if (!Number.isInteger(gas) || gas <= 0) throw new Error(`--gas must be a positive integer or "auto", got ${opts.gas}`);
    }
    const fee: StdFee = opts.fees
      ? { amount: parseCoinsString(opts.fees), gas: String(gas) }
      : calculateFee(gas, GasPrice.fromString(opts.gasPrices ?? DEFAULT_GAS_PRICE));
    const r = await refusedAs(() => client.signAndBroadcast(signer, msgs, fee, opts.memo ?? ''));
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
  } finally {
    client.disconnect();
  }
}

/**
 * Gas estimation by the node's Simulate. CosmJS reports a refused simulation as "Query failed with (N): LOG";
 * what the user needs is the node's LOG itself (the reason the tx would fail), said as a failed simulation.
 */
async function simulate(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    const m = /^Query failed with \((\d+)\): ([\s\S]*)$/.exec((e as Error).message);
    if (!m) throw e;
    throw new Error(`the tx would fail (simulation, code ${m[1]}): ${m[2]}`);
  }
}

/** CosmJS's "Broadcasting transaction failed with code N (codespace: C). Log: LOG" (CheckTx refused it), said plainly. */
async function refusedAs<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const m = /^Broadcasting transaction failed with code (\d+) \(codespace: ([^)]*)\)\. Log: ([\s\S]*)$/.exec((e as Error).message);
    if (!m) throw e;
    throw new Error(`the node refused the tx (CheckTx code ${m[1]}${m[2] ? `, codespace ${m[2]}` : ''}): ${m[3]}`);
  }
}

/** signAndBroadcast, print the response, exit non-zero if the tx failed. */
export async function broadcastMsgs(opts: TxOptions, msgs: EncodeObject[]): Promise<TxResponse> {
  const r = await signAndBroadcast(opts, msgs);
  printOutput(opts, r);
  if (r.code !== 0) {
    process.exitCode = 1;
  }
  return r;
}

export { rpcCall };
