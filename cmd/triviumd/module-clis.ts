import type { ModuleCli } from '../../core/client/module-cli.ts';
import { bankCli } from '../../x/bank/client/cli.ts';
import { crossvmCli } from '../../x/crossvm/client/cli.ts';
import { evmCli } from '../../x/evm/client/cli.ts';
import { svmCli } from '../../x/svm/client/cli.ts';
import { wasmCli } from '../../x/wasm/client/cli.ts';

/** Each module's CLI (its tx/q commands, start flags, message types): one entry per module. */
export const moduleClis: ModuleCli[] = [bankCli, evmCli, svmCli, wasmCli, crossvmCli];
