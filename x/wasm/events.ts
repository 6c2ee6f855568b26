import { event, type AbciEvent } from '../../core/types/events.ts';

/** wasmd's event types and attribute keys (x/wasm/types/events.go): what CosmJS and indexers look for. */
export const EventTypes = {
  storeCode: 'store_code',
  instantiate: 'instantiate',
  execute: 'execute',
  migrate: 'migrate',
  updateAdmin: 'update_contract_admin',
  /** The contract's own attributes go into this event; its custom events are `wasm-<type>`. */
  wasm: 'wasm',
  customPrefix: 'wasm-',
} as const;

export const Attr = {
  contractAddr: '_contract_address',
  codeId: 'code_id',
  checksum: 'code_checksum',
  newAdmin: 'new_admin_address',
  warning: 'warning',
} as const;

export const storeCodeEvent = (codeId: bigint, checksumHex: string, warnings: string[]): AbciEvent => {
  const e = event(EventTypes.storeCode, { [Attr.checksum]: checksumHex, [Attr.codeId]: codeId });
  for (const w of warnings.slice(0, 10)) e.attributes.push({ key: Attr.warning, value: w, index: false });
  return e;
};
export const instantiateEvent = (contract: string, codeId: bigint) => event(EventTypes.instantiate, { [Attr.contractAddr]: contract, [Attr.codeId]: codeId });
export const executeEvent = (contract: string) => event(EventTypes.execute, { [Attr.contractAddr]: contract });
export const migrateEvent = (contract: string, codeId: bigint) => event(EventTypes.migrate, { [Attr.codeId]: codeId, [Attr.contractAddr]: contract });
export const updateAdminEvent = (contract: string, admin: string) => event(EventTypes.updateAdmin, { [Attr.contractAddr]: contract, [Attr.newAdmin]: admin });

/** The `wasm` event (contract attributes) and `wasm-<type>` events, each led by `_contract_address`. */
export function contractEvents(contract: string, attributes: Array<[string, string]>, custom: Array<{ type: string; attributes: Array<[string, string]> }>): AbciEvent[] {
  const out: AbciEvent[] = [];
  const lead = { key: Attr.contractAddr, value: contract, index: true };
  if (attributes.length) out.push({ type: EventTypes.wasm, attributes: [lead, ...attributes.map(([key, value]) => ({ key, value, index: true }))] });
  for (const e of custom) {
    out.push({ type: EventTypes.customPrefix + e.type, attributes: [lead, ...e.attributes.map(([key, value]) => ({ key, value, index: true }))] });
  }
  return out;
}
