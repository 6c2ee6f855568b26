//! revm's `Database` over x/evm's state, read through JavaScript callbacks on the calling thread.
use std::{cell::RefCell, collections::HashMap};

use napi::bindgen_prelude::{Buffer, Function, Uint8Array};
use revm::{
    bytecode::Bytecode,
    database_interface::{DBErrorMarker, Database},
    primitives::{Address, StorageKey, StorageValue, B256, KECCAK_EMPTY, U256},
    state::AccountInfo,
};

pub struct DbCallbacks<'a> {
    pub basic: &'a Function<'a, Buffer, Option<Uint8Array>>,
    pub code: &'a Function<'a, Buffer, Uint8Array>,
    pub storage: &'a Function<'a, Buffer, Uint8Array>,
    pub block_hash: &'a Function<'a, i64, Uint8Array>,
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

pub struct JsDb<'a> {
    cb: DbCallbacks<'a>,
    error: Option<napi::Error>,
}

impl<'a> JsDb<'a> {
    pub fn new(cb: DbCallbacks<'a>) -> Self {
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
        let raw = self.cb.code.call(Buffer::from(hash.as_slice())).map_err(|e| self.fail(e))?;
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

impl Database for JsDb<'_> {
    type Error = DbError;

    fn basic(&mut self, address: Address) -> Result<Option<AccountInfo>, DbError> {
        let got = self.cb.basic.call(Buffer::from(address.as_slice())).map_err(|e| self.fail(e))?;
        let Some(raw) = got else { return Ok(None) };
        if raw.len() != 72 {
            return Err(self.fail(napi::Error::from_reason("basic(): expected nonce(8) ‖ balance(32) ‖ codeHash(32)")));
        }
        let nonce = u64::from_be_bytes(raw[..8].try_into().unwrap());
        let balance = U256::from_be_slice(&raw[8..40]);
        let code_hash = B256::from_slice(&raw[40..72]);
        let code = self.cached_code(code_hash)?;
        Ok(Some(AccountInfo { balance, nonce, code_hash, code: Some(code), account_id: None }))
    }

    fn code_by_hash(&mut self, code_hash: B256) -> Result<Bytecode, DbError> {
        self.cached_code(code_hash)
    }

    fn storage(&mut self, address: Address, index: StorageKey) -> Result<StorageValue, DbError> {
        let mut key = Vec::with_capacity(52);
        key.extend_from_slice(address.as_slice());
        key.extend_from_slice(&index.to_be_bytes::<32>());
        let raw = self.cb.storage.call(Buffer::from(key)).map_err(|e| self.fail(e))?;
        if raw.len() > 32 {
            return Err(self.fail(napi::Error::from_reason("storage(): a value is at most 32 bytes")));
        }
        Ok(U256::from_be_slice(&raw))
    }

    fn block_hash(&mut self, number: u64) -> Result<B256, DbError> {
        let raw = self.cb.block_hash.call(number as i64).map_err(|e| self.fail(e))?;
        if raw.len() != 32 {
            return Err(self.fail(napi::Error::from_reason("blockHash(): expected 32 bytes")));
        }
        Ok(B256::from_slice(&raw))
    }
}
