// The entry of triviumd's start-up snapshot (issue 17; scripts/build-snapshot.mjs bundles it and runs
// `node --build-snapshot` on it; cmd/triviumd, the launcher, starts `node --snapshot-blob` from it). Building it
// evaluates the whole command tree and node (every module's top level) into the V8 heap the snapshot holds, so a
// start deserializes that heap instead of parsing and compiling ≈ 5 MB of bundle, and Node's own internals come
// from the snapshot too, where `--no-node-snapshot` (the plain path, as isolated-vm asks) compiles them at start.
// Native addons and the builtins Node 20 cannot snapshot load on first use (the build's lazy modules).
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { runCli } from './program.ts';
import './node-commands.ts'; // evaluated now, so `start` loads no module of its own
import { devAccounts } from '../../app/genesis.ts';
import { DEFAULT_DEV_EVM_ACCOUNTS, devEvmKeys } from '../../x/evm/dev-accounts.ts';

// The devnet's dev accounts (Cosmos dev0…9 and anvil's ten EVM keys of the fixed mnemonic) derived now, at build
// time, into the modules' caches the snapshot holds: a start from it derives no key a new home's genesis and the
// banner print (pure functions of constants, node:crypto only).
devAccounts();
devEvmKeys(DEFAULT_DEV_EVM_ACCOUNTS);

// Every module's top level ran once, above; its bytecode (and that of what ran only to build) would ride in the blob
// and in every node's heap. V8 flushes the bytecode of functions that have not run for a few mark-compacts; in its
// stress mode a few collections flush all of it now, and a start compiles again, lazily, only what it calls (the
// start's CPU to its first answer measured unchanged, the blob 0.9 MB smaller, issue 17). Both flags are set back
// before the snapshot is written: Node refuses a blob built under other V8 flags.
setFlagsFromString('--allow-natives-syntax');
const collect = new Function('%CollectGarbage(null)') as () => void;
setFlagsFromString('--no-allow-natives-syntax');
setFlagsFromString('--stress-flush-code');
for (let i = 0; i < 4; i++) collect();
setFlagsFromString('--no-stress-flush-code');

startupSnapshot.setDeserializeMainFunction(() => {
  // As cmd/triviumd.js does before it loads the node: `start` holds V8's young generation at its first size until
  // the node serves (start-node.ts gives it back its growth), unless the user set the semi-space flags.
  if (process.argv[2] === 'start' && !`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.includes('semi-space')) {
    setFlagsFromString('--semi-space-growth-factor=1');
    (globalThis as Record<symbol, unknown>)[Symbol.for('trivium.youngGenerationHeld')] = true;
  }
  void runCli(process.argv);
});
