import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot, startNode, type TestNode } from '../helpers/node.ts';

/** `triviumd tx wasm …` / `triviumd q wasm …` against a real node. */
describe('triviumd wasm CLI', () => {
  let node: TestNode;
  before(async () => {
    node = await startNode({ blockTime: '100ms' });
  });
  after(async () => {
    await node?.stop();
  });

  const json = async (args: string[]) => {
    const r = await node.cli([...args, '-o', 'json']);
    assert.equal(r.code, 0, `${args.join(' ')}\n${r.stderr}\n${r.stdout}`);
    return JSON.parse(r.stdout);
  };
  const attr = (res: { events: Array<{ type: string; attributes: Array<{ key: string; value: string }> }> }, type: string, key: string) =>
    res.events.find((e) => e.type === type)?.attributes.find((a) => a.key === key)?.value;

  it('store, instantiate, execute, and the queries', async () => {
    const file = join(repoRoot, 'tests/wasm/contracts/counter.js');
    const stored = await json(['tx', 'wasm', 'store', file, '--from', 'dev1']);
    assert.equal(stored.code, 0, stored.raw_log);
    const codeId = attr(stored, 'store_code', 'code_id')!;
    assert.match(codeId, /^[0-9]+$/);

    const noAdmin = await node.cli(['tx', 'wasm', 'instantiate', codeId, '{}', '--label', 'x', '--from', 'dev1']);
    assert.notEqual(noAdmin.code, 0);
    assert.match(noAdmin.stderr, /--admin <address> or --no-admin/);

    const inst = await json(['tx', 'wasm', 'instantiate', codeId, '{"count":41}', '--label', 'cli counter', '--no-admin', '--amount', '10utrv', '--from', 'dev1']);
    assert.equal(inst.code, 0, inst.raw_log);
    const addr = attr(inst, 'instantiate', '_contract_address')!;
    assert.match(addr, /^trivium1/);

    const ex = await json(['tx', 'wasm', 'execute', addr, '{"increment":{}}', '--from', 'dev2']);
    assert.equal(ex.code, 0, ex.raw_log);
    assert.deepEqual(await json(['q', 'wasm', 'contract-state', 'smart', addr, '{"get_count":{}}']), { data: { count: 42 } });
    assert.deepEqual(await json(['q', 'wasm', 'contract-state', 'raw', addr, 'count']), { data: '42' });

    const info = await json(['q', 'wasm', 'code-info', codeId]);
    assert.equal(info.code_id, codeId);
    assert.match(info.checksum, /^[0-9A-F]{64}$/);
    const codes = await json(['q', 'wasm', 'list-code']);
    assert.ok(codes.code_infos.some((c: { code_id: string }) => c.code_id === codeId));
    assert.deepEqual(await json(['q', 'wasm', 'list-contract-by-code', codeId]), { contracts: [addr] });
    const contract = await json(['q', 'wasm', 'contract', addr]);
    assert.equal(contract.contract_info.label, 'cli counter');
    assert.equal(contract.contract_info.admin, '');

    const failed = await node.cli(['tx', 'wasm', 'execute', addr, '{"fail":{"reason":"from the cli"}}', '--from', 'dev2', '--gas', '400000', '-o', 'json']);
    assert.notEqual(failed.code, 0);
    assert.match(failed.stdout, /reverted: from the cli/);
  });
});
