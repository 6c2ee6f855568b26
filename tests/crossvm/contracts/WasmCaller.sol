// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

import "./ICrossVM.sol";

/// Calls CosmWasm through the 0x…0901 precompile in every way the precompile tests need: synchronous
/// execute and query, a caught CosmWasm error, a revert after a successful execute, static calls, the
/// QoreChain selector, and async submit with a callback.
contract WasmCaller is ICrossVMCallback {
    uint256 public writes;
    bytes public lastResult;
    string public lastError;
    uint64 public lastSubmitted;
    uint256 public callbacks;
    uint64 public lastCallbackId;
    uint8 public lastCallbackStatus;
    bytes public lastCallbackResult;

    receive() external payable {}

    function exec(string calldata contractAddr, bytes calldata message) external payable returns (bytes memory result) {
        writes += 1;
        result = CrossVM.PRECOMPILE.execute{value: msg.value}(contractAddr, message);
        lastResult = result;
    }

    /// The same EVM work against any address: with ExecuteStub it is the bare EVM path, with 0x…0901 the
    /// cross-VM one (nothing is stored from the result, so both write the same slots).
    function callAt(address target, string calldata contractAddr, bytes calldata message) external returns (uint256 size) {
        writes += 1;
        size = ICrossVM(target).execute(contractAddr, message).length;
    }

    /// A CosmWasm error arrives as Error(string) and can be caught like any Solidity revert.
    function tryExec(string calldata contractAddr, bytes calldata message) external returns (bool ok) {
        writes += 1;
        try CrossVM.PRECOMPILE.execute(contractAddr, message) returns (bytes memory r) {
            lastResult = r;
            ok = true;
        } catch Error(string memory reason) {
            lastError = reason;
        }
    }

    /// Executes successfully, then reverts: neither side may keep its writes.
    function execThenRevert(string calldata contractAddr, bytes calldata message) external {
        writes += 1;
        CrossVM.PRECOMPILE.execute(contractAddr, message);
        revert("WasmCaller: reverting after the cross-VM call");
    }

    function peek(string calldata contractAddr, bytes calldata message) external view returns (bytes memory) {
        return CrossVM.PRECOMPILE.query(contractAddr, message);
    }

    /// execute under STATICCALL: must fail, with the reason in the revert data.
    function staticExec(string calldata contractAddr, bytes calldata message) external view returns (bool ok, bytes memory ret) {
        (ok, ret) = address(CrossVM.PRECOMPILE).staticcall(abi.encodeCall(ICrossVM.execute, (contractAddr, message)));
    }

    function execVm(uint8 targetVm, string calldata target, bytes calldata payload) external returns (bytes memory result) {
        writes += 1;
        result = CrossVM.PRECOMPILE.executeCrossVMCall(targetVm, target, payload);
        lastResult = result;
    }

    /// Async: the escrow (gasLimit × the minimum gas price) comes out of this contract's balance.
    function submitCall(uint8 targetVm, string calldata target, bytes calldata payload, uint64 gasLimit, bool callback) external returns (uint64 id) {
        id = CrossVM.PRECOMPILE.submit(targetVm, target, payload, gasLimit, callback);
        lastSubmitted = id;
    }

    function crossVMCallback(uint64 messageId, uint8 status, bytes calldata result) external {
        require(msg.sender == CrossVM.MODULE, "WasmCaller: only x/crossvm may call back");
        callbacks += 1;
        lastCallbackId = messageId;
        lastCallbackStatus = status;
        lastCallbackResult = result;
    }
}

/// Stands in for the precompile on the bare EVM path: answers execute(string,bytes) with a fixed result.
contract ExecuteStub {
    function execute(string calldata, bytes calldata) external payable returns (bytes memory) {
        return bytes('{"count":0}');
    }
}
