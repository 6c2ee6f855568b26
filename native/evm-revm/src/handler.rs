//! revm's mainnet handler with x/evm's rules where they differ from a standalone Ethereum node: x/evm has
//! already checked the tx (nonce, balance, fee cap, intrinsic gas with geth's error texts), the fee goes to the
//! fee collector (written by x/evm), and x/crossvm's calls buy no gas and leave the caller's nonce alone.
use core::marker::PhantomData;

use revm::{
    context_interface::{
        journaled_state::{account::JournaledAccountTr, JournalTr},
        result::{EVMError, HaltReason, InvalidTransaction},
        ContextTr, Database, Transaction,
    },
    handler::{EvmTr, FrameResult, FrameTr, Handler},
    interpreter::{interpreter_action::FrameInit, FrameInput, GasTracker, InitialAndFloorGas},
    primitives::U256,
};


pub struct TriviumHandler<EVM, FRAME> {
    pub intrinsic: u64,
    pub gas_cost: U256,
    pub bump_nonce: bool,
    pub is_static: bool,
    pub _p: PhantomData<(EVM, FRAME)>,
}

impl<EVM, FRAME> Handler for TriviumHandler<EVM, FRAME>
where
    EVM: EvmTr<Context: ContextTr<Journal: JournalTr<State = revm::state::EvmState>>, Frame = FRAME>,
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

    fn reward_beneficiary(&self, _evm: &mut Self::Evm, _exec_result: &mut FrameResult) -> Result<(), Self::Error> {
        // The fee goes to the fee collector, written by x/evm after the execution.
        Ok(())
    }
}
