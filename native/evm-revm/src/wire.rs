//! The byte layouts between x/evm (x/evm/executor/revm/wire.ts) and the addon: one call carries a few
//! buffers instead of an object graph, because every napi value made or read costs more than revm's work
//! on a small call. All integers big-endian.
//!
//! header (161 bytes): flags u8 (1 has `to`, 2 bump nonce, 4 static, 8 return changed accounts) ‖ caller 20 ‖
//!   to 20 ‖ value 32 ‖ gas limit u64 ‖ intrinsic gas u64 ‖ gas price 32 ‖ gas cost 32 ‖ wei per unit u64
//! chain (per block): number u64 ‖ timestamp u64 ‖ coinbase 20 ‖ base fee 32 ‖ block gas limit u64 ‖
//!   chain id u64 ‖ hosted-precompile count u16 ‖ 20 each
//! access: address count u32 ‖ 20 each ‖ slot count u32 ‖ (address 20 ‖ slot 32) each
//! outcome: see `Out` users in output.rs.
use revm::primitives::{Address, B256, U256};

pub const HEADER_LEN: usize = 161;
pub const F_TO: u8 = 1;
pub const F_BUMP_NONCE: u8 = 2;
pub const F_STATIC: u8 = 4;
pub const F_STATE: u8 = 8;

pub struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(b: &'a [u8]) -> Self {
        Reader { b, at: 0 }
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        if self.at + n > self.b.len() {
            return Err(format!("truncated input: wanted {n} bytes at {} of {}", self.at, self.b.len()));
        }
        let s = &self.b[self.at..self.at + n];
        self.at += n;
        Ok(s)
    }
    pub fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    pub fn u16(&mut self) -> Result<u16, String> {
        Ok(u16::from_be_bytes(self.take(2)?.try_into().unwrap()))
    }
    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_be_bytes(self.take(4)?.try_into().unwrap()))
    }
    pub fn u64(&mut self) -> Result<u64, String> {
        Ok(u64::from_be_bytes(self.take(8)?.try_into().unwrap()))
    }
    pub fn address(&mut self) -> Result<Address, String> {
        Ok(Address::from_slice(self.take(20)?))
    }
    pub fn word(&mut self) -> Result<U256, String> {
        Ok(U256::from_be_slice(self.take(32)?))
    }
    pub fn b256(&mut self) -> Result<B256, String> {
        Ok(B256::from_slice(self.take(32)?))
    }
}

#[derive(Default)]
pub struct Out(pub Vec<u8>);

impl Out {
    pub fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_be_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_be_bytes());
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }
    /// Length-prefixed (u32) bytes.
    pub fn blob(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
}
