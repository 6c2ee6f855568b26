//! The smallest napi-rs export: `probe()` measures the cost of one call from Node into a Rust addon.
use napi_derive::napi;

#[napi]
pub fn probe() -> u32 {
    1
}
