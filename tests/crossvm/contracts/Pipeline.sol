// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

import "./ICrossVM.sol";

/// One tx across the three VMs, for the trace and fault-injection tests: a synchronous JS-contract call
/// through 0x…0901, then an async call to an SVM program (or any VM) whose outcome comes back in crossVMCallback.
contract Pipeline is ICrossVMCallback {
    bytes public lastSync;
    uint64 public lastSubmitted;
    uint256 public callbacks;
    uint64 public lastCallbackId;
    uint8 public lastCallbackStatus;
    bytes public lastCallbackResult;

    receive() external payable {}

    function run(string calldata jsContract, bytes calldata jsMsg, uint8 targetVm, string calldata target, bytes calldata payload, uint64 gasLimit)
        external
        returns (uint64 id)
    {
        lastSync = CrossVM.PRECOMPILE.execute(jsContract, jsMsg);
        id = CrossVM.PRECOMPILE.submit(targetVm, target, payload, gasLimit, true);
        lastSubmitted = id;
    }

    function queue(uint8 targetVm, string calldata target, bytes calldata payload, uint64 gasLimit) external returns (uint64 id) {
        id = CrossVM.PRECOMPILE.submit(targetVm, target, payload, gasLimit, true);
        lastSubmitted = id;
    }

    /// A sync call whose JS error the EVM caller sees as its revert reason.
    function syncOnly(string calldata jsContract, bytes calldata jsMsg) external returns (bytes memory r) {
        r = CrossVM.PRECOMPILE.execute(jsContract, jsMsg);
        lastSync = r;
    }

    function crossVMCallback(uint64 messageId, uint8 status, bytes calldata result) external {
        require(msg.sender == CrossVM.MODULE, "Pipeline: only x/crossvm may call back");
        callbacks += 1;
        lastCallbackId = messageId;
        lastCallbackStatus = status;
        lastCallbackResult = result;
    }
}
