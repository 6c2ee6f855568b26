//! revm's mainnet handler with x/evm's rules where they differ from a standalone Ethereum node: x/evm has
//! already checked the tx (nonce, balance, fee cap, intrinsic gas with geth's error texts), the fee goes to the
//! fee collector (written by x/evm), and x/crossvm's calls buy no gas and leave the caller's nonce alone.
use core::marker::PhantomData;

use revm::{
    context::{Journal, JournalInner, JournalEntry},
    context_interface::{context::take_error, result::{ExecutionResult, ResultGas}},
    primitives::{Address, HashMap},
    context_interface::{
        journaled_state::{account::JournaledAccountTr, JournalTr},
        result::{EVMError, HaltReason, InvalidTransaction},
        ContextTr, Database, Transaction,
    },
    handler::{EvmTr, FrameResult, FrameTr, Handler},
    interpreter::{interpreter_action::FrameInit, FrameInput, GasTracker, InitialAndFloorGas},
    primitives::U256,
};


pub struct TriviumHandler<EVM, FRAME, DB> {
    pub intrinsic: u64,
    pub gas_cost: U256,
    pub bump_nonce: bool,
    pub is_static: bool,
    pub wei_per_unit: U256,
    /// Filled at the end: see `minted`.
    pub minted: Vec<Address>,
    pub _p: PhantomData<(EVM, FRAME, DB)>,
}

impl<EVM, FRAME, DB> Handler for TriviumHandler<EVM, FRAME, DB>
where
    DB: Database,
    EVM: EvmTr<Context: ContextTr<Journal = Journal<DB>, Db = DB>, Frame = FRAME>,
    FRAME: FrameTr<FrameResult = FrameResult, FrameInit = FrameInit>,
{
    type Evm = EVM;
    type Error = EVMError<<<EVM::Context as ContextTr>::Db as Database>::Error, InvalidTransaction>;
    type HaltReason = HaltReason;

    fn validate_env(&self, _evm: &mut Self::Evm) -> Result<(), Self::Error> {
        Ok(())
    }

    fn validate_initial_tx_gas(&self, _evm: &mut Self::Evm) -> Result<InitialAndFloorGas, Self::Error> {
        Ok(InitialAndFloorGas::new(self.intrinsic, 0))
    }

    fn validate_against_state_and_deduct_caller(&self, evm: &mut Self::Evm, _gas: &mut InitialAndFloorGas) -> Result<(), Self::Error> {
        let (_, tx, _, journal, _, _) = evm.ctx().all_mut();
        let is_call = tx.kind().is_call();
        let mut caller = journal.load_account_with_code_mut(tx.caller())?.data;
        if !self.gas_cost.is_zero() {
            let have = *caller.balance();
            if have < self.gas_cost {
                return Err(EVMError::Transaction(InvalidTransaction::LackOfFundForMaxFee { fee: Box::new(self.gas_cost), balance: Box::new(have) }));
            }
            caller.set_balance(have - self.gas_cost);
        }
        if is_call && self.bump_nonce {
            caller.bump_nonce();
        }
        Ok(())
    }

    fn first_frame_input(&mut self, evm: &mut Self::Evm, gas: &mut GasTracker) -> Result<Option<FrameInit>, Self::Error> {
        let ctx = evm.ctx_mut();
        let mut memory = revm::interpreter::SharedMemory::new_with_buffer(revm::context_interface::LocalContextTr::shared_memory_buffer(ctx.local()).clone());
        memory.set_memory_limit(revm::context_interface::Cfg::memory_limit(ctx.cfg()));
        let Some(mut frame_input) = revm::handler::execution::create_init_frame(ctx, gas)? else { return Ok(None) };
        if self.is_static {
            if let FrameInput::Call(call) = &mut frame_input {
                call.is_static = true;
            }
        }
        Ok(Some(FrameInit { depth: 0, memory, frame_input }))
    }

    fn execution_result(&mut self, evm: &mut Self::Evm, result: FrameResult, result_gas: ResultGas) -> Result<ExecutionResult<HaltReason>, Self::Error> {
        // The journal still holds the surviving (not reverted) changes in order; the default commits and clears it.
        self.minted = minted(&evm.ctx().journal_mut().inner, self.wei_per_unit);
        take_error::<Self::Error, _>(evm.ctx().error())?;
        let exec_result = revm::handler::post_execution::output(evm.ctx(), result, result_gas);
        evm.ctx().journal_mut().commit_tx();
        revm::context_interface::LocalContextTr::clear(evm.ctx().local_mut());
        evm.frame_stack().clear();
        Ok(exec_result)
    }

    fn reward_beneficiary(&self, _evm: &mut Self::Evm, _exec_result: &mut FrameResult) -> Result<(), Self::Error> {
        // The fee goes to the fee collector, written by x/evm after the execution.
        Ok(())
    }
}

/**
 * The addresses whose whole-unit (utrv) balance rose, in the order it first happened, over the surviving
 * journal. The JavaScript engine writes every balance change through x/bank as it happens, and a bank credit
 * creates the receiver's x/auth account (numbered in creation order); revm's changes are written once at the
 * end, so x/evm creates those accounts first, in this order, to end with the same account numbers.
 */
fn minted(inner: &JournalInner<JournalEntry>, unit: U256) -> Vec<Address> {
    // Walk back from the final balances to know each change's before and after.
    let mut cur: HashMap<Address, U256> = HashMap::default();
    let bal = |cur: &mut HashMap<Address, U256>, a: &Address| -> U256 {
        *cur.entry(*a).or_insert_with(|| inner.state.get(a).map(|x| x.info.balance).unwrap_or_default())
    };
    let mut credits: Vec<Address> = Vec::new();
    for e in inner.journal.iter().rev() {
        match e {
            JournalEntry::BalanceTransfer { balance, from, to } if from != to => {
                let after = bal(&mut cur, to);
                let before = after.saturating_sub(*balance);
                if after / unit > before / unit {
                    credits.push(*to);
                }
                cur.insert(*to, before);
                let f = bal(&mut cur, from);
                cur.insert(*from, f.saturating_add(*balance));
            }
            JournalEntry::BalanceChange { old_balance, address } => {
                let after = bal(&mut cur, address);
                if after / unit > *old_balance / unit {
                    credits.push(*address);
                }
                cur.insert(*address, *old_balance);
            }
            JournalEntry::AccountDestroyed { had_balance, address, target, .. } => {
                if target != address {
                    let after = bal(&mut cur, target);
                    let before = after.saturating_sub(*had_balance);
                    if after / unit > before / unit {
                        credits.push(*target);
                    }
                    cur.insert(*target, before);
                }
                cur.insert(*address, *had_balance);
            }
            _ => {}
        }
    }
    credits.reverse();
    credits
}
