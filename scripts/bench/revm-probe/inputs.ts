/** Writes the revm probe's inputs (deploy bytes, transfer and balanceOf calldata of the benches' ERC20). */
import { Interface } from 'ethers';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../evm-peers.ts';

const dir = process.argv[2] ?? '/tmp/revm-probe-in';
mkdirSync(dir, { recursive: true });
const art = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/fixtures/evm/openzeppelin-contracts-4.9.6/build/ERC20PresetFixedSupply.json'), 'utf8'));
const iface = new Interface(art.abi);
const owner = '0x1000000000000000000000000000000000000001'; // the probe's funded caller
writeFileSync(path.join(dir, 'deploy.hex'), art.bytecode.replace(/^0x/, '') + iface.encodeDeploy(['Bench', 'BNC', 10n ** 30n, owner]).slice(2));
writeFileSync(path.join(dir, 'transfer.hex'), iface.encodeFunctionData('transfer', ['0x' + '00'.repeat(18) + '1234', 1n]).slice(2));
writeFileSync(path.join(dir, 'balanceof.hex'), iface.encodeFunctionData('balanceOf', [owner]).slice(2));
console.log(`inputs in ${dir}`);
