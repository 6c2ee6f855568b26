import { Registry } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { moduleMsgTypes } from './msg-types.ts';

/** The signer's registry: the SDK's message types and every module's (core/client/msg-types.ts). */
export function cliRegistry(): Registry {
  const reg = new Registry(defaultRegistryTypes);
  for (const [url, codec] of moduleMsgTypes) reg.register(url, codec as any);
  return reg;
}
