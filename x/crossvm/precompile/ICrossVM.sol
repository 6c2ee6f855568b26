// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.0;

/// @title Trivium x/crossvm precompile at 0x0000000000000000000000000000000000000901
/// @notice Synchronous calls into CosmWasm-style contracts (same transaction, atomic) and asynchronous
///         cross-VM messages (executed by the EndBlocker of the next block).
/// VM ids: 1 = evm, 2 = wasm (CosmWasm), 3 = svm. Cost: 50,000 gas plus the target's execution.
interface ICrossVM {
    /// An account an SVM instruction names (Solana's AccountMeta). Only the caller's own SVM face,
    /// CrossVM.svmFace(msg.sender), may be a signer: x/crossvm vouches for it.
    struct SvmAccount {
        bytes32 pubkey;
        bool isSigner;
        bool isWritable;
    }

    /// Execute a CosmWasm contract as msg.sender (the calling contract). `msg.value` (a whole number of
    /// utrv, i.e. a multiple of 1e12 wei) goes with the call as funds. A contract error reverts the whole
    /// transaction with Error(string).
    function execute(string calldata contractAddress, bytes calldata message) external payable returns (bytes memory);

    /// Smart-query a CosmWasm contract (read-only; allowed in static calls).
    function query(string calldata contractAddress, bytes calldata message) external view returns (bytes memory);

    /// QoreChain's selector: a synchronous call; only targetVM 2 (CosmWasm) is synchronous.
    function executeCrossVMCall(uint8 targetVM, string calldata targetContract, bytes calldata payload) external payable returns (bytes memory);

    /// Queue an asynchronous message to any VM; returns its id. The calling contract pays gasLimit × the
    /// minimum gas price into escrow from its own balance (unused gas comes back); msg.value travels as funds.
    /// With `callback`, the module later calls crossVMCallback on msg.sender exactly once.
    /// Payload: ABI calldata (evm), a JSON execute message (wasm), raw instruction data (svm; `target` is the
    /// base58 program id and the instruction gets no accounts — use submitSvm when it needs some).
    function submit(uint8 targetVM, string calldata target, bytes calldata payload, uint64 gasLimit, bool callback) external payable returns (uint64);

    /// submit() for an SVM instruction with the accounts it needs: `data` is the raw instruction data.
    function submitSvm(bytes32 programId, bytes calldata data, SvmAccount[] calldata accounts, uint64 gasLimit, bool callback) external payable returns (uint64);
}

/// Implemented by contracts that submit with callback = true. The module calls it from CROSSVM_MODULE
/// (below) exactly once per message, with status 3 = EXECUTED, 4 = FAILED, 5 = TIMED_OUT; `result` is the
/// target's return data, or the error text. Check msg.sender: nobody else can call from that address.
interface ICrossVMCallback {
    function crossVMCallback(uint64 messageId, uint8 status, bytes calldata result) external;
}

library CrossVM {
    ICrossVM internal constant PRECOMPILE = ICrossVM(0x0000000000000000000000000000000000000901);
    /// The module's account: sha256("crossvm")[:20].
    address internal constant MODULE = 0x60Ec475F33e5bbbfA3c0242B362B22f4a240cFfa;
    uint8 internal constant EVM = 1;
    uint8 internal constant WASM = 2;
    uint8 internal constant SVM = 3;
    uint8 internal constant EXECUTED = 3;
    uint8 internal constant FAILED = 4;
    uint8 internal constant TIMED_OUT = 5;

    /// A Trivium address's SVM face: "trivium-svm:" ‖ the 20 bytes. It signs the instructions that address
    /// submits (and only those).
    function svmFace(address a) internal pure returns (bytes32) {
        return bytes32(abi.encodePacked(bytes12("trivium-svm:"), a));
    }
}
