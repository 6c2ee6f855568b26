import { createHash } from 'node:crypto';
import { devAccounts, DEV_BALANCE } from '../../../app/genesis.ts';
import { clientConfigPath, readClientConfig, writeClientConfig } from '../../../core/client/client-config.ts';
import { DEV_MNEMONIC } from '../../../core/client/hd-keys.ts';
import { homePaths } from '../../../core/node/home.ts';
import { parseAddress, toChecksumAddress } from '../../../core/types/address.ts';
import { devEvmAccountOptions, devEvmKeys } from '../../../x/evm/dev-accounts.ts';
import { EVM_CHAIN_ID } from '../../../x/evm/types/index.ts';
import { keccak256 } from '../../../x/evm/crypto.ts';
import { FAUCET_SEED_PHRASE, faucetKeypair } from '../../../x/svm/faucet.ts';
import { svmFace } from '../../../x/svm/types/address.ts';
import { encodeBase58 } from '../../../x/svm/types/base58.ts';
import { moduleClis } from '../module-clis.ts';

export interface BannerInfo {
  chainId: string;
  home: string;
  created: boolean;
  height: number;
  /** The CometBFT RPC listen address as given (tcp://host:port). */
  laddr: string;
  opts: Record<string, unknown>;
  /** gRPC and REST listen addresses ('' when off). */
  api?: { grpc: string; rest: string };
  /** The dashboard's URL, when it is served. */
  dashboardUrl?: string;
}

const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()); // commander: dashes only
const hostPort = (laddr: string) => laddr.replace(/^[a-z]+:\/\//, '').replace(/\/$/, '');

/** Every endpoint the node serves, as URLs a client takes: [label, urls]. */
export function endpoints(laddr: string, opts: Record<string, unknown>, api?: { grpc: string; rest: string }): Array<[string, string[]]> {
  const rpc = hostPort(laddr);
  const out: Array<[string, string[]]> = [['CometBFT RPC', [`http://${rpc}`, `ws://${rpc}/websocket`]]];
  if (api?.grpc) out.push(['gRPC', [`${hostPort(api.grpc)} (reflection on)`]]);
  if (api?.rest) out.push(['REST', [`http://${hostPort(api.rest)} (OpenAPI at /swagger)`]]);
  for (const m of moduleClis) {
    for (const f of m.startFlags ?? []) {
      const name = /--([\w.-]+)/.exec(f.flags)?.[1];
      if (!name || !/address|laddr/.test(name)) continue;
      const addr = String(opts[camel(name)] ?? opts[name] ?? f.defaultValue);
      if (!f.endpoint) out.push([name, [addr]]); // a listener that did not say what it speaks: its address
      else out.push([f.endpoint.label, addr === 'off' ? ['off'] : f.endpoint.schemes.map((s) => `${s}://${hostPort(addr)}`)]);
    }
  }
  return out;
}

/**
 * The start banner, as anvil's: endpoints as URLs, the EVM dev accounts and their private keys ("Available
 * Accounts" / "Private Keys"), the Cosmos dev keys, the Solana keypair that signs (the faucet) and the dev
 * accounts' SVM faces, and where the client config is.
 */
export function bannerText(b: BannerInfo): string {
  const evm = devEvmAccountOptions(b.opts as Record<string, string | boolean | undefined>);
  const evmKeys = devEvmKeys(evm);
  const lines = [
    '',
    '  Trivium devnet',
    '  ==============',
    `  chain id          ${b.chainId} (EVM chain id ${EVM_CHAIN_ID})`,
    `  home              ${b.home}${b.created ? ' (new)' : ''} — resuming at height ${b.height}`,
    `  block time        ${String(b.opts.blockTime)}`,
    `  data              ${homePaths(b.home).db}`,
    `  client config     ${clientConfigPath(b.home)} (every CLI command's --node, --chain-id)`,
    '',
    '  Endpoints',
    '  =========',
  ];
  for (const [label, urls] of endpoints(b.laddr, b.opts, b.api)) lines.push(`  ${label.padEnd(18)}${urls.join('   ')}`);
  if (b.dashboardUrl) lines.push(`  ${'dashboard'.padEnd(18)}${b.dashboardUrl}`);
  lines.push('', 'Available Accounts', '==================', '');
  evmKeys.forEach((k, i) => lines.push(`(${i}) ${checksum(k.address)} (${evm.balanceEth.toString()}.000000000000000000 ETH)`));
  lines.push('', 'Private Keys', '==================', '');
  evmKeys.forEach((k, i) => lines.push(`(${i}) 0x${Buffer.from(k.key).toString('hex')}`));
  lines.push('', 'Wallet', '==================', `Mnemonic:          ${evm.mnemonic}`, "Derivation path:   m/44'/60'/0'/0/", '');
  lines.push('Cosmos Accounts (keyring-backend test)', '==================', `Mnemonic:          ${DEV_MNEMONIC}`, "Derivation path:   m/44'/118'/0'/0/", '');
  const cosmos = devAccounts();
  cosmos.forEach((a, i) => lines.push(`(${i}) ${a.name}  ${a.address}  ${groupThousands(DEV_BALANCE)} utrv`));
  const faucet = faucetKeypair();
  const seed = createHash('sha256').update(FAUCET_SEED_PHRASE).digest();
  lines.push(
    '',
    'Solana Keypairs',
    '==================',
    `faucet            ${encodeBase58(faucet.publicKey)} (signs requestAirdrop; ed25519 seed sha256("${FAUCET_SEED_PHRASE}"))`,
    `  secret key      ${encodeBase58(Buffer.concat([seed, faucet.publicKey]))} (base58 of the 64-byte secret key: Keypair.fromSecretKey)`,
    'SVM faces of the Cosmos accounts (their lamports are their utrv × 1000; the module signs for them in cross-VM calls):',
  );
  cosmos.forEach((a, i) => lines.push(`(${i}) ${a.name}  ${encodeBase58(svmFace(parseAddress(a.address)))}`));
  lines.push('');
  return lines.join('\n');
}

/**
 * 1000000 → "1,000,000", what toLocaleString('en-US') prints, without ICU's number formatting: that alone pages in
 * ≈ 5.7 MiB of the node binary's locale data for the whole life of the process (issue 17).
 */
export const groupThousands = (n: string | bigint): string => BigInt(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** EIP-55 spelling, as anvil prints its accounts. */
const checksum = (addr: string) => toChecksumAddress(Buffer.from(addr.replace(/^0x/, ''), 'hex'), keccak256);

/**
 * The client config the CLI reads (config/client.toml): the node and chain id this start runs with, so every
 * command finds it without --node. Other keys (output, keyring-backend) stay as the user set them.
 */
export function recordClientConfig(home: string, laddr: string, chainId: string): void {
  const cfg = readClientConfig(home);
  writeClientConfig(home, { ...cfg, node: `tcp://${hostPort(laddr)}`, 'chain-id': chainId });
}
