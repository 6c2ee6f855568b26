import type { GeneratedType } from '@cosmjs/proto-signing';

// The command tree registers every module's message types here once, before any command runs; the signer's
// registry (core/client/registry.ts) is built from them when a command signs.
export const moduleMsgTypes: Array<[string, GeneratedType]> = [];

export function registerMsgTypes(types: Array<[string, GeneratedType]>): void {
  moduleMsgTypes.push(...types);
}
