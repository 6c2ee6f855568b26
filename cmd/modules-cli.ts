import { crossvmCli } from '../x/crossvm/cli.ts';
import type { ModuleCli } from '../app/module.ts';
import { wasmCli } from '../x/wasm/cli.ts';
import { svmCli } from '../x/svm/cli.ts';
import { evmCli } from '../x/evm/cli.ts';

/** Each module's CLI (its tx/q commands, start flags, message types): one entry per module. */
export const moduleClis: ModuleCli[] = [
  evmCli,
  svmCli,
  // one entry per module below (x/evm, x/wasm, x/svm, x/crossvm)
  wasmCli,
  crossvmCli,
];
