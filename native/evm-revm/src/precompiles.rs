//! Ethereum's precompiles for the hardfork, plus the addresses of Trivium's own (implemented in JavaScript).
use revm::{
    context::Cfg,
    context_interface::ContextTr,
    handler::{EthPrecompiles, PrecompileProvider},
    interpreter::{CallInputs, InterpreterResult},
    primitives::{Address, AddressSet},
};

/// The custom error a call to a hosted precompile aborts the execution with.
pub const HOSTED: &str = "trivium-hosted-precompile";

pub struct TriviumPrecompiles {
    eth: EthPrecompiles,
    hosted: Vec<Address>,
    /// Addresses whose calls also go to JavaScript but that are not precompiles (not warm): Hardhat's console.
    observed: Vec<Address>,
    warm: AddressSet,
}

impl TriviumPrecompiles {
    pub fn new(eth: EthPrecompiles, hosted: Vec<Address>, observed: Vec<Address>) -> Self {
        let mut warm = AddressSet::default();
        warm.clone_from(eth.warm_addresses());
        // ethereumjs counts custom precompiles as precompiles: warm from the start (EIP-2929).
        for a in &hosted {
            warm.insert(*a);
        }
        TriviumPrecompiles { eth, hosted, observed, warm }
    }
}

impl<CTX: ContextTr> PrecompileProvider<CTX> for TriviumPrecompiles
where
    EthPrecompiles: PrecompileProvider<CTX, Output = InterpreterResult>,
{
    type Output = InterpreterResult;

    fn set_spec(&mut self, spec: <CTX::Cfg as Cfg>::Spec) -> bool {
        let changed = <EthPrecompiles as PrecompileProvider<CTX>>::set_spec(&mut self.eth, spec);
        if changed {
            self.warm.clone_from(self.eth.warm_addresses());
            for a in &self.hosted {
                self.warm.insert(*a);
            }
        }
        changed
    }

    fn run(&mut self, context: &mut CTX, inputs: &CallInputs) -> Result<Option<InterpreterResult>, String> {
        if self.hosted.contains(&inputs.bytecode_address) || self.observed.contains(&inputs.bytecode_address) {
            // Runs in JavaScript with the frame's Cosmos context: x/evm re-runs the whole message there.
            return Err(format!("{HOSTED} {}", inputs.bytecode_address));
        }
        <EthPrecompiles as PrecompileProvider<CTX>>::run(&mut self.eth, context, inputs)
    }

    fn warm_addresses(&self) -> &AddressSet {
        &self.warm
    }

    fn contains(&self, address: &Address) -> bool {
        self.warm.contains(address)
    }
}
