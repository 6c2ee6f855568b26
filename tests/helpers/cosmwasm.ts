import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { makeCosmoshubPath } from '@cosmjs/stargate';
import { MNEMONIC } from './cosmos.ts';
import { runReplay, startNode, type TestNode } from './node.ts';

// @cosmjs/cosmwasm-stargate bundles its own copy of @cosmjs/stargate, whose fee code checks `instanceof GasPrice`
// against that copy: take GasPrice from there.
const requireFromCosmwasm = createRequire(createRequire(import.meta.url).resolve('@cosmjs/cosmwasm'));
const { GasPrice } = requireFromCosmwasm('@cosmjs/stargate') as { GasPrice: { fromString(s: string): never } };

/** The devnet's gas price for SigningCosmWasmClient's `gasPrice` option. */
export const devGasPrice = (): never => GasPrice.fromString('0.001utrv');

/** A fixed fee for `gas` at the devnet's 0.001utrv per gas. */
export const fixedFee = (gas: bigint | number) => ({ amount: [{ denom: 'utrv', amount: String(Math.ceil(Number(gas) / 1000)) }], gas: String(gas) });

/**
 * One node (kept home, 100 ms blocks) and a SigningCosmWasmClient for dev8, for a test file that uploads Wasm,
 * restarts the node (a cold compile cache) and finally replays its blocks on a fresh home.
 */
export class CosmWasmNodeSession {
  node!: TestNode;
  client!: SigningCosmWasmClient;
  alice!: string;
  private wallet!: DirectSecp256k1HdWallet;
  private readonly replayHome: string;

  constructor(name: string) {
    this.replayHome = mkdtempSync(join(tmpdir(), `trivium-${name}-replay-`));
    rmSync(this.replayHome, { recursive: true });
  }

  async start(): Promise<void> {
    this.node = await startNode({ blockTime: '100ms', keepHome: true });
    this.wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: 'trivium', hdPaths: [makeCosmoshubPath(8)] });
    [this.alice] = (await this.wallet.getAccounts()).map((a) => a.address) as [string];
    await this.connect();
  }

  /** Restart the node (nothing compiled yet in the new process) and reconnect. */
  async restart(): Promise<void> {
    this.client.disconnect();
    this.node = await this.node.restart();
    await this.connect();
  }

  /** Stop the node and run `triviumd replay` of its blocks on a fresh home. */
  async replay(): Promise<Awaited<ReturnType<typeof runReplay>>> {
    this.client.disconnect();
    await this.node.stop();
    return runReplay(this.node.home, this.replayHome);
  }

  async close(): Promise<void> {
    this.client?.disconnect();
    await this.node?.stop();
    if (this.node) rmSync(this.node.home, { recursive: true, force: true });
    rmSync(this.replayHome, { recursive: true, force: true });
  }

  private async connect(): Promise<void> {
    this.client?.disconnect();
    this.client = await SigningCosmWasmClient.connectWithSigner(this.node.rpcUrl, this.wallet, { gasPrice: devGasPrice(), broadcastPollIntervalMs: 100 });
  }
}
