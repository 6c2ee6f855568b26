import type { ModuleCli } from '../app/module.ts';
import { evmCli } from '../x/evm/cli.ts';

/** Each module's CLI (its tx/q commands, start flags, message types): one entry per module. */
export const moduleClis: ModuleCli[] = [
  evmCli,
  // one entry per module below (x/evm, x/wasm, x/svm, x/crossvm)
];
