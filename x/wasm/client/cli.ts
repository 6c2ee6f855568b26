import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { toHex } from '@cosmjs/encoding';
import {
  QueryAllContractStateRequest,
  QueryAllContractStateResponse,
  QueryCodeInfoRequest,
  QueryCodeInfoResponse,
  QueryCodeRequest,
  QueryCodeResponse,
  QueryCodesRequest,
  QueryCodesResponse,
  QueryContractHistoryRequest,
  QueryContractHistoryResponse,
  QueryContractInfoRequest,
  QueryContractInfoResponse,
  QueryContractsByCodeRequest,
  QueryContractsByCodeResponse,
  QueryContractsByCreatorRequest,
  QueryContractsByCreatorResponse,
  QueryRawContractStateRequest,
  QueryRawContractStateResponse,
  QuerySmartContractStateRequest,
  QuerySmartContractStateResponse,
} from 'cosmjs-types/cosmwasm/wasm/v1/query';
import {
  MsgClearAdmin,
  MsgExecuteContract,
  MsgInstantiateContract,
  MsgInstantiateContract2,
  MsgMigrateContract,
  MsgStoreCode,
  MsgUpdateAdmin,
} from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import type { ModuleCli } from '../../../core/client/module-cli.ts';
import { Keyring, resolveAddress } from '../../../core/client/keyring.ts';
import { parseAddress, toBech32Address } from '../../../core/types/address.ts';
import { addQueryFlags, addTxFlags, printOutput, type QueryOptions, type TxOptions } from '../../../core/client/options.ts';
import { abciQuery } from '../../../core/client/rpc.ts';
import { broadcastMsgs } from '../../../core/client/tx.ts';
import { parseCoinsString } from '../../bank/types/index.ts';
import { AccessType } from '../types/index.ts';
import { wasmAmino } from '../types/amino.ts';

const Q = '/cosmwasm.wasm.v1.Query/';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** `triviumd tx wasm …` and `triviumd q wasm …`, with wasmd's command names and flags. */
export const wasmCli: ModuleCli = {
  aminoConverters: wasmAmino,
  registryTypes: [
    ['/cosmwasm.wasm.v1.MsgStoreCode', MsgStoreCode],
    ['/cosmwasm.wasm.v1.MsgInstantiateContract', MsgInstantiateContract],
    ['/cosmwasm.wasm.v1.MsgInstantiateContract2', MsgInstantiateContract2],
    ['/cosmwasm.wasm.v1.MsgExecuteContract', MsgExecuteContract],
    ['/cosmwasm.wasm.v1.MsgMigrateContract', MsgMigrateContract],
    ['/cosmwasm.wasm.v1.MsgUpdateAdmin', MsgUpdateAdmin],
    ['/cosmwasm.wasm.v1.MsgClearAdmin', MsgClearAdmin],
  ],

  tx(parent: Command) {
    const wasm = parent.command('wasm').description('CosmWasm-style (JavaScript) contract transactions');

    addTxFlags(wasm.command('store').description('upload a contract (a CosmWasm .wasm binary or a .js file; sent gzip-compressed like CosmJS does)').argument('<file>'))
      .option('--instantiate-everybody', 'anyone may instantiate the code (the default)')
      .option('--instantiate-nobody', 'no one may instantiate the code')
      .option('--instantiate-anyof-addresses <addrs>', 'only these comma-separated addresses may instantiate the code')
      .action(async (file: string, opts: TxOptions & { instantiateNobody?: boolean; instantiateAnyofAddresses?: string }) => {
        const code = readFileSync(file);
        const permission = opts.instantiateNobody
          ? { permission: AccessType.Nobody, addresses: [] }
          : opts.instantiateAnyofAddresses
            ? { permission: AccessType.AnyOfAddresses, addresses: opts.instantiateAnyofAddresses.split(',').map((s) => s.trim()) }
            : undefined;
        await broadcastMsgs(opts, [
          { typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: MsgStoreCode.fromPartial({ sender: sender(opts), wasmByteCode: gzipSync(code), instantiatePermission: permission }) },
        ]);
      });

    const instantiateFlags = (c: Command) =>
      addTxFlags(c)
        .requiredOption('--label <label>', 'a human-readable name for the contract instance')
        .option('--admin <address>', 'address or key name allowed to migrate the contract')
        .option('--no-admin', 'no one may ever migrate the contract')
        .option('--amount <coins>', 'funds to send to the contract, e.g. 100utrv');

    instantiateFlags(wasm.command('instantiate').description('instantiate a stored code').argument('<code_id>').argument('<json>')).action(
      async (codeId: string, json: string, opts: TxOptions & InstantiateOpts) => {
        const value = MsgInstantiateContract.fromPartial({ sender: sender(opts), codeId: uint(codeId, 'code id'), label: opts.label, admin: admin(opts), msg: jsonArg(json), funds: coins(opts.amount) });
        await broadcastMsgs(opts, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value }]);
      },
    );

    instantiateFlags(
      wasm.command('instantiate2').description('instantiate at a predictable address (salt is text, or hex with --hex)').argument('<code_id>').argument('<json>').argument('<salt>'),
    )
      .option('--hex', 'the salt is hex')
      .option('--fix-msg', 'include the init message in the address')
      .action(async (codeId: string, json: string, salt: string, opts: TxOptions & InstantiateOpts & { hex?: boolean; fixMsg?: boolean }) => {
        const value = MsgInstantiateContract2.fromPartial({
          sender: sender(opts),
          codeId: uint(codeId, 'code id'),
          label: opts.label,
          admin: admin(opts),
          msg: jsonArg(json),
          funds: coins(opts.amount),
          salt: opts.hex ? Buffer.from(salt, 'hex') : utf8(salt),
          fixMsg: !!opts.fixMsg,
        });
        await broadcastMsgs(opts, [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract2', value }]);
      });

    addTxFlags(wasm.command('execute').description('execute a contract').argument('<contract>').argument('<json>'))
      .option('--amount <coins>', 'funds to send with the call, e.g. 100utrv')
      .action(async (contract: string, json: string, opts: TxOptions & { amount?: string }) => {
        const value = MsgExecuteContract.fromPartial({ sender: sender(opts), contract, msg: jsonArg(json), funds: coins(opts.amount) });
        await broadcastMsgs(opts, [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value }]);
      });

    addTxFlags(wasm.command('migrate').description('migrate a contract to a new code (admin only)').argument('<contract>').argument('<new_code_id>').argument('<json>')).action(
      async (contract: string, codeId: string, json: string, opts: TxOptions) => {
        const value = MsgMigrateContract.fromPartial({ sender: sender(opts), contract, codeId: uint(codeId, 'code id'), msg: jsonArg(json) });
        await broadcastMsgs(opts, [{ typeUrl: '/cosmwasm.wasm.v1.MsgMigrateContract', value }]);
      },
    );

    addTxFlags(wasm.command('set-contract-admin').description('change a contract admin (admin only)').argument('<contract>').argument('<new_admin>')).action(
      async (contract: string, newAdmin: string, opts: TxOptions) => {
        await broadcastMsgs(opts, [{ typeUrl: '/cosmwasm.wasm.v1.MsgUpdateAdmin', value: MsgUpdateAdmin.fromPartial({ sender: sender(opts), contract, newAdmin: toBech32Address(parseAddress(resolveAddress(newAdmin, opts))) }) }]);
      },
    );

    addTxFlags(wasm.command('clear-contract-admin').description('remove a contract admin for good (admin only)').argument('<contract>')).action(
      async (contract: string, opts: TxOptions) => {
        await broadcastMsgs(opts, [{ typeUrl: '/cosmwasm.wasm.v1.MsgClearAdmin', value: MsgClearAdmin.fromPartial({ sender: sender(opts), contract }) }]);
      },
    );
  },

  query(parent: Command) {
    const wasm = parent.command('wasm').description('CosmWasm-style (JavaScript) contract queries');
    const state = wasm.command('contract-state').description('contract storage');

    addQueryFlags(state.command('smart').description('run the contract’s query entry point with a JSON message').argument('<contract>').argument('<json>')).action(
      async (address: string, json: string, opts: QueryOptions) => {
        const r = QuerySmartContractStateResponse.decode(
          await abciQuery(opts, Q + 'SmartContractState', QuerySmartContractStateRequest.encode({ address, queryData: jsonArg(json) }).finish()),
        );
        printOutput(opts, { data: JSON.parse(Buffer.from(r.data).toString() || 'null') });
      },
    );

    addQueryFlags(state.command('raw').description('one storage key (text, or hex with --hex)').argument('<contract>').argument('<key>'))
      .option('--hex', 'the key is hex')
      .action(async (address: string, key: string, opts: QueryOptions & { hex?: boolean }) => {
        const queryData = opts.hex ? Buffer.from(key, 'hex') : utf8(key);
        const r = QueryRawContractStateResponse.decode(await abciQuery(opts, Q + 'RawContractState', QueryRawContractStateRequest.encode({ address, queryData }).finish()));
        printOutput(opts, { data: r.data.length ? Buffer.from(r.data).toString() : null });
      });

    addQueryFlags(state.command('all').description('all storage of a contract').argument('<contract>')).action(async (address: string, opts: QueryOptions) => {
      const models: Array<{ key: string; value: string }> = [];
      let key: Uint8Array = new Uint8Array();
      do {
        const r = QueryAllContractStateResponse.decode(
          await abciQuery(opts, Q + 'AllContractState', QueryAllContractStateRequest.encode({ address, pagination: page(key) }).finish()),
        );
        for (const m of r.models) models.push({ key: Buffer.from(m.key).toString(), value: Buffer.from(m.value).toString() });
        key = r.pagination?.nextKey ?? new Uint8Array();
      } while (key.length);
      printOutput(opts, { models });
    });

    addQueryFlags(wasm.command('contract').description('contract info').argument('<contract>')).action(async (address: string, opts: QueryOptions) => {
      const r = QueryContractInfoResponse.decode(await abciQuery(opts, Q + 'ContractInfo', QueryContractInfoRequest.encode({ address }).finish()));
      const c = r.contractInfo;
      printOutput(opts, {
        address: r.address,
        contract_info: {
          code_id: c.codeId.toString(),
          creator: c.creator,
          admin: c.admin,
          label: c.label,
          created: { block_height: c.created?.blockHeight.toString(), tx_index: c.created?.txIndex.toString() },
        },
      });
    });

    addQueryFlags(wasm.command('contract-history').description('code history of a contract').argument('<contract>')).action(async (address: string, opts: QueryOptions) => {
      const r = QueryContractHistoryResponse.decode(await abciQuery(opts, Q + 'ContractHistory', QueryContractHistoryRequest.encode({ address }).finish()));
      const ops = ['UNSPECIFIED', 'INIT', 'MIGRATE', 'GENESIS'];
      printOutput(opts, {
        entries: r.entries.map((e) => ({
          operation: `CONTRACT_CODE_HISTORY_OPERATION_TYPE_${ops[e.operation] ?? e.operation}`,
          code_id: e.codeId.toString(),
          updated: { block_height: e.updated?.blockHeight.toString(), tx_index: e.updated?.txIndex.toString() },
          msg: JSON.parse(Buffer.from(e.msg).toString()),
        })),
      });
    });

    addQueryFlags(wasm.command('code-info').description('code info').argument('<code_id>')).action(async (codeId: string, opts: QueryOptions) => {
      const r = QueryCodeInfoResponse.decode(await abciQuery(opts, Q + 'CodeInfo', QueryCodeInfoRequest.encode({ codeId: uint(codeId, 'code id') }).finish()));
      printOutput(opts, { code_id: r.codeId.toString(), creator: r.creator, checksum: toHex(r.checksum).toUpperCase(), instantiate_permission: permission(r.instantiatePermission) });
    });

    addQueryFlags(wasm.command('code').description('download a contract’s source').argument('<code_id>').argument('<output_file>')).action(
      async (codeId: string, out: string, opts: QueryOptions) => {
        const r = QueryCodeResponse.decode(await abciQuery(opts, Q + 'Code', QueryCodeRequest.encode({ codeId: uint(codeId, 'code id') }).finish()));
        writeFileSync(out, r.data);
        printOutput(opts, { code_id: codeId, bytes: r.data.length, file: out });
      },
    );

    addQueryFlags(wasm.command('list-code').description('all stored codes')).action(async (opts: QueryOptions) => {
      const codeInfos: unknown[] = [];
      let key: Uint8Array = new Uint8Array();
      do {
        const r = QueryCodesResponse.decode(await abciQuery(opts, Q + 'Codes', QueryCodesRequest.encode({ pagination: page(key) }).finish()));
        for (const c of r.codeInfos) {
          codeInfos.push({ code_id: c.codeId.toString(), creator: c.creator, data_hash: toHex(c.dataHash).toUpperCase(), instantiate_permission: permission(c.instantiatePermission) });
        }
        key = r.pagination?.nextKey ?? new Uint8Array();
      } while (key.length);
      printOutput(opts, { code_infos: codeInfos });
    });

    addQueryFlags(wasm.command('list-contract-by-code').description('contracts of a code, in creation order').argument('<code_id>')).action(
      async (codeId: string, opts: QueryOptions) => {
        const contracts: string[] = [];
        let key: Uint8Array = new Uint8Array();
        do {
          const r = QueryContractsByCodeResponse.decode(
            await abciQuery(opts, Q + 'ContractsByCode', QueryContractsByCodeRequest.encode({ codeId: uint(codeId, 'code id'), pagination: page(key) }).finish()),
          );
          contracts.push(...r.contracts);
          key = r.pagination?.nextKey ?? new Uint8Array();
        } while (key.length);
        printOutput(opts, { contracts });
      },
    );

    addQueryFlags(wasm.command('list-contracts-by-creator').description('contracts an address instantiated').argument('<creator>')).action(
      async (creatorAddress: string, opts: QueryOptions) => {
        const contracts: string[] = [];
        let key: Uint8Array = new Uint8Array();
        do {
          const r = QueryContractsByCreatorResponse.decode(
            await abciQuery(opts, Q + 'ContractsByCreator', QueryContractsByCreatorRequest.encode({ creatorAddress, pagination: page(key) }).finish()),
          );
          contracts.push(...r.contractAddresses);
          key = r.pagination?.nextKey ?? new Uint8Array();
        } while (key.length);
        printOutput(opts, { contract_addresses: contracts });
      },
    );
  },
};

interface InstantiateOpts {
  label: string;
  /** A string, or false for --no-admin, or undefined if neither was given. */
  admin?: string | boolean;
  amount?: string;
}

function sender(opts: TxOptions): string {
  if (!opts.from) throw new Error('--from is required: the key name or address that signs');
  return new Keyring(opts.home, opts.keyringBackend).get(opts.from).address;
}

/** wasmd insists on an explicit choice: --admin ADDR or --no-admin. */
function admin(opts: InstantiateOpts & Pick<TxOptions, 'home' | 'keyringBackend'>): string {
  if (opts.admin === false) return '';
  if (typeof opts.admin === 'string') return toBech32Address(parseAddress(resolveAddress(opts.admin, opts)));
  throw new Error('set --admin <address> or --no-admin (no one could ever migrate the contract)');
}

function jsonArg(s: string): Uint8Array {
  try {
    JSON.parse(s);
  } catch (e) {
    throw new Error(`not valid JSON: ${s} (${(e as Error).message})`);
  }
  return utf8(s);
}

function uint(s: string, what: string): bigint {
  if (!/^[0-9]+$/.test(s) || BigInt(s) === 0n) throw new Error(`${what} must be a positive integer, got ${s}`);
  return BigInt(s);
}

const coins = (s?: string) => (s ? parseCoinsString(s) : []);
const page = (key: Uint8Array) => ({ key, offset: 0n, limit: 1000n, countTotal: false, reverse: false });

function permission(p?: { permission: number; addresses: string[] }) {
  const names: Record<number, string> = { 0: 'Unspecified', 1: 'Nobody', 3: 'Everybody', 4: 'AnyOfAddresses' };
  return { permission: names[p?.permission ?? 0] ?? String(p?.permission), addresses: p?.addresses ?? [] };
}
