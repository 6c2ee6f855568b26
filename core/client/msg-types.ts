import type { GeneratedType } from '@cosmjs/proto-signing';
import type { AminoConverter } from '../types/amino.ts';

// The command tree registers every module's message types here once, before any command runs; the signer's
// registry (core/client/registry.ts) is built from them when a command signs.
export const moduleMsgTypes: Array<[string, GeneratedType]> = [];

export function registerMsgTypes(types: Array<[string, GeneratedType]>): void {
  moduleMsgTypes.push(...types);
}

/** Every module's amino converters (typeUrl → converter), for `--sign-mode amino-json`. */
export const moduleAminoConverters: Record<string, AminoConverter> = {};

export function registerAminoConverters(converters: Record<string, AminoConverter>): void {
  Object.assign(moduleAminoConverters, converters);
}
