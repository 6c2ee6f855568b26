import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type protobuf from 'protobufjs';
import { loadProtos } from '../../core/api/protos.ts';

// cosmjs-types exports only its subpaths: its folder is four levels above one of them.
const cosmjsTypes = dirname(dirname(dirname(dirname(createRequire(import.meta.url).resolve('cosmjs-types/cosmos/bank/v1beta1/query')))));

/** Field name → [number, wire type, writer method] of a cosmjs-types message, read off its generated `encode`. */
function cosmjsFields(pkg: string, name: string): Map<string, [number, number, string]> | undefined {
  const dir = join(cosmjsTypes, ...pkg.split('.'));
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  } catch {
    return undefined;
  }
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8');
    const start = src.indexOf(`exports.${name} = {`);
    if (start < 0) continue;
    const enc = src.slice(src.indexOf('encode(message', start), src.indexOf('decode(input', start));
    const out = new Map<string, [number, number, string]>();
    for (const m of enc.matchAll(/writer\.uint32\((\d+)\)\.(\w+)\(/g)) {
      const tag = Number(m[1]);
      // A packed repeated field opens its bytes first, then loops over the field: the name follows the tag.
      const packed = /^\);\s*for \(const v of message\.(\w+)\)/.exec(enc.slice(m.index! + m[0].length));
      const before = [...enc.slice(0, m.index).matchAll(/message\.(\w+)/g)].pop();
      const field = packed?.[1] ?? before?.[1];
      if (field) out.set(field, [tag >>> 3, tag & 7, m[2]!]);
    }
    return out;
  }
  return undefined;
}

const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

/** The BinaryWriter method cosmjs-types writes a field with: `fork` for a message or a packed list. */
function writerMethod(f: protobuf.Field): string {
  if (f.resolvedType && 'fields' in f.resolvedType) return 'fork';
  if (f.resolvedType) return f.repeated ? 'fork' : 'int32'; // an enum
  if (f.repeated && !['string', 'bytes'].includes(f.type)) return 'fork';
  return f.type;
}

function wireType(f: protobuf.Field): number {
  if (f.resolvedType && 'fields' in f.resolvedType) return 2;
  if (f.repeated && !['string', 'bytes'].includes(f.type) && !(f.resolvedType && 'fields' in f.resolvedType)) return 2; // packed
  if (['string', 'bytes'].includes(f.type)) return 2;
  if (['fixed64', 'sfixed64', 'double'].includes(f.type)) return 1;
  if (['fixed32', 'sfixed32', 'float'].includes(f.type)) return 5;
  return 0;
}

describe('proto/third_party: the wire contract of the SDK, CometBFT and wasmd messages', () => {
  it('gives every field the number, wire type and scalar type cosmjs-types encodes it with', () => {
    const { root } = loadProtos();
    const checked: string[] = [];
    const visit = (ns: protobuf.NamespaceBase) => {
      for (const o of ns.nestedArray) {
        if ('fieldsArray' in o) {
          const t = o as protobuf.Type;
          const full = t.fullName.slice(1);
          if (/^(cosmos|tendermint|cosmwasm)\./.test(full)) {
            const pkg = full.split('.').filter((p) => /^[a-z]/.test(p)).join('.');
            const name = full.slice(pkg.length + 1).replace(/\./g, '_'); // ModeInfo.Single → ModeInfo_Single
            const theirs = cosmjsFields(pkg, name);
            assert.ok(theirs, `${full}: cosmjs-types has it`);
            for (const f of t.fieldsArray) {
              assert.deepEqual(theirs.get(camel(f.name)), [f.id, wireType(f), writerMethod(f)], `${full}.${f.name}: number, wire type and scalar type`);
            }
            checked.push(full);
          }
        }
        if ('nestedArray' in o) visit(o as protobuf.NamespaceBase);
      }
    };
    visit(root);
    for (const must of ['cosmos.tx.v1beta1.TxBody', 'cosmos.base.abci.v1beta1.TxResponse', 'cosmos.base.tendermint.v1beta1.Header', 'tendermint.types.Commit', 'cosmwasm.wasm.v1.ContractInfo', 'cosmos.tx.v1beta1.ModeInfo.Single']) {
      assert.ok(checked.includes(must), `${must} checked`);
    }
    assert.ok(checked.length > 60, `${checked.length} messages checked`);
  });

  it('names every REST route of the services it declares (each method a google.api.http binding)', () => {
    const { methods } = loadProtos();
    assert.deepEqual(methods.filter((m) => !m.http).map((m) => m.path), []);
    const byTemplate = new Map<string, string>();
    for (const m of methods) {
      const key = `${m.http!.verb} ${m.http!.template}`;
      assert.ok(!byTemplate.has(key), `${key}: bound once (${byTemplate.get(key)} and ${m.path})`);
      byTemplate.set(key, m.path);
    }
    assert.equal(byTemplate.get('GET /cosmwasm/wasm/v1/contract/{address}/smart/{query_data}'), '/cosmwasm.wasm.v1.Query/SmartContractState');
    assert.equal(byTemplate.get('POST /cosmos/tx/v1beta1/txs'), '/cosmos.tx.v1beta1.Service/BroadcastTx');
  });
});
