// How fast revm runs the bench's ERC20 transfer and balanceOf (in-process, CacheDB in memory, nonce and
// balance checks on): the ceiling an executor on revm behind napi would start from.
use revm::{
    context::TxEnv,
    database::{CacheDB, EmptyDB},
    primitives::{Address, Bytes, TxKind, U256},
    state::AccountInfo,
    Context, ExecuteCommitEvm, ExecuteEvm, MainBuilder, MainContext,
};
use std::time::Instant;

fn unhex(s: &str) -> Vec<u8> {
    let s = s.trim();
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: erc20 <inputs dir> [n]"));
    let deploy = unhex(&std::fs::read_to_string(dir.join("deploy.hex")).unwrap());
    let transfer = Bytes::from(unhex(&std::fs::read_to_string(dir.join("transfer.hex")).unwrap()));
    let balance_of = Bytes::from(unhex(&std::fs::read_to_string(dir.join("balanceof.hex")).unwrap()));
    let owner: Address = "0x1000000000000000000000000000000000000001".parse().unwrap();
    let mut db = CacheDB::new(EmptyDB::default());
    db.insert_account_info(owner, AccountInfo { balance: U256::from(10u64).pow(U256::from(24u64)), ..Default::default() });
    let mut evm = Context::mainnet().with_db(db).modify_cfg_chained(|c| c.chain_id = 262145).build_mainnet();
    let tx = |nonce: u64, kind: TxKind, data: Bytes, gas: u64| {
        TxEnv::builder().caller(owner).kind(kind).data(data).gas_limit(gas).nonce(nonce).chain_id(Some(262145)).gas_price(0).build().unwrap()
    };
    let r = evm.transact_commit(tx(0, TxKind::Create, Bytes::from(deploy), 5_000_000)).unwrap();
    let token = match r {
        revm::context::result::ExecutionResult::Success { output, .. } => *output.address().expect("created"),
        other => panic!("deploy failed: {other:?}"),
    };
    let n: u64 = std::env::args().nth(2).map(|s| s.parse().unwrap()).unwrap_or(20_000);
    for round in 0..3 {
        let t = Instant::now();
        for i in 0..n {
            let nonce = 1 + round * n + i;
            let r = evm.transact_commit(tx(nonce, TxKind::Call(token), transfer.clone(), 60_000)).unwrap();
            assert!(r.is_success(), "transfer failed: {r:?}");
        }
        let per_tx = t.elapsed().as_secs_f64() / n as f64 * 1e6;
        let t = Instant::now();
        for _ in 0..n {
            let r = evm.transact(tx(1 + (round + 1) * n, TxKind::Call(token), balance_of.clone(), 100_000)).unwrap();
            assert!(r.result.is_success());
        }
        let per_call = t.elapsed().as_secs_f64() / n as f64 * 1e6;
        println!("round {round}: transfer (transact_commit) {per_tx:.2} µs, balanceOf (transact, no commit) {per_call:.2} µs");
    }
}
