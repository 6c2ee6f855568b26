//! The outcome bytes x/evm reads (x/evm/executor/revm/wire.ts): the receipt's facts and every account the
//! message changed.
//!
//! status u8 (0 success, 1 revert, 2 halt, 3 fallback: a hosted precompile was called, nothing else follows) ‖
//! error text (u8 length) ‖ gas spent u64 (intrinsic included, before the refund) ‖ refund u64 (capped; 0 on
//! failure) ‖ output (u32 length) ‖ created flag u8 [‖ address 20] ‖ logs: count u32, each address 20 ‖ topic
//! count u8 ‖ 32 each ‖ data (u32 length) ‖ accounts (when asked for, else count 0): count u32, each address 20 ‖
//! flags u8 (1 deleted, 2 has code hash, 4 carries code) ‖ nonce u64 ‖ balance 32 [‖ code hash 32] [‖ code (u32
//! length)] ‖ slot count u32 ‖ (slot 32 ‖ value 32) each ‖ minted: count u32 ‖ address 20 each.
use revm::{
    context_interface::result::{ExecutionResult, HaltReason, Output},
    primitives::Address,
    state::EvmState,
};

use crate::wire::Out;

pub fn fallback() -> Vec<u8> {
    vec![3]
}

/// ethereumjs' wording for each halt, which x/evm's receipts, RPC errors and tests use.
fn halt_text(h: &HaltReason) -> &'static str {
    match h {
        HaltReason::OutOfGas(_) | HaltReason::PrecompileError | HaltReason::PrecompileErrorWithContext(_) => "out of gas",
        HaltReason::OpcodeNotFound | HaltReason::InvalidFEOpcode | HaltReason::NotActivated => "invalid opcode",
        HaltReason::InvalidJump => "invalid JUMP",
        HaltReason::StackUnderflow => "stack underflow",
        HaltReason::StackOverflow => "stack overflow",
        HaltReason::OutOfOffset => "out of gas",
        HaltReason::CreateCollision => "create collision",
        HaltReason::NonceOverflow => "value overflow",
        HaltReason::CreateContractSizeLimit => "code size to deposit exceeds maximum code size",
        HaltReason::CreateContractStartingWithEF => "invalid bytecode deployed",
        HaltReason::CreateInitCodeSizeLimit => "initcode exceeds max initcode size",
        HaltReason::StateChangeDuringStaticCall | HaltReason::CallNotAllowedInsideStatic => "static state change",
        HaltReason::OutOfFunds => "insufficient balance",
        HaltReason::CallTooDeep => "out of gas",
        HaltReason::OverflowPayment => "value overflow",
    }
}

pub fn encode(result: ExecutionResult<HaltReason>, state: &EvmState, with_state: bool, minted: &[Address]) -> Vec<u8> {
    let mut o = Out(Vec::with_capacity(256));
    let (status, error, gas, output, logs, created) = match result {
        ExecutionResult::Success { gas, logs, output, .. } => {
            let created = match &output {
                Output::Create(_, addr) => *addr,
                Output::Call(_) => None,
            };
            (0u8, "", gas, output.into_data(), logs, created)
        }
        ExecutionResult::Revert { gas, output, .. } => (1, "revert", gas, output, vec![], None),
        ExecutionResult::Halt { reason, gas, .. } => (2, halt_text(&reason), gas, Default::default(), vec![], None),
    };
    o.u8(status);
    o.u8(error.len() as u8);
    o.bytes(error.as_bytes());
    o.u64(gas.total_gas_spent());
    o.u64(if status == 0 { gas.inner_refunded() } else { 0 });
    o.blob(&output);
    match created {
        Some(a) => {
            o.u8(1);
            o.bytes(a.as_slice());
        }
        None => o.u8(0),
    }
    o.u32(logs.len() as u32);
    for l in &logs {
        o.bytes(l.address.as_slice());
        o.u8(l.data.topics().len() as u8);
        for t in l.data.topics() {
            o.bytes(t.as_slice());
        }
        o.blob(&l.data.data);
    }
    if !with_state {
        o.u32(0);
    } else {
        let mut addrs: Vec<&Address> = state.iter().filter(|(_, a)| a.is_touched()).map(|(k, _)| k).collect();
        addrs.sort();
        o.u32(addrs.len() as u32);
        for addr in addrs {
            let a = &state[addr];
            let has_code = !a.info.is_empty_code_hash();
            let carries_code = has_code && a.is_created();
            let flags = (a.is_selfdestructed() || a.is_empty()) as u8 | if has_code { 2 } else { 0 } | if carries_code { 4 } else { 0 };
            o.bytes(addr.as_slice());
            o.u8(flags);
            o.u64(a.info.nonce);
            o.bytes(&a.info.balance.to_be_bytes::<32>());
            if has_code {
                o.bytes(a.info.code_hash.as_slice());
            }
            if carries_code {
                o.blob(&a.info.code.as_ref().map(|c| c.original_bytes()).unwrap_or_default());
            }
            let mut slots: Vec<_> = a.changed_storage_slots().collect();
            slots.sort_by(|x, y| x.0.cmp(y.0));
            o.u32(slots.len() as u32);
            for (k, v) in slots {
                o.bytes(&k.to_be_bytes::<32>());
                o.bytes(&v.present_value.to_be_bytes::<32>());
            }
        }
    }
    o.u32(minted.len() as u32);
    for m in minted {
        o.bytes(m.as_slice());
    }
    o.0
}
