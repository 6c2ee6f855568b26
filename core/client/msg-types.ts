import type { Codec } from '../types/module.ts';

// The command tree registers every module's message types here once, before any command runs; the signer's
// registry (core/client/registry.ts) is built from them when a command signs.
export const moduleMsgTypes: Array<[string, Codec<any>]> = [];

export function registerMsgTypes(types: Array<[string, Codec<any>]>): void {
  moduleMsgTypes.push(...types);
}
