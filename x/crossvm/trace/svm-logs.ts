/** An SVM instruction as its program logs tell it: Solana's runtime logs every invoke, its units and its end. */
export interface SvmInstruction {
  program: string;
  depth: number;
  compute_units?: number;
  compute_budget?: number;
  status: 'success' | 'failed' | 'incomplete';
  error?: string;
  logs: string[];
  inner: SvmInstruction[];
}

const INVOKE = /^Program (\S+) invoke \[(\d+)\]$/;
const CONSUMED = /^Program (\S+) consumed (\d+) of (\d+) compute units$/;
const SUCCESS = /^Program (\S+) success$/;
const FAILED = /^Program (\S+) failed: (.*)$/;

/** The instruction tree (CPI nesting by invoke depth) from a program's logs. */
export function parseSvmLogs(logs: string[]): SvmInstruction[] {
  const top: SvmInstruction[] = [];
  const stack: SvmInstruction[] = [];
  for (const line of logs) {
    let m: RegExpExecArray | null;
    if ((m = INVOKE.exec(line))) {
      const ix: SvmInstruction = { program: m[1]!, depth: Number(m[2]), status: 'incomplete', logs: [], inner: [] };
      (stack.length ? stack[stack.length - 1]!.inner : top).push(ix);
      stack.push(ix);
    } else if ((m = CONSUMED.exec(line)) && stack.length) {
      const ix = stack[stack.length - 1]!;
      ix.compute_units = Number(m[2]);
      ix.compute_budget = Number(m[3]);
    } else if ((m = SUCCESS.exec(line)) && stack.length) {
      stack.pop()!.status = 'success';
    } else if ((m = FAILED.exec(line)) && stack.length) {
      const ix = stack.pop()!;
      ix.status = 'failed';
      ix.error = m[2]!;
    } else if (stack.length) {
      stack[stack.length - 1]!.logs.push(line);
    }
  }
  return top;
}

/**
 * Custom error codes of the programs whose error enums are public (the SPL Token program's TokenError, in
 * declaration order), by the program's well-known id. Any other program's code is shown as the number.
 */
const KNOWN_ERRORS: Record<string, string[]> = {
  TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA: [
    'NotRentExempt', 'InsufficientFunds', 'InvalidMint', 'MintMismatch', 'OwnerMismatch', 'FixedSupply', 'AlreadyInUse',
    'InvalidNumberOfProvidedSigners', 'InvalidNumberOfRequiredSigners', 'UninitializedState', 'NativeNotSupported',
    'NonNativeHasBalance', 'InvalidInstruction', 'InvalidState', 'Overflow', 'AuthorityTypeNotSupported', 'MintCannotFreeze',
    'AccountFrozen', 'MintDecimalsMismatch', 'NonNativeNotSupported',
  ],
};

/** "…Custom(1)…" or "custom program error: 0x1" → { code, name? } for `program`. */
export function svmCustomError(program: string, error: string): { code: number; name?: string } | undefined {
  const m = /Custom\((\d+)\)/.exec(error) ?? /custom program error: (0x[0-9a-fA-F]+)/.exec(error);
  if (!m) return undefined;
  const code = Number(m[1]);
  const name = KNOWN_ERRORS[program]?.[code];
  return name ? { code, name } : { code };
}
