//! Trivium's EVM core: revm behind one napi-rs call. x/evm owns the state (accounts in its store, balances in
//! x/bank): revm reads it through synchronous JavaScript callbacks on the calling thread and hands back the
//! changed accounts for x/evm to write. Nothing here keeps state between calls except analysed bytecode,
//! keyed by its hash (code is immutable per hash), so a call's outcome depends only on its inputs.
mod db;
mod handler;
mod output;
mod precompiles;
mod wire;

use std::cell::Cell;

use napi::bindgen_prelude::{BufferSlice, Function, Unknown};
use napi::{Env, JsValue};
use napi_derive::napi;
use revm::{
    context::{BlockEnv, CfgEnv, Context, Journal, TxEnv},
    context_interface::{local::FrameStack, result::EVMError, transaction::AccessListItem, ContextTr, JournalTr},
    handler::{instructions::EthInstructions, EthFrame, EthPrecompiles, Handler},
    interpreter::interpreter::EthInterpreter,
    primitives::{hardfork::SpecId, TxKind, B256, U256},
    MainContext,
};

use db::{DbCallbacks, JsDb};
use handler::TriviumHandler;
use precompiles::TriviumPrecompiles;
use wire::Reader;

thread_local! {
    // The call frames (each an interpreter with its 1,024-word stack and memory), kept between calls as revm's
    // own Evm keeps them between transactions: allocating and freeing them per call cost more than a small
    // call's execution. Every frame is initialised before use, so nothing of one call reaches the next.
    // What is kept is what the deepest call so far needed: at most revm's 1,024 frames (≈ 34 MB, one call
    // 1,024 deep), as a long-lived revm Evm keeps them. (None while a call holds them.)
    static FRAMES: Cell<Option<FrameStack<EthFrame<EthInterpreter>>>> = const { Cell::new(None) };
}

fn bad(e: String) -> napi::Error {
    napi::Error::from_reason(e)
}

/// Runs one message (layouts in wire.rs) and returns the outcome bytes. The callbacks read x/evm's state
/// through `scratch` (at least 72 bytes): Rust writes the key there and calls; `basic()` writes nonce(8) ‖
/// balance(32) ‖ codeHash(32) back and returns whether the account exists; `code()` returns the code of the
/// hash in scratch; `storage()` writes the value (leading zeros stripped) and returns its length;
/// `blockHash(n)` writes 32 bytes.
#[napi]
#[allow(clippy::too_many_arguments)]
pub fn execute<'env>(
    env: &'env Env,
    header: BufferSlice<'env>,
    data: BufferSlice<'env>,
    access: BufferSlice<'env>,
    chain: BufferSlice<'env>,
    mut scratch: BufferSlice<'env>,
    basic: Function<'env, (), bool>,
    code: Function<'env, (), BufferSlice<'env>>,
    storage: Function<'env, (), u32>,
    block_hash: Function<'env, i64, ()>,
) -> napi::Result<Unknown<'env>> {
    if scratch.len() < 72 {
        return Err(bad("scratch must hold at least 72 bytes".into()));
    }
    if header.len() != wire::HEADER_LEN {
        return Err(bad(format!("the header is {} bytes, got {}", wire::HEADER_LEN, header.len())));
    }
    let mut h = Reader::new(&header);
    let flags = h.u8().map_err(bad)?;
    let caller = h.address().map_err(bad)?;
    let to = h.address().map_err(bad)?;
    let value = h.word().map_err(bad)?;
    let gas_limit = h.u64().map_err(bad)?;
    let intrinsic = h.u64().map_err(bad)?;
    let gas_price: u128 = h.word().map_err(bad)?.try_into().map_err(|_| bad("gas price above 2^128".into()))?;
    let gas_cost = h.word().map_err(bad)?;
    let wei_per_unit = U256::from(h.u64().map_err(bad)?.max(1));
    if intrinsic > gas_limit {
        return Err(bad(format!("intrinsic gas too low: gas {gas_limit}, minimum needed {intrinsic}")));
    }
    let kind = if flags & wire::F_TO != 0 { TxKind::Call(to) } else { TxKind::Create };

    let mut a = Reader::new(&access);
    let mut access_list: Vec<AccessListItem> = Vec::new();
    if !access.is_empty() {
        for _ in 0..a.u32().map_err(bad)? {
            access_list.push(AccessListItem { address: a.address().map_err(bad)?, storage_keys: vec![] });
        }
        for _ in 0..a.u32().map_err(bad)? {
            let address = a.address().map_err(bad)?;
            access_list.push(AccessListItem { address, storage_keys: vec![a.b256().map_err(bad)?] });
        }
    }

    let mut c = Reader::new(&chain);
    let number = c.u64().map_err(bad)?;
    let timestamp = c.u64().map_err(bad)?;
    let beneficiary = c.address().map_err(bad)?;
    let basefee: u64 = c.word().map_err(bad)?.try_into().map_err(|_| bad("base fee above 2^64".into()))?;
    let block_gas_limit = c.u64().map_err(bad)?;
    let chain_id = c.u64().map_err(bad)?;
    let mut hosted = Vec::new();
    for _ in 0..c.u16().map_err(bad)? {
        hosted.push(c.address().map_err(bad)?);
    }
    let mut observed = Vec::new();
    for _ in 0..c.u16().map_err(bad)? {
        observed.push(c.address().map_err(bad)?);
    }

    let tx = TxEnv {
        // EIP-2930: the one type whose effective price is its gas price and that carries an access list.
        tx_type: 1,
        caller,
        gas_limit,
        gas_price,
        kind,
        value,
        data: data.to_vec().into(),
        chain_id: Some(chain_id),
        access_list: access_list.into(),
        ..Default::default()
    };
    let block = BlockEnv {
        number: U256::from(number),
        beneficiary,
        timestamp: U256::from(timestamp),
        gas_limit: block_gas_limit,
        basefee,
        difficulty: U256::ZERO,
        // x/evm's PREVRANDAO is 0 (no randomness beacon on this chain).
        prevrandao: Some(B256::ZERO),
        ..Default::default()
    };
    let mut cfg = CfgEnv::new_with_spec(SpecId::CANCUN);
    cfg.chain_id = chain_id;

    let callbacks = DbCallbacks { scratch: &mut scratch[..], basic: &basic, code: &code, storage: &storage, block_hash: &block_hash };
    let db = JsDb::new(callbacks);
    let ctx: Context<BlockEnv, TxEnv, CfgEnv, JsDb, Journal<JsDb>, ()> = Context::mainnet().with_db(db).with_block(block).with_tx(tx).with_cfg(cfg);
    let mut evm = revm::context::Evm {
        ctx,
        inspector: (),
        instruction: EthInstructions::<EthInterpreter, _>::new_mainnet_with_spec(SpecId::CANCUN),
        precompiles: TriviumPrecompiles::new(EthPrecompiles::new(SpecId::CANCUN), hosted, observed),
        frame_stack: FRAMES.with(|f| f.take()).unwrap_or_else(|| FrameStack::new_prealloc(8)),
    };
    let mut handler = TriviumHandler::<_, EthFrame<EthInterpreter>, JsDb> {
        intrinsic,
        gas_cost,
        bump_nonce: flags & wire::F_BUMP_NONCE != 0,
        is_static: flags & wire::F_STATIC != 0,
        wei_per_unit,
        minted: Vec::new(),
        _p: Default::default(),
    };
    let run = handler.run(&mut evm);
    FRAMES.with(|f| f.set(Some(std::mem::replace(&mut evm.frame_stack, FrameStack::new_prealloc(0)))));
    let state = evm.ctx.journal_mut().finalize();
    let out = match run {
        Ok(result) => output::encode(result, &state, flags & wire::F_STATE != 0, &handler.minted),
        Err(EVMError::Custom(msg)) if msg.starts_with(precompiles::HOSTED) => output::fallback(),
        Err(EVMError::Database(e)) => return Err(evm.ctx.journal_mut().db_mut().take_error().unwrap_or_else(|| bad(e.to_string()))),
        Err(e) => return Err(bad(format!("revm: {e}"))),
    };
    Ok(BufferSlice::copy_from(env, out)?.to_unknown())
}

/// The cost of one call from Node into the addon (benchmarks).
#[napi]
pub fn probe() -> u32 {
    1
}
