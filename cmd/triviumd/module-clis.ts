import { crossvmCli } from '../../x/crossvm/client/cli.ts';
import type { ModuleCli } from '../../core/types/module.ts';
import { wasmCli } from '../../x/wasm/client/cli.ts';
import { svmCli } from '../../x/svm/client/cli.ts';
import { evmCli } from '../../x/evm/client/cli.ts';

/** Each module's CLI (its tx/q commands, start flags, message types): one entry per module. */
export const moduleClis: ModuleCli[] = [
  evmCli,
  svmCli,
  // one entry per module below (x/evm, x/wasm, x/svm, x/crossvm)
  wasmCli,
  crossvmCli,
];
