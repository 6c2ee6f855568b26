/** Names for the runtime's error enums (litesvm declares them as `const enum`s, which do not exist at run time). */
const TX_ERRORS = [
  'AccountInUse', 'AccountLoadedTwice', 'AccountNotFound', 'ProgramAccountNotFound', 'InsufficientFundsForFee',
  'InvalidAccountForFee', 'AlreadyProcessed', 'BlockhashNotFound', 'CallChainTooDeep', 'MissingSignatureForFee',
  'InvalidAccountIndex', 'SignatureFailure', 'InvalidProgramForExecution', 'SanitizeFailure', 'ClusterMaintenance',
  'AccountBorrowOutstanding', 'WouldExceedMaxBlockCostLimit', 'UnsupportedVersion', 'InvalidWritableAccount',
  'WouldExceedMaxAccountCostLimit', 'WouldExceedAccountDataBlockLimit', 'TooManyAccountLocks',
  'AddressLookupTableNotFound', 'InvalidAddressLookupTableOwner', 'InvalidAddressLookupTableData',
  'InvalidAddressLookupTableIndex', 'InvalidRentPayingAccount', 'WouldExceedMaxVoteCostLimit',
  'WouldExceedAccountDataTotalLimit', 'MaxLoadedAccountsDataSizeExceeded', 'ResanitizationNeeded',
  'InvalidLoadedAccountsDataSizeLimit', 'UnbalancedTransaction', 'ProgramCacheHitMaxLimit', 'CommitCancelled',
];

const IX_ERRORS = [
  'GenericError', 'InvalidArgument', 'InvalidInstructionData', 'InvalidAccountData', 'AccountDataTooSmall',
  'InsufficientFunds', 'IncorrectProgramId', 'MissingRequiredSignature', 'AccountAlreadyInitialized',
  'UninitializedAccount', 'UnbalancedInstruction', 'ModifiedProgramId', 'ExternalAccountLamportSpend',
  'ExternalAccountDataModified', 'ReadonlyLamportChange', 'ReadonlyDataModified', 'DuplicateAccountIndex',
  'ExecutableModified', 'RentEpochModified', 'NotEnoughAccountKeys', 'AccountDataSizeChanged',
  'AccountNotExecutable', 'AccountBorrowFailed', 'AccountBorrowOutstanding', 'DuplicateAccountOutOfSync',
  'InvalidError', 'ExecutableDataModified', 'ExecutableLamportChange', 'ExecutableAccountNotRentExempt',
  'UnsupportedProgramId', 'CallDepth', 'MissingAccount', 'ReentrancyNotAllowed', 'MaxSeedLengthExceeded',
  'InvalidSeeds', 'InvalidRealloc', 'ComputationalBudgetExceeded', 'PrivilegeEscalation',
  'ProgramEnvironmentSetupFailure', 'ProgramFailedToComplete', 'ProgramFailedToCompile', 'Immutable',
  'IncorrectAuthority', 'AccountNotRentExempt', 'InvalidAccountOwner', 'ArithmeticOverflow', 'UnsupportedSysvar',
  'IllegalOwner', 'MaxAccountsDataAllocationsExceeded', 'MaxAccountsExceeded', 'MaxInstructionTraceLengthExceeded',
  'BuiltinProgramsMustConsumeComputeUnits', 'BorshIoError',
];

/** A structured runtime error, in the JSON shape Solana's RPC uses (`"AccountNotFound"`, `{InstructionError:[0,…]}`). */
export interface RuntimeError {
  /** Human text, e.g. "InstructionError(0, MissingRequiredSignature)". */
  text: string;
  /** Solana RPC JSON form. */
  json: unknown;
  /** The instruction error name, when the failure is inside an instruction. */
  instructionError?: string;
  instructionIndex?: number;
}

function instructionErrorOf(e: unknown): { name: string; json: unknown } {
  if (typeof e === 'number') {
    const name = IX_ERRORS[e] ?? `InstructionError${e}`;
    return { name, json: name };
  }
  const o = e as { code?: number; msg?: string; toString(): string };
  if (typeof o?.code === 'number') return { name: `Custom(${o.code})`, json: { Custom: o.code } };
  if (typeof o?.msg === 'string') return { name: `BorshIoError(${o.msg})`, json: 'BorshIoError' };
  return { name: String(e), json: String(e) };
}

/** Turns a litesvm `FailedTransactionMetadata.err()` value into names a user (and a Solana client) understands. */
export function describeRuntimeError(err: unknown): RuntimeError {
  if (typeof err === 'number') {
    const name = TX_ERRORS[err] ?? `TransactionError${err}`;
    return { text: name, json: name };
  }
  const o = err as { index?: number; accountIndex?: number; err?: () => unknown; constructor: { name: string } };
  const kind = o?.constructor?.name ?? '';
  if (kind.endsWith('InstructionError') && typeof o.err === 'function') {
    const ie = instructionErrorOf(o.err());
    return {
      text: `InstructionError(${o.index}, ${ie.name})`,
      json: { InstructionError: [o.index, ie.json] },
      instructionError: ie.name,
      instructionIndex: o.index,
    };
  }
  if (kind.endsWith('DuplicateInstruction')) {
    return { text: `DuplicateInstruction(${o.index})`, json: { DuplicateInstruction: o.index } };
  }
  if (kind.endsWith('InsufficientFundsForRent')) {
    return { text: `InsufficientFundsForRent(account ${o.accountIndex})`, json: { InsufficientFundsForRent: { account_index: o.accountIndex } } };
  }
  if (kind.endsWith('ProgramExecutionTemporarilyRestricted')) {
    return { text: `ProgramExecutionTemporarilyRestricted(account ${o.accountIndex})`, json: { ProgramExecutionTemporarilyRestricted: { account_index: o.accountIndex } } };
  }
  return { text: String(err), json: String(err) };
}
