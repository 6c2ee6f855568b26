//! revm's `Database` over x/evm's state, read through JavaScript callbacks on the calling thread. Keys and
//! answers pass through one scratch buffer the caller owns: no napi value is made per read.
use std::{cell::RefCell, collections::HashMap};

use napi::bindgen_prelude::{BufferSlice, Function};
use revm::{
    bytecode::Bytecode,
    database_interface::{DBErrorMarker, Database},
    primitives::{Address, StorageKey, StorageValue, B256, KECCAK_EMPTY, U256},
    state::AccountInfo,
};

pub struct DbCallbacks<'a, 'env> {
    pub scratch: &'a mut [u8],
    pub basic: &'a Function<'env, (), bool>,
    pub code: &'a Function<'env, (), BufferSlice<'env>>,
    pub storage: &'a Function<'env, (), u32>,
    pub block_hash: &'a Function<'env, i64, ()>,
}

/// A failed callback: the JavaScript exception is kept aside and rethrown once revm has unwound.
#[derive(Debug)]
pub struct DbError(pub String);
impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for DbError {}
impl DBErrorMarker for DbError {}

thread_local! {
    // Analysed bytecode by code hash: a hash names one code forever, so the cache cannot go stale.
    static CODE: RefCell<HashMap<B256, Bytecode>> = RefCell::new(HashMap::new());
}
const CODE_CACHE_MAX: usize = 4096;

pub struct JsDb<'a, 'env> {
    cb: DbCallbacks<'a, 'env>,
    error: Option<napi::Error>,
}

impl<'a, 'env> JsDb<'a, 'env> {
    pub fn new(cb: DbCallbacks<'a, 'env>) -> Self {
        JsDb { cb, error: None }
    }

    /// The JavaScript exception behind the last DbError, if any.
    pub fn take_error(&mut self) -> Option<napi::Error> {
        self.error.take()
    }

    fn fail(&mut self, e: napi::Error) -> DbError {
        let msg = e.reason.clone();
        self.error = Some(e);
        DbError(msg)
    }

    fn cached_code(&mut self, hash: B256) -> Result<Bytecode, DbError> {
        if hash == KECCAK_EMPTY {
            return Ok(Bytecode::default());
        }
        if let Some(c) = CODE.with(|m| m.borrow().get(&hash).cloned()) {
            return Ok(c);
        }
        self.cb.scratch[..32].copy_from_slice(hash.as_slice());
        let raw = self.cb.code.call(()).map_err(|e| self.fail(e))?;
        let code = Bytecode::new_raw(raw.to_vec().into());
        CODE.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= CODE_CACHE_MAX {
                m.clear();
            }
            m.insert(hash, code.clone());
        });
        Ok(code)
    }
}

impl Database for JsDb<'_, '_> {
    type Error = DbError;

    fn basic(&mut self, address: Address) -> Result<Option<AccountInfo>, DbError> {
        self.cb.scratch[..20].copy_from_slice(address.as_slice());
        let exists = self.cb.basic.call(()).map_err(|e| self.fail(e))?;
        if !exists {
            return Ok(None);
        }
        let s = &self.cb.scratch;
        let nonce = u64::from_be_bytes(s[..8].try_into().unwrap());
        let balance = U256::from_be_slice(&s[8..40]);
        let code_hash = B256::from_slice(&s[40..72]);
        let code = self.cached_code(code_hash)?;
        Ok(Some(AccountInfo { balance, nonce, code_hash, code: Some(code), account_id: None }))
    }

    fn code_by_hash(&mut self, code_hash: B256) -> Result<Bytecode, DbError> {
        self.cached_code(code_hash)
    }

    fn storage(&mut self, address: Address, index: StorageKey) -> Result<StorageValue, DbError> {
        self.cb.scratch[..20].copy_from_slice(address.as_slice());
        self.cb.scratch[20..52].copy_from_slice(&index.to_be_bytes::<32>());
        let len = self.cb.storage.call(()).map_err(|e| self.fail(e))? as usize;
        if len > 32 {
            return Err(self.fail(napi::Error::from_reason("storage(): a value is at most 32 bytes")));
        }
        Ok(U256::from_be_slice(&self.cb.scratch[..len]))
    }

    fn block_hash(&mut self, number: u64) -> Result<B256, DbError> {
        self.cb.block_hash.call(number as i64).map_err(|e| self.fail(e))?;
        Ok(B256::from_slice(&self.cb.scratch[..32]))
    }
}
