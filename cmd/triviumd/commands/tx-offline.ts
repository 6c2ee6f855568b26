import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { txFromJson, txToJson } from '../../../core/client/tx-json.ts';
import { signingClient, toTxResponse } from '../../../core/client/tx.ts';

/** A JSON tx from FILE, or stdin for "-". */
function readJsonTx(file: string): unknown {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file === '-' ? 'stdin' : file} is not JSON: ${(e as Error).message}`);
  }
}

const registry = async () => (await import('../../../core/client/registry.ts')).cliRegistry();
const u53 = (s: string | undefined, flag: string): number => {
  if (s === undefined || !/^\d+$/.test(s) || !Number.isSafeInteger(Number(s))) throw new Error(`${flag} must be a non-negative integer${s === undefined ? ' (required with --offline)' : `, got ${s}`}`);
  return Number(s);
};

/**
 * The SDK's offline-signing commands (`tx sign`, `tx broadcast`, `tx encode`, `tx decode`) over its JSON tx
 * format: `tx bank send … --generate-only > unsigned.json`, `tx sign unsigned.json --from k > signed.json`,
 * `tx broadcast signed.json`.
 */
export function addOfflineTxCommands(tx: Command): void {
  addTxFlags(tx.command('sign').description('sign a JSON tx (from --generate-only) with --from; prints the signed JSON tx').argument('<file>', 'JSON tx, or - for stdin'))
    .option('--offline', 'do not ask the node: take --account-number and --sequence as given')
    .option('--account-number <n>', "the signer's account number (with --offline)")
    .option('--sequence <n>', "the signer's sequence (with --offline)")
    .action(async (file: string, opts: TxOptions & { offline?: boolean; accountNumber?: string; sequence?: string }) => {
      const reg = await registry();
      const unsigned = txFromJson(readJsonTx(file), reg);
      const { TxBody, AuthInfo, TxRaw } = await import('cosmjs-types/cosmos/tx/v1beta1/tx');
      const body = TxBody.decode(unsigned.bodyBytes);
      const auth = AuthInfo.decode(unsigned.authInfoBytes);
      if (auth.signerInfos.length) throw new Error(`${file} is already signed (it has signer infos); sign the unsigned tx`);
      const msgs = body.messages.map((any) => ({ typeUrl: any.typeUrl, value: reg.decode(any) }));
      const f = auth.fee!;
      const fee = { amount: f.amount, gas: f.gasLimit.toString(), ...(f.payer ? { payer: f.payer } : {}), ...(f.granter ? { granter: f.granter } : {}) };
      const s = await signingClient(opts, Boolean(opts.offline));
      try {
        let signerData;
        if (opts.offline) {
          signerData = { accountNumber: BigInt(u53(opts.accountNumber, '--account-number')), sequence: u53(opts.sequence, '--sequence'), chainId: opts.chainId };
        } else {
          const chainId = await s.client.getChainId();
          if (opts.chainId && chainId !== opts.chainId) throw new Error(`--chain-id ${opts.chainId} does not match the node's chain id ${chainId}`);
          const acc = await s.client.getSequence(s.key.address);
          signerData = { accountNumber: acc.accountNumber, sequence: acc.sequence, chainId };
        }
        const signed = await s.client.sign(s.key.address, msgs, fee, body.memo, signerData, body.timeoutHeight || undefined);
        process.stdout.write(JSON.stringify(txToJson(TxRaw.fromPartial(signed), reg)) + '\n');
      } finally {
        s.close();
      }
    });

  addQueryFlags(tx.command('broadcast').description('broadcast a signed JSON tx; waits for its block and prints the tx response').argument('<file>', 'JSON tx, or - for stdin')).action(
    async (file: string, opts: QueryOptions) => {
      const { TxRaw } = await import('cosmjs-types/cosmos/tx/v1beta1/tx');
      const bytes = TxRaw.encode(txFromJson(readJsonTx(file), await registry())).finish();
      const [{ StargateClient }, { httpUrl }] = await Promise.all([import('@cosmjs/stargate'), import('../../../core/client/options.ts')]);
      const client = await StargateClient.connect(httpUrl(opts.node));
      try {
        const r = toTxResponse(await client.broadcastTx(bytes, 60_000, 100));
        printOutput(opts, r);
        if (r.code !== 0) process.exitCode = 1;
      } finally {
        client.disconnect();
      }
    },
  );

  // --node, --home, -o are accepted (as the SDK's client flags) and unused: both work offline.
  addQueryFlags(tx.command('encode')
    .description('a JSON tx as base64 protobuf (TxRaw), as broadcast_tx_sync takes it')
    .argument('<file>', 'JSON tx, or - for stdin'))
    .action(async (file: string) => {
      const { TxRaw } = await import('cosmjs-types/cosmos/tx/v1beta1/tx');
      process.stdout.write(Buffer.from(TxRaw.encode(txFromJson(readJsonTx(file), await registry())).finish()).toString('base64') + '\n');
    });

  addQueryFlags(tx.command('decode')
    .description('a base64 protobuf tx (TxRaw) as JSON')
    .argument('<base64>'))
    .action(async (b64: string) => {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new Error('expected a base64 tx');
      const { TxRaw } = await import('cosmjs-types/cosmos/tx/v1beta1/tx');
      let raw;
      try {
        raw = TxRaw.decode(Buffer.from(b64, 'base64'));
      } catch (e) {
        throw new Error(`not a protobuf tx: ${(e as Error).message}`);
      }
      process.stdout.write(JSON.stringify(txToJson(raw, await registry())) + '\n');
    });
}
