import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { Keyring } from '../../../core/client/keyring.ts';
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

/** The multisig account --multisig names: a multisig key of the keyring, or its bech32 address. */
function multisigAddress(opts: TxOptions, nameOrAddress: string): string {
  const kr = new Keyring(opts.home, opts.keyringBackend);
  if (/^trivium1/.test(nameOrAddress) && !kr.list().some((k) => k.address === nameOrAddress)) return nameOrAddress;
  const k = kr.get(nameOrAddress);
  if (k.type !== 'multi') throw new Error(`--multisig ${nameOrAddress} is not a multisig key`);
  return k.address;
}

const registry = async () => (await import('../../../core/client/registry.ts')).cliRegistry();
// The JSON tx codec (and the cosmjs-types it needs) loads only when one of these commands runs.
const txJson = () => import('../../../core/client/tx-json.ts');
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
    .option('--multisig <key>', "sign as a member of this multisig key (name or address): for its account, in amino JSON; then tx multi-sign")
    .action(async (file: string, opts: TxOptions & { offline?: boolean; accountNumber?: string; sequence?: string; multisig?: string }) => {
      // A multisig's members sign the multisig account's doc; LegacyAminoPubKey signatures are amino JSON.
      const account = opts.multisig ? multisigAddress(opts, opts.multisig) : undefined;
      if (account && opts.signMode === 'direct') opts = { ...opts, signMode: 'amino-json' };
      const [reg, { txFromJson, txToJson }] = await Promise.all([registry(), txJson()]);
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
          const acc = await s.client.getSequence(account ?? s.key.address);
          signerData = { accountNumber: acc.accountNumber, sequence: acc.sequence, chainId };
        }
        const signed = await s.client.sign(s.key.address, msgs, fee, body.memo, signerData, body.timeoutHeight || undefined);
        process.stdout.write(JSON.stringify(txToJson(TxRaw.fromPartial(signed), reg)) + '\n');
      } finally {
        s.close();
      }
    });

  addQueryFlags(
    tx
      .command('multi-sign')
      .description("combine members' signatures (tx sign --multisig) of a JSON tx into the multisig's; prints the signed JSON tx")
      .argument('<file>', 'the unsigned JSON tx')
      .argument('<multisig>', 'the multisig key (name in the keyring)')
      .argument('<signatures...>', "members' signed JSON txs (tx sign --multisig)"),
  ).action(async (file: string, name: string, sigFiles: string[], opts: QueryOptions) => {
    const [reg, { txFromJson, txToJson }] = await Promise.all([registry(), txJson()]);
    const key = new Keyring(opts.home, opts.keyringBackend).get(name);
    if (key.type !== 'multi' || !key.multisig) throw new Error(`${name} is not a multisig key (keys add ${name} --multisig k1,k2 --multisig-threshold N)`);
    const [{ createMultisigThresholdPubkey, pubkeyToAddress }, { encodePubkey }, { AuthInfo, TxRaw }, { PubKey }, { MultiSignature }, { SignMode }] = await Promise.all([
      import('@cosmjs/amino'),
      import('@cosmjs/proto-signing'),
      import('cosmjs-types/cosmos/tx/v1beta1/tx'),
      import('cosmjs-types/cosmos/crypto/secp256k1/keys'),
      import('cosmjs-types/cosmos/crypto/multisig/v1beta1/multisig'),
      import('cosmjs-types/cosmos/tx/signing/v1beta1/signing'),
    ]);
    const multisigPubkey = createMultisigThresholdPubkey(key.multisig.pubkeys.map((value) => ({ type: 'tendermint/PubKeySecp256k1', value })), key.multisig.threshold, true);
    const members = new Set(multisigPubkey.value.pubkeys.map((p) => pubkeyToAddress(p, 'trivium')));
    const unsigned = txFromJson(readJsonTx(file), reg);
    const sigs = new Map<string, Uint8Array>();
    let sequence: bigint | undefined;
    let bodyBytes: Uint8Array | undefined;
    let auth: ReturnType<typeof AuthInfo.decode> | undefined;
    for (const f of sigFiles) {
      const t = txFromJson(readJsonTx(f), reg);
      const a = AuthInfo.decode(t.authInfoBytes);
      const si = a.signerInfos[0];
      if (a.signerInfos.length !== 1 || !si?.publicKey || si.publicKey.typeUrl !== '/cosmos.crypto.secp256k1.PubKey' || t.signatures.length !== 1) {
        throw new Error(`${f} is not one member's signature (tx sign --multisig ${name})`);
      }
      if (si.modeInfo?.single?.mode !== SignMode.SIGN_MODE_LEGACY_AMINO_JSON) throw new Error(`${f}: a multisig member signs in amino JSON (tx sign --multisig)`);
      const member = pubkeyToAddress({ type: 'tendermint/PubKeySecp256k1', value: Buffer.from(PubKey.decode(si.publicKey.value).key).toString('base64') }, 'trivium');
      if (!members.has(member)) throw new Error(`${f} is signed by ${member}, not a member of ${name}`);
      if (sigs.has(member)) throw new Error(`${member} signed twice`);
      if (sequence !== undefined && si.sequence !== sequence) throw new Error(`${f} signs sequence ${si.sequence}, the others ${sequence}`);
      if (bodyBytes && Buffer.compare(Buffer.from(bodyBytes), Buffer.from(t.bodyBytes)) !== 0) throw new Error(`${f} signs another tx body than the others`);
      sequence = si.sequence;
      bodyBytes = t.bodyBytes;
      auth = a;
      sigs.set(member, t.signatures[0]!);
    }
    if (sigs.size < key.multisig.threshold) throw new Error(`${sigs.size} signature(s) of the ${key.multisig.threshold} that ${name} needs`);
    // The members signed FILE's tx: the same body (as JSON: amino signers re-encode it), fee and gas.
    const want = txToJson(unsigned, reg);
    const got = txToJson(TxRaw.fromPartial({ bodyBytes: bodyBytes!, authInfoBytes: AuthInfo.encode({ ...auth!, signerInfos: [] }).finish(), signatures: [] }), reg);
    if (JSON.stringify(want.body) !== JSON.stringify(got.body) || JSON.stringify(want.auth_info.fee) !== JSON.stringify(got.auth_info.fee)) {
      throw new Error(`the signatures are for another tx than ${file}`);
    }
    // CosmJS's makeMultisignedTx, inline: its fromBech32 passes a limit the bech32 library refuses.
    const bits: boolean[] = [];
    const ordered: Uint8Array[] = [];
    for (const p of multisigPubkey.value.pubkeys) {
      const sig = sigs.get(pubkeyToAddress(p, 'trivium'));
      bits.push(sig !== undefined);
      if (sig) ordered.push(sig);
    }
    const elems = new Uint8Array(Math.ceil(bits.length / 8));
    bits.forEach((b, i) => b && (elems[i >> 3]! |= 0x80 >> i % 8));
    const authInfoBytes = AuthInfo.encode(AuthInfo.fromPartial({
      signerInfos: [{
        publicKey: encodePubkey(multisigPubkey),
        modeInfo: { multi: { bitarray: { elems, extraBitsStored: bits.length % 8 }, modeInfos: ordered.map(() => ({ single: { mode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON } })) } },
        sequence,
      }],
      fee: auth!.fee,
    })).finish();
    const signed = TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [MultiSignature.encode({ signatures: ordered }).finish()] });
    process.stdout.write(JSON.stringify(txToJson(signed, reg)) + '\n');
  });

  addQueryFlags(tx.command('broadcast').description('broadcast a signed JSON tx; waits for its block and prints the tx response').argument('<file>', 'JSON tx, or - for stdin')).action(
    async (file: string, opts: QueryOptions) => {
      const [{ TxRaw }, { txFromJson }] = await Promise.all([import('cosmjs-types/cosmos/tx/v1beta1/tx'), txJson()]);
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
      const [{ TxRaw }, { txFromJson }] = await Promise.all([import('cosmjs-types/cosmos/tx/v1beta1/tx'), txJson()]);
      process.stdout.write(Buffer.from(TxRaw.encode(txFromJson(readJsonTx(file), await registry())).finish()).toString('base64') + '\n');
    });

  addQueryFlags(tx.command('decode')
    .description('a base64 protobuf tx (TxRaw) as JSON')
    .argument('<base64>'))
    .action(async (b64: string) => {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new Error('expected a base64 tx');
      const [{ TxRaw }, { txToJson }] = await Promise.all([import('cosmjs-types/cosmos/tx/v1beta1/tx'), txJson()]);
      let raw;
      try {
        raw = TxRaw.decode(Buffer.from(b64, 'base64'));
      } catch (e) {
        throw new Error(`not a protobuf tx: ${(e as Error).message}`);
      }
      process.stdout.write(JSON.stringify(txToJson(raw, await registry())) + '\n');
    });
}
