import { DirectSecp256k1Wallet, Registry } from '@cosmjs/proto-signing';
import { type DeliverTxResponse, GasPrice, SigningStargateClient, defaultRegistryTypes } from '@cosmjs/stargate';
import { dev } from '../helpers/cosmos.ts';
import { MsgDeployProgramResponseCodec, MsgExecuteResponseCodec, type MsgExecuteResponse, TypeUrls, registryTypes } from '../../x/svm/codec.ts';

/** A CosmJS signing client for dev account i that knows x/svm's messages. */
export async function svmClient(rpcUrl: string, i = 0) {
  const wallet = await DirectSecp256k1Wallet.fromKey(dev[i]!.privkey, 'trivium');
  const [account] = await wallet.getAccounts();
  const registry = new Registry(defaultRegistryTypes);
  for (const [url, codec] of registryTypes) registry.register(url, codec);
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet, { registry, gasPrice: GasPrice.fromString('0.001utrv'), broadcastPollIntervalMs: 50 });
  const sender = account!.address;
  return {
    client,
    sender,
    async deploy(...elfs: Uint8Array[]): Promise<{ res: DeliverTxResponse; programIds: string[] }> {
      const res = await client.signAndBroadcast(sender, elfs.map((elf) => ({ typeUrl: TypeUrls.MsgDeployProgram, value: { sender, elf } })), 'auto');
      if (res.code !== 0) throw new Error(`deploy failed: ${res.rawLog}`);
      return { res, programIds: res.msgResponses.map((m) => MsgDeployProgramResponseCodec.decode(m.value).programId) };
    },
    async exec(programId: string, data: string, accounts: Array<{ pubkey: string; isSigner?: boolean; isWritable?: boolean }>, gas: number | 'auto' = 'auto') {
      const msg = { typeUrl: TypeUrls.MsgExecute, value: { sender, programId, data, accounts: accounts.map((a) => ({ pubkey: a.pubkey, isSigner: a.isSigner ?? false, isWritable: a.isWritable ?? false })) } };
      const fee = gas === 'auto' ? 'auto' : { amount: [{ denom: 'utrv', amount: String(Math.ceil(gas / 1000)) }], gas: String(gas) };
      const res = await client.signAndBroadcast(sender, [msg], fee);
      const response: MsgExecuteResponse | undefined = res.code === 0 ? MsgExecuteResponseCodec.decode(res.msgResponses[0]!.value) : undefined;
      return { res, response };
    },
    disconnect: () => client.disconnect(),
  };
}

/** Attribute values of the events of one type. */
export function eventValues(res: DeliverTxResponse, type: string, key: string): string[] {
  return res.events.filter((e) => e.type === type).flatMap((e) => e.attributes.filter((a) => a.key === key).map((a) => a.value));
}
