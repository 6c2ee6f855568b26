import { createRequire } from 'node:module';

// @cosmjs/cosmwasm-stargate bundles its own copy of @cosmjs/stargate, whose fee code checks `instanceof GasPrice`
// against that copy: take GasPrice from there.
const requireFromCosmwasm = createRequire(createRequire(import.meta.url).resolve('@cosmjs/cosmwasm'));
const { GasPrice } = requireFromCosmwasm('@cosmjs/stargate') as { GasPrice: { fromString(s: string): never } };

/** The devnet's gas price for SigningCosmWasmClient's `gasPrice` option. */
export const devGasPrice = (): never => GasPrice.fromString('0.001utrv');

/** A fixed fee for `gas` at the devnet's 0.001utrv per gas. */
export const fixedFee = (gas: bigint | number) => ({ amount: [{ denom: 'utrv', amount: String(Math.ceil(Number(gas) / 1000)) }], gas: String(gas) });
