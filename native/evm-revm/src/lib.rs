//! Trivium's EVM core: revm behind one napi-rs call. x/evm owns the state (accounts in its store, balances in
//! x/bank): revm reads it through synchronous JavaScript callbacks on the calling thread and hands back the
//! changed accounts for x/evm to write. Nothing here keeps state between calls except analysed bytecode,
//! keyed by its hash (code is immutable per hash), so a call's outcome depends only on its inputs.
mod db;
mod handler;
mod output;
mod precompiles;

use napi::bindgen_prelude::{BigInt, Buffer, Function, Uint8Array};
use napi_derive::napi;
use revm::{
    context::{BlockEnv, CfgEnv, Context, Journal, TxEnv},
    context_interface::{result::EVMError, transaction::AccessListItem, ContextTr, JournalTr},
    handler::{instructions::EthInstructions, EthFrame, EthPrecompiles, Handler},
    interpreter::interpreter::EthInterpreter,
    primitives::{hardfork::SpecId, Address, TxKind, B256, U256},
    MainContext,
};

use db::{DbCallbacks, JsDb};
use handler::TriviumHandler;
use output::{ExecOutcome, to_outcome};
use precompiles::TriviumPrecompiles;

/// One execution: a tx's message (after x/evm's precheck), an x/crossvm call, or an eth_call.
#[napi(object)]
pub struct ExecRequest {
    pub caller: Uint8Array,
    /// Absent for a contract creation.
    pub to: Option<Uint8Array>,
    pub value: BigInt,
    pub data: Uint8Array,
    /// The whole gas limit (intrinsic gas included).
    pub gas_limit: i64,
    /// x/evm's intrinsic gas for this message (charged before the first opcode).
    pub intrinsic_gas: i64,
    /// GASPRICE (the effective price; 0 for calls that buy no gas).
    pub gas_price: BigInt,
    /// Wei taken from the caller before execution and the unused part returned after (gasLimit × price).
    pub gas_cost: BigInt,
    /// A signed tx bumps the caller's nonce for a call; a creation bumps it in any case.
    pub bump_nonce: bool,
    pub is_static: bool,
    /// Addresses and (address ‖ slot) pairs warm from the start (EIP-2930), 20 and 52 bytes each.
    pub warm_addresses: Vec<Uint8Array>,
    pub warm_slots: Vec<Uint8Array>,
    pub block: BlockInput,
    /// Trivium's own precompiles (x/crossvm's 0x…0901 and friends): they run in JavaScript, and a call to one
    /// makes this execution return `fallback` so x/evm runs the message on its JavaScript engine instead.
    pub host_precompiles: Vec<Uint8Array>,
    /// Wei per bank unit (x/evm's WEI_PER_UTRV): see handler.rs `minted`.
    pub wei_per_unit: i64,
}

#[napi(object)]
pub struct BlockInput {
    pub number: i64,
    pub timestamp: i64,
    pub coinbase: Uint8Array,
    pub basefee: BigInt,
    pub gas_limit: i64,
    pub chain_id: i64,
}

fn address(b: &[u8]) -> napi::Result<Address> {
    if b.len() != 20 {
        return Err(napi::Error::from_reason(format!("an address is 20 bytes, got {}", b.len())));
    }
    Ok(Address::from_slice(b))
}

fn u256(v: &BigInt) -> napi::Result<U256> {
    if v.sign_bit || v.words.len() > 4 {
        return Err(napi::Error::from_reason("a 256-bit unsigned value was expected"));
    }
    let mut limbs = [0u64; 4];
    limbs[..v.words.len()].copy_from_slice(&v.words);
    Ok(U256::from_limbs(limbs))
}

fn u64_of(v: i64, what: &str) -> napi::Result<u64> {
    u64::try_from(v).map_err(|_| napi::Error::from_reason(format!("{what} must not be negative")))
}

/// Runs one message. `basic(address)` → nonce(8) ‖ balance(32) ‖ codeHash(32) or null; `code(hash)` → bytes;
/// `storage(address ‖ slot)` → the stored value (leading zeros stripped, empty = 0); `blockHash(n)` → 32 bytes.
#[napi]
pub fn execute(
    req: ExecRequest,
    basic: Function<Buffer, Option<Uint8Array>>,
    code: Function<Buffer, Uint8Array>,
    storage: Function<Buffer, Uint8Array>,
    block_hash: Function<i64, Uint8Array>,
) -> napi::Result<ExecOutcome> {
    let caller = address(&req.caller)?;
    let kind = match &req.to {
        Some(to) => TxKind::Call(address(to)?),
        None => TxKind::Create,
    };
    let gas_limit = u64_of(req.gas_limit, "gasLimit")?;
    let intrinsic = u64_of(req.intrinsic_gas, "intrinsicGas")?;
    if intrinsic > gas_limit {
        return Err(napi::Error::from_reason(format!("intrinsic gas too low: gas {gas_limit}, minimum needed {intrinsic}")));
    }
    let gas_price = u256(&req.gas_price)?;
    let gas_price: u128 = gas_price.try_into().map_err(|_| napi::Error::from_reason("gas price above 2^128"))?;
    let gas_cost = u256(&req.gas_cost)?;

    let mut access_list: Vec<AccessListItem> = Vec::new();
    for a in &req.warm_addresses {
        access_list.push(AccessListItem { address: address(a)?, storage_keys: vec![] });
    }
    for s in &req.warm_slots {
        if s.len() != 52 {
            return Err(napi::Error::from_reason("a warm slot is address(20) ‖ slot(32)"));
        }
        access_list.push(AccessListItem { address: Address::from_slice(&s[..20]), storage_keys: vec![B256::from_slice(&s[20..])] });
    }
    let tx = TxEnv {
        // EIP-2930: the one type whose effective price is its gas price and that carries an access list.
        tx_type: 1,
        caller,
        gas_limit,
        gas_price,
        kind,
        value: u256(&req.value)?,
        data: req.data.to_vec().into(),
        chain_id: Some(u64_of(req.block.chain_id, "chainId")?),
        access_list: access_list.into(),
        ..Default::default()
    };
    let b = &req.block;
    let block = BlockEnv {
        number: U256::from(u64_of(b.number, "block number")?),
        beneficiary: address(&b.coinbase)?,
        timestamp: U256::from(u64_of(b.timestamp, "block timestamp")?),
        gas_limit: u64_of(b.gas_limit, "block gas limit")?,
        basefee: u256(&b.basefee)?.try_into().map_err(|_| napi::Error::from_reason("base fee above 2^64"))?,
        difficulty: U256::ZERO,
        // x/evm's PREVRANDAO is 0 (no randomness beacon on this chain).
        prevrandao: Some(B256::ZERO),
        ..Default::default()
    };
    let mut cfg = CfgEnv::new_with_spec(SpecId::CANCUN);
    cfg.chain_id = u64_of(b.chain_id, "chainId")?;

    let mut hosted = Vec::with_capacity(req.host_precompiles.len());
    for a in &req.host_precompiles {
        hosted.push(address(a)?);
    }

    let callbacks = DbCallbacks { basic: &basic, code: &code, storage: &storage, block_hash: &block_hash };
    let db = JsDb::new(callbacks);
    let ctx: Context<BlockEnv, TxEnv, CfgEnv, JsDb, Journal<JsDb>, ()> = Context::mainnet()
        .with_db(db)
        .with_block(block)
        .with_tx(tx)
        .with_cfg(cfg);
    let mut evm = revm::context::Evm::new(
        ctx,
        EthInstructions::<EthInterpreter, _>::new_mainnet_with_spec(SpecId::CANCUN),
        TriviumPrecompiles::new(EthPrecompiles::new(SpecId::CANCUN), hosted),
    );
    let wei_per_unit = U256::from(u64_of(req.wei_per_unit, "weiPerUnit")?.max(1));
    let mut handler = TriviumHandler::<_, EthFrame<EthInterpreter>, JsDb> {
        intrinsic,
        gas_cost,
        bump_nonce: req.bump_nonce,
        is_static: req.is_static,
        wei_per_unit,
        minted: Vec::new(),
        _p: Default::default(),
    };
    let run = handler.run(&mut evm);
    let state = evm.ctx.journal_mut().finalize();
    match run {
        Ok(result) => Ok(to_outcome(result, state, std::mem::take(&mut handler.minted))),
        Err(EVMError::Custom(msg)) if msg.starts_with(precompiles::HOSTED) => Ok(ExecOutcome::fallback()),
        Err(EVMError::Database(e)) => Err(evm.ctx.journal_mut().db_mut().take_error().unwrap_or_else(|| napi::Error::from_reason(e.to_string()))),
        Err(e) => Err(napi::Error::from_reason(format!("revm: {e}"))),
    }
}

/// The cost of one call from Node into the addon (benchmarks).
#[napi]
pub fn probe() -> u32 {
    1
}
