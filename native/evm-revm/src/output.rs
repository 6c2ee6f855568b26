//! What an execution hands back to x/evm: the receipt's facts and every account the message changed.
use napi::bindgen_prelude::{BigInt, Buffer};
use napi_derive::napi;
use revm::{
    context_interface::result::{ExecutionResult, HaltReason, Output},
    primitives::{Address, Log, U256},
    state::EvmState,
};

#[napi(object)]
pub struct LogOut {
    pub address: Buffer,
    pub topics: Vec<Buffer>,
    pub data: Buffer,
}

#[napi(object)]
pub struct AccountOut {
    pub address: Buffer,
    /// Self-destructed (EIP-6780: created in this message) or touched while empty (EIP-161): delete it.
    pub deleted: bool,
    pub nonce: i64,
    pub balance: BigInt,
    /// Absent for an account without code.
    pub code_hash: Option<Buffer>,
    /// The code, for an account created by this message.
    pub code: Option<Buffer>,
    /// Changed slots: slot(32) ‖ value(32) each, in slot order.
    pub storage: Buffer,
}

#[napi(object)]
pub struct ExecOutcome {
    /// A hosted (JavaScript) precompile was called: nothing else here is meaningful.
    pub fallback: bool,
    pub success: bool,
    /// ethereumjs' EVMError text for a failure ("revert", "out of gas", …).
    pub error: Option<String>,
    /// Gas spent before the refund, intrinsic gas included.
    pub gas_spent: i64,
    /// The refund, capped (EIP-3529); 0 on failure.
    pub gas_refund: i64,
    pub output: Buffer,
    pub logs: Vec<LogOut>,
    pub created: Option<Buffer>,
    pub accounts: Vec<AccountOut>,
    /// Addresses in the order their bank balance first rose (x/auth accounts to create first, in this order).
    pub minted: Vec<Buffer>,
}

impl ExecOutcome {
    pub fn fallback() -> Self {
        ExecOutcome { fallback: true, success: false, error: None, gas_spent: 0, gas_refund: 0, output: Buffer::from(Vec::new()), logs: vec![], created: None, accounts: vec![], minted: vec![] }
    }
}

fn big(v: U256) -> BigInt {
    let limbs = v.as_limbs();
    let mut n = 4;
    while n > 1 && limbs[n - 1] == 0 {
        n -= 1;
    }
    BigInt { sign_bit: false, words: limbs[..n].to_vec() }
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

fn logs_out(logs: Vec<Log>) -> Vec<LogOut> {
    logs.into_iter()
        .map(|l| LogOut {
            address: Buffer::from(l.address.to_vec()),
            topics: l.data.topics().iter().map(|t| Buffer::from(t.to_vec())).collect(),
            data: Buffer::from(l.data.data.to_vec()),
        })
        .collect()
}

pub fn to_outcome(result: ExecutionResult<HaltReason>, state: EvmState, minted: Vec<Address>) -> ExecOutcome {
    let (success, error, gas, output, logs, created) = match result {
        ExecutionResult::Success { gas, logs, output, .. } => {
            let created = match &output {
                Output::Create(_, addr) => *addr,
                Output::Call(_) => None,
            };
            (true, None, gas, output.into_data(), logs, created)
        }
        ExecutionResult::Revert { gas, output, .. } => (false, Some("revert"), gas, output, vec![], None),
        ExecutionResult::Halt { reason, gas, .. } => (false, Some(halt_text(&reason)), gas, Default::default(), vec![], None),
    };
    let mut addrs: Vec<&Address> = state.iter().filter(|(_, a)| a.is_touched()).map(|(k, _)| k).collect();
    addrs.sort();
    let accounts = addrs
        .into_iter()
        .map(|addr| {
            let a = &state[addr];
            let deleted = a.is_selfdestructed() || a.is_empty();
            let mut slots: Vec<_> = a.changed_storage_slots().collect();
            slots.sort_by(|x, y| x.0.cmp(y.0));
            let mut storage = Vec::with_capacity(slots.len() * 64);
            for (k, v) in slots {
                storage.extend_from_slice(&k.to_be_bytes::<32>());
                storage.extend_from_slice(&v.present_value.to_be_bytes::<32>());
            }
            let has_code = !a.info.is_empty_code_hash();
            AccountOut {
                address: Buffer::from(addr.to_vec()),
                deleted,
                nonce: a.info.nonce as i64,
                balance: big(a.info.balance),
                code_hash: has_code.then(|| Buffer::from(a.info.code_hash.to_vec())),
                code: (has_code && a.is_created()).then(|| Buffer::from(a.info.code.as_ref().map(|c| c.original_bytes().to_vec()).unwrap_or_default())),
                storage: Buffer::from(storage),
            }
        })
        .collect();
    ExecOutcome {
        fallback: false,
        success,
        error: error.map(str::to_string),
        gas_spent: gas.total_gas_spent() as i64,
        gas_refund: if success { gas.inner_refunded() as i64 } else { 0 },
        output: Buffer::from(output.to_vec()),
        logs: logs_out(logs),
        created: created.map(|a| Buffer::from(a.to_vec())),
        accounts,
        minted: minted.iter().map(|a| Buffer::from(a.to_vec())).collect(),
    }
}
