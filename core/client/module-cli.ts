import type { Command } from 'commander';
import type { GeneratedType } from '@cosmjs/proto-signing';
import type { AminoConverter } from '../types/amino.ts';

/**
 * What a module adds to `triviumd` (the SDK's client/cli): its `tx <module>` and `q <module>` commands, its
 * messages' codecs for the signer, and its `start` flags. The command tree (cmd/triviumd) collects them;
 * nothing below cmd/ imports it. A module's CLI imports core/client and its own types and codecs only: what
 * runs a command (an executor, the node) is imported inside the action, so `triviumd keys list` loads none.
 */
export interface ModuleCli {
  /** [typeUrl, codec] pairs the CLI's signer needs to encode this module's messages. */
  registryTypes?: Array<[string, GeneratedType]>;
  /** typeUrl → amino name and JSON (the module's types/amino.ts): what `--sign-mode amino-json` signs. */
  aminoConverters?: Record<string, AminoConverter>;
  tx?(parent: Command): void;
  query?(parent: Command): void;
  /** Extra `start` flags (e.g. --json-rpc.address) with defaults. */
  startFlags?: Array<{ flags: string; description: string; defaultValue?: string }>;
  /**
   * Start flags that load state at genesis (x/svm's --bpf-program, --account): edits the genesis app_state in
   * place and returns one line per thing loaded (nothing: the flags were not given). `appState()` parses the
   * genesis file on first use only: a home with a big genesis is not read at every start.
   */
  genesisFromStartFlags?(flags: Record<string, unknown>, appState: () => Record<string, unknown>): string[];
}
