// Issue 16 item 5: a CLI that explains itself. The start banner (anvil's accounts and keys, the Cosmos and Solana
// keys, every endpoint as a URL); the home's config/client.toml that start writes and every command reads (no
// --node off the default ports; flags still win); the message id of `tx crossvm call`; `q crossvm message`
// decoding payload and result for each VM. One node for the file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ContractFactory, HDNodeWallet, JsonRpcProvider, Mnemonic, Wallet } from 'ethers';
import { compileSolidity } from '../evm/helpers.ts';
import { attr, cliJson, deployJs } from '../crossvm/helpers.ts';
import { dev, MNEMONIC } from '../helpers/cosmos.ts';
import { fixturesDir, repoRoot, runCli, startNode, type TestNode } from '../helpers/node.ts';

describe('the banner, client.toml and the crossvm CLI explain themselves', () => {
  let node: TestNode;
  // A command as a user types it off the default ports: --home only, no --node.
  const cli = (args: string[]) => node.cli(args, { node: false });
  before(async () => {
    node = await startNode({ blockTime: '0' });
  });
  after(async () => {
    await node?.stop();
  });

  it('the banner lists the EVM accounts and private keys (anvil), the Cosmos and Solana keys, and each endpoint as a URL', () => {
    const out = node.output();
    assert.match(out, /^Available Accounts\n=+\n\n\(0\) 0x[0-9a-fA-F]{40} \(10000\.0+ ETH\)$/m);
    for (let i = 0; i < 10; i++) {
      const w = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), `m/44'/60'/0'/0/${i}`);
      assert.ok(out.includes(`(${i}) ${w.address} (`), `account ${i} ${w.address}`);
      // The printed key is the account's: the key of line (i) under Private Keys signs as that address.
      const key = new RegExp(`^Private Keys\\n=+\\n\\n(?:\\(\\d\\) 0x[0-9a-f]{64}\\n){${i}}\\(${i}\\) (0x[0-9a-f]{64})$`, 'm').exec(out)?.[1];
      assert.equal(key && new Wallet(key).address, w.address);
      assert.ok(out.includes(`(${i}) dev${i}  ${dev[i]!.address}  10,000,000,000 utrv`), `cosmos dev${i}`);
    }
    assert.match(out, /^faucet\s+GooDK8FKEyrfgsrN3ASZRY7VP742sUnUE8LxNnVUsC5R /m);
    const rpc = node.ports['rpc.laddr'];
    const eth = node.ports['json-rpc.address'];
    assert.match(out, new RegExp(`CometBFT RPC\\s+http://${rpc}\\s+ws://${rpc}/websocket`));
    assert.match(out, new RegExp(`Ethereum JSON-RPC\\s+http://${eth}\\s+ws://${eth}\\n`));
    assert.match(out, new RegExp(`Solana JSON-RPC\\s+http://${node.ports['svm-rpc.address']}\\n`));
    assert.match(out, new RegExp(`Solana WebSocket\\s+ws://${node.ports['svm-rpc.ws-address']}\\n`));
  });

  it('start writes config/client.toml with the port it uses; commands without --node read it; a flag still wins', async () => {
    const toml = readFileSync(join(node.home, 'config', 'client.toml'), 'utf8');
    assert.match(toml, new RegExp(`^node = "tcp://${node.ports['rpc.laddr']}"$`, 'm'));
    assert.match(toml, /^chain-id = "trivium-devnet-1"$/m);
    const get = await cli(['config', 'get', 'client', 'node']);
    assert.equal(get.stdout.trim(), `tcp://${node.ports['rpc.laddr']}`);
    const st = await cli(['status']);
    assert.equal(st.code, 0, st.stderr);
    assert.equal(JSON.parse(st.stdout).node_info.network, 'trivium-devnet-1');

    assert.equal((await cli(['config', 'set', 'client', 'output', 'json'])).code, 0);
    const asJson = await cli(['q', 'bank', 'balances', 'dev3']);
    assert.equal(asJson.code, 0, asJson.stderr);
    assert.equal(JSON.parse(asJson.stdout).balances[0].denom, 'utrv');
    const asText = await cli(['q', 'bank', 'balances', 'dev3', '-o', 'text']);
    assert.match(asText.stdout, /^balances:\n/);
    assert.equal((await cli(['config', 'set', 'client', 'output', 'text'])).code, 0);

    // --node on the command line beats client.toml: here a port nobody serves.
    const wrong = await cli(['status', '--node', 'tcp://127.0.0.1:1']);
    assert.notEqual(wrong.code, 0);
    assert.match(wrong.stderr, /cannot reach node at tcp:\/\/127\.0\.0\.1:1/);
    // Bad keys and values are refused and leave the file as it was.
    const badKey = await cli(['config', 'set', 'client', 'nodes', 'x']);
    assert.match(badKey.stderr, /unknown client config key "nodes"/);
    const badNode = await cli(['config', 'set', 'client', 'node', 'localhost']);
    assert.match(badNode.stderr, /invalid node "localhost"/);
    const badOut = await cli(['config', 'set', 'client', 'output', 'yaml']);
    assert.match(badOut.stderr, /invalid output "yaml"/);
    assert.equal(readFileSync(join(node.home, 'config', 'client.toml'), 'utf8'), toml);
    const other = await runCli(['config', 'get', 'client', 'node', '--home', join(node.home, 'nonexistent')]);
    assert.equal(other.stdout.trim(), 'tcp://127.0.0.1:26657', 'a home without client.toml: the SDK default');
  });

  let recorder = '';
  it('tx crossvm call prints the message id on its own line, and as message_id in -o json', async () => {
    recorder = await deployJs(node, join(repoRoot, 'tests/crossvm/contracts/recorder.js'));
    const text = await cli(['tx', 'crossvm', 'call', 'wasm', recorder, '{"record":{"tag":"hi"}}', '--from', 'dev1', '--yes']);
    assert.equal(text.code, 0, text.stderr);
    const id = /^message_id: (\d+)$/m.exec(text.stdout)?.[1];
    assert.ok(id, text.stdout);
    assert.equal(text.stdout.split('\n')[0], `message_id: ${id}`);
    const json = await cliJson(node, ['tx', 'crossvm', 'call', 'wasm', recorder, '{"record":{"tag":"again"}}', '--from', 'dev1']);
    assert.equal(json.message_id, String(Number(id) + 1));
    assert.equal(attr(json.events, 'crossvm_request', 'message_id'), json.message_id);
  });

  it('q crossvm message decodes a wasm payload and result as JSON', async () => {
    const sent = await cliJson(node, ['tx', 'crossvm', 'call', 'wasm', recorder, '{"record":{"tag":"decode me"}}', '--from', 'dev2']);
    await node.rpc('dev_mine', { blocks: 1 });
    const q = await cliJson(node, ['q', 'crossvm', 'message', sent.message_id]);
    assert.equal(q.message.status, 'EXECUTED');
    assert.deepEqual(q.decoded.payload.json, { record: { tag: 'decode me' } });
    assert.equal(q.decoded.result.json.sender, dev[2]!.address);
    assert.equal(typeof q.decoded.result.json.n, 'number');
  });

  it('q crossvm message decodes EVM calldata and return data with --sig or --abi, and names the selector without', async () => {
    const provider = new JsonRpcProvider(`http://${node.ports['json-rpc.address']}`, undefined, { staticNetwork: true, pollingInterval: 100 });
    const wallet = HDNodeWallet.fromMnemonic(Mnemonic.fromPhrase(MNEMONIC), "m/44'/60'/0'/0/5").connect(provider);
    const src = 'pragma solidity ^0.8.20; contract Adder { uint256 public total; function add(uint256 x, string calldata tag) external returns (uint256, string memory) { total += x; return (total, tag); } }';
    const { Adder } = await compileSolidity({ 'Adder.sol': src });
    const adder = await (await new ContractFactory(Adder!.abi, Adder!.bytecode, wallet).deploy()).waitForDeployment();
    const data = adder.interface.encodeFunctionData('add', [41n, 'forty-one']);
    const sent = await cliJson(node, ['tx', 'crossvm', 'call', 'evm', await adder.getAddress(), data, '--from', 'dev3']);
    await node.rpc('dev_mine', { blocks: 1 });
    const bySig = await cliJson(node, ['q', 'crossvm', 'message', sent.message_id, '--sig', 'add(uint256,string)(uint256,string)']);
    assert.equal(bySig.message.status, 'EXECUTED', JSON.stringify(bySig.message));
    assert.equal(bySig.decoded.payload.function, 'add(uint256,string)');
    assert.deepEqual(bySig.decoded.payload.args, { 0: '41', 1: 'forty-one' });
    assert.deepEqual(bySig.decoded.result.values, { 0: '41', 1: 'forty-one' });
    const abiFile = join(node.home, 'Adder.abi.json');
    (await import('node:fs')).writeFileSync(abiFile, JSON.stringify({ abi: Adder!.abi }));
    const byAbi = await cliJson(node, ['q', 'crossvm', 'message', sent.message_id, '--abi', abiFile]);
    assert.deepEqual(byAbi.decoded.payload.args, { x: '41', tag: 'forty-one' });
    const bare = await cliJson(node, ['q', 'crossvm', 'message', sent.message_id]);
    assert.equal(bare.decoded.payload.selector, data.slice(0, 10));
    assert.match(bare.decoded.payload.note, /--abi FILE or --sig/);
    const badSig = await cli(['q', 'crossvm', 'message', sent.message_id, '--sig', 'not a signature']);
    assert.match(badSig.stderr, /--sig "not a signature": expected e\.g\./);
  });

  it('q crossvm message decodes an SVM instruction (hex, base64, text) and its logs', async () => {
    const dep = await cliJson(node, ['tx', 'svm', 'deploy', join(fixturesDir, 'solana/spl_memo-3.0.0.so'), '--from', 'dev0']);
    const programId = attr(dep.events, 'svm_deploy', 'program_id')!;
    const memo = Buffer.from('hello svm').toString('hex');
    const sent = await cliJson(node, ['tx', 'crossvm', 'call', 'svm', programId, memo, '--account', 'dev4:s', '--from', 'dev4']);
    await node.rpc('dev_mine', { blocks: 1 });
    const q = await cliJson(node, ['q', 'crossvm', 'message', sent.message_id]);
    assert.equal(q.message.status, 'EXECUTED', JSON.stringify(q.message));
    assert.equal(q.decoded.payload.instruction_data_hex, memo);
    assert.equal(q.decoded.payload.instruction_data_base64, Buffer.from('hello svm').toString('base64'));
    assert.equal(q.decoded.payload.instruction_data_text, 'hello svm');
    assert.ok(q.decoded.result.logs.some((l: string) => l.includes('hello svm')), JSON.stringify(q.decoded.result));
  });
});
