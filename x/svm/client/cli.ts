import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ModuleCli } from '../../../core/client/module-cli.ts';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { abciQuery } from '../../../core/client/rpc.ts';
import { printUnsignedTx, signAndBroadcast, type TxResponse } from '../../../core/client/tx.ts';
import { Keyring } from '../../../core/client/keyring.ts';
import { parsePubkey } from '../types/address.ts';
import { encodeBase58 } from '../types/base58.ts';
import { parseAccountFlag } from '../types/account-flag.ts';
import { applySvmStartFlags } from './genesis-flags.ts';
import { Query, TypeUrls, registryTypes } from '../codec.ts';
import { DEFAULT_SVM_RPC_ADDRESS, DEFAULT_SVM_WS_ADDRESS, parseInstructionData } from '../types/index.ts';
import { svmAmino } from '../types/amino.ts';

function senderOf(opts: TxOptions): string {
  if (!opts.from) throw new Error('--from is required: the key name or address that signs');
  return new Keyring(opts.home, opts.keyringBackend).get(opts.from).address;
}

/** The tx response plus what a developer looks for first: the attributes of x/svm's events. */
function withSvmEvents(r: TxResponse): Record<string, unknown> {
  const events = (r.events as Array<{ type: string; attributes: Array<{ key: string; value: string }> }>) ?? [];
  const attr = (type: string, key: string) => events.find((e) => e.type === type)?.attributes.find((a) => a.key === key)?.value;
  const logs = events.filter((e) => e.type === 'svm_log').flatMap((e) => e.attributes.map((a) => a.value));
  const out: Record<string, unknown> = { ...r };
  const programId = attr('svm_deploy', 'program_id');
  if (programId) out.program_id = programId;
  const cu = attr('svm_execute', 'compute_units') ?? attr('svm_tx', 'compute_units');
  if (cu) out.compute_units = cu;
  if (logs.length) out.program_logs = logs;
  return out;
}

async function send(opts: TxOptions, msg: { typeUrl: string; value: unknown }): Promise<void> {
  if (opts.generateOnly) return printUnsignedTx(opts, [msg]);
  const r = await signAndBroadcast(opts, [msg]);
  printOutput(opts, withSvmEvents(r));
  if (r.code !== 0) process.exitCode = 1;
}

export const svmCli: ModuleCli = {
  aminoConverters: svmAmino,
  genesisFromStartFlags: (flags, appState) => applySvmStartFlags(flags, appState),
  registryTypes,
  startFlags: [
    { flags: '--svm-rpc.address <addr>', description: 'Solana JSON-RPC (HTTP + WebSocket) listen address', defaultValue: DEFAULT_SVM_RPC_ADDRESS },
    { flags: '--svm.faucet-max-lamports <n>', description: 'most lamports one requestAirdrop may ask for (a JSON number ≤ 2^53 - 1)', defaultValue: '1000000000000' },
    { flags: '--bpf-program <id_and_file...>', description: 'load an SBF program at genesis: ID FILE.so (repeatable; solana-test-validator\'s flag; a new home only)' },
    { flags: '--account <addr_and_file...>', description: 'load an account at genesis: ADDR FILE.json (`solana account --output json`; ADDR - takes the file\'s pubkey; repeatable; a new home only)' },
    { flags: '--svm-rpc.ws-address <addr>', description: "Solana WebSocket listen address (web3.js's default is the HTTP port + 1); \"off\" to disable", defaultValue: DEFAULT_SVM_WS_ADDRESS },
  ],
  tx(parent: Command) {
    const svm = parent.command('svm').description('Solana programs (SVM) transactions');
    addTxFlags(svm.command('deploy').description('deploy an SBF program (.so ELF); prints its program_id').argument('<file>')).action(async (file: string, opts: TxOptions) => {
      const elf = new Uint8Array(readFileSync(file));
      await send(opts, { typeUrl: TypeUrls.MsgDeployProgram, value: { sender: senderOf(opts), elf } });
    });
    addTxFlags(
      svm
        .command('exec')
        .description("invoke PROGRAM with hex instruction data; only the sender's SVM face may be a signer (:s)")
        .argument('<program>')
        .argument('<hexdata>')
        .option('--account <meta>', 'PUBKEY[:w][:s] (repeatable, in instruction order)', (v: string, acc: string[]) => [...acc, v], [] as string[]),
    ).action(async (program: string, hexdata: string, opts: TxOptions & { account: string[] }) => {
      parseInstructionData(hexdata);
      const keyring = new Keyring(opts.home, opts.keyringBackend);
      const keyName = (name: string) => {
        try {
          return keyring.get(name).address;
        } catch {
          return undefined;
        }
      };
      const accounts = opts.account.map((a) => parseAccountFlag(a, keyName));
      await send(opts, { typeUrl: TypeUrls.MsgExecute, value: { sender: senderOf(opts), programId: encodeBase58(parsePubkey(program)), data: hexdata, accounts } });
    });
    addTxFlags(
      svm.command('solana-tx').description('submit a signed Solana wire transaction (base64, or @FILE with raw bytes) in a Cosmos tx').argument('<tx>'),
    ).action(async (txArg: string, opts: TxOptions) => {
      const tx = txArg.startsWith('@') ? new Uint8Array(readFileSync(txArg.slice(1))) : new Uint8Array(Buffer.from(txArg, 'base64'));
      await send(opts, { typeUrl: TypeUrls.MsgSolanaTx, value: { sender: senderOf(opts), tx } });
    });
  },
  query(parent: Command) {
    const svm = parent.command('svm').description('Solana programs (SVM) queries');
    addQueryFlags(svm.command('account').description('an SVM account (PUBKEY base58, or an address for its SVM face)').argument('<pubkey>')).action(
      async (pubkey: string, opts: QueryOptions) => {
        const res = Query.Account.res.decode(await abciQuery(opts, Query.Account.path, Query.Account.req.encode({ pubkey }).finish()));
        if (!res.found || !res.account) throw new Error(`account ${pubkey} not found`);
        const a = res.account;
        const data = a.data ?? new Uint8Array();
        printOutput(opts, {
          pubkey: a.pubkey,
          lamports: a.lamports,
          owner: a.owner,
          executable: a.executable,
          rent_epoch: a.rentEpoch,
          space: data.length,
          data: a.executable && data.length > 256 ? `(${data.length} bytes of program)` : Buffer.from(data).toString('base64'),
        });
      },
    );
    addQueryFlags(svm.command('program').description('a deployed program: deployer, ELF hash and size, height').argument('<program_id>')).action(
      async (programId: string, opts: QueryOptions) => {
        const res = Query.Program.res.decode(await abciQuery(opts, Query.Program.path, Query.Program.req.encode({ programId }).finish()));
        if (!res.found || !res.program) throw new Error(`no program at ${programId}`);
        const p = res.program;
        printOutput(opts, {
          program_id: p.programId,
          deployer: p.deployer,
          elf_sha256: p.elfSha256,
          elf_size: String(p.elfSize),
          deployed_height: String(p.deployedHeight),
          loader: p.loader,
          builtin: p.builtin,
        });
      },
    );
    addQueryFlags(svm.command('faces').description('every face of an address: bech32, 0x and SVM (or of a pubkey)').argument('<address>')).action(
      async (address: string, opts: QueryOptions) => {
        const res = Query.AddressFaces.res.decode(await abciQuery(opts, Query.AddressFaces.path, Query.AddressFaces.req.encode({ address }).finish()));
        printOutput(opts, { bech32: res.bech32, evm: res.evm, svm: res.svm });
      },
    );
  },
};
