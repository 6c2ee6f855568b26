// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.20;

import "./ICrossVM.sol";

/// The XVM article's worked example, "Crosschain Collateral Check", on Trivium. A borrower calls
/// requestLoan(amount) with the application fee; the contract asks another VM about the borrower's
/// collateral through x/crossvm, keeps the request in a pending map keyed by the message id, and settles it
/// in crossVMCallback: finalize (pay out) when the collateral covers ratioPercent of the loan, reject
/// otherwise, and refund the fee when the check timed out. Each id settles once (replay protection), and
/// only the module's address may call back.
abstract contract LendingBase is ICrossVMCallback {
    enum State { None, Pending, Approved, Rejected, Expired }

    struct Loan {
        address borrower;
        uint256 amount; // wei
        uint256 fee; // wei: the application fee paid with the request
        State state;
    }

    /// The collateral is valued in utrv (or token base units worth one utrv each); loans are in wei.
    uint256 internal constant WEI_PER_UNIT = 1e12;

    uint256 public immutable fee;
    uint256 public immutable ratioPercent;
    /// Gas for the remote check plus this contract's callback (escrowed by x/crossvm from this contract).
    uint64 public immutable checkGas;

    mapping(uint64 => Loan) public loans;
    mapping(address => uint256) public debt;
    /// Paid-out amounts a borrower could not receive (a callback must never fail over a transfer).
    mapping(address => uint256) public owed;
    /// Liquidity promised to pending requests.
    uint256 public reserved;
    uint256 public pendingCount;

    event LoanRequested(uint64 indexed id, address indexed borrower, uint256 amount);
    event LoanFinalized(uint64 indexed id, address indexed borrower, uint256 amount);
    event LoanRejected(uint64 indexed id, address indexed borrower, uint8 status);
    event LoanExpired(uint64 indexed id, address indexed borrower, uint256 refunded);

    constructor(uint256 fee_, uint256 ratioPercent_, uint64 checkGas_) payable {
        fee = fee_;
        ratioPercent = ratioPercent_;
        checkGas = checkGas_;
    }

    receive() external payable {}

    /// Collateral needed for `amount` wei, in collateral units, rounded up.
    function requiredCollateral(uint256 amount) public view returns (uint256) {
        uint256 d = 100 * WEI_PER_UNIT;
        return (amount * ratioPercent + d - 1) / d;
    }

    function requestLoan(uint256 amount) external payable returns (uint64 id) {
        require(msg.value == fee, "Lending: pay exactly the application fee");
        require(amount > 0, "Lending: nothing to borrow");
        require(address(this).balance >= reserved + amount + msg.value, "Lending: not enough liquidity");
        id = askForCollateral(msg.sender, amount);
        require(loans[id].state == State.None, "Lending: message id already used");
        loans[id] = Loan(msg.sender, amount, msg.value, State.Pending);
        reserved += amount;
        pendingCount += 1;
        emit LoanRequested(id, msg.sender, amount);
    }

    function crossVMCallback(uint64 messageId, uint8 status, bytes calldata result) external {
        require(msg.sender == CrossVM.MODULE, "Lending: only x/crossvm calls back");
        Loan storage loan = loans[messageId];
        require(loan.state == State.Pending, "Lending: no pending request with this id");
        reserved -= loan.amount;
        pendingCount -= 1;
        if (status == CrossVM.TIMED_OUT) {
            loan.state = State.Expired;
            pay(loan.borrower, loan.fee);
            emit LoanExpired(messageId, loan.borrower, loan.fee);
        } else if (status == CrossVM.EXECUTED && collateralSuffices(loan.amount, result)) {
            loan.state = State.Approved;
            debt[loan.borrower] += loan.amount;
            pay(loan.borrower, loan.amount);
            emit LoanFinalized(messageId, loan.borrower, loan.amount);
        } else {
            loan.state = State.Rejected;
            emit LoanRejected(messageId, loan.borrower, status);
        }
    }

    function withdrawOwed() external {
        uint256 amount = owed[msg.sender];
        owed[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "Lending: transfer failed");
    }

    function pay(address to, uint256 amount) internal {
        (bool ok, ) = to.call{value: amount, gas: 30_000}("");
        if (!ok) owed[to] += amount;
    }

    /// Sends the collateral check; returns the x/crossvm message id.
    function askForCollateral(address borrower, uint256 amount) internal virtual returns (uint64);

    /// Decides on an EXECUTED check's result.
    function collateralSuffices(uint256 amount, bytes calldata result) internal view virtual returns (bool);
}

/// Collateral held by a CosmWasm-style (JS) contract: it answers {"collateral_of":{"user":"0x…"}} with the
/// user's deposit as a JSON string of digits.
contract WasmCollateralLending is LendingBase {
    string public collateralContract;

    constructor(string memory collateralContract_, uint256 fee_, uint256 ratioPercent_, uint64 checkGas_)
        payable
        LendingBase(fee_, ratioPercent_, checkGas_)
    {
        collateralContract = collateralContract_;
    }

    function askForCollateral(address borrower, uint256) internal override returns (uint64) {
        bytes memory payload = abi.encodePacked('{"collateral_of":{"user":"', hexAddress(borrower), '"}}');
        return CrossVM.PRECOMPILE.submit(CrossVM.WASM, collateralContract, payload, checkGas, true);
    }

    function collateralSuffices(uint256 amount, bytes calldata result) internal view override returns (bool) {
        (bool ok, uint256 have) = parseQuotedUint(result);
        return ok && have >= requiredCollateral(amount);
    }

    /// `"123"` → (true, 123); anything else → (false, 0). A malformed answer rejects, it never reverts.
    function parseQuotedUint(bytes calldata s) internal pure returns (bool ok, uint256 v) {
        if (s.length < 3 || s.length > 80 || s[0] != '"' || s[s.length - 1] != '"') return (false, 0);
        for (uint256 i = 1; i + 1 < s.length; i++) {
            uint8 c = uint8(s[i]);
            if (c < 48 || c > 57) return (false, 0);
            v = v * 10 + (c - 48);
        }
        return (true, v);
    }

    function hexAddress(address a) internal pure returns (bytes memory out) {
        bytes16 digits = "0123456789abcdef";
        out = new bytes(42);
        out[0] = "0";
        out[1] = "x";
        uint160 x = uint160(a);
        for (uint256 i = 41; i > 1; i--) {
            out[i] = digits[x & 0xf];
            x >>= 4;
        }
    }
}

/// Collateral in SPL tokens on the SVM. The borrower's token account is the one created with seed
/// "collateral" from the borrower's own SVM face (so nobody can name someone else's), and the borrower has
/// approved this contract's SVM face as its delegate. The check *is* the lock: an SPL TransferChecked of the
/// required collateral into the vault, signed by this contract's face. EXECUTED means the tokens are in the
/// vault; FAILED (e.g. insufficient funds) rejects the loan with nothing moved.
contract SvmCollateralLending is LendingBase {
    bytes32 public immutable tokenProgram;
    bytes32 public immutable mint;
    bytes32 public immutable vault;
    uint8 public immutable decimals;

    constructor(bytes32 tokenProgram_, bytes32 mint_, bytes32 vault_, uint8 decimals_, uint256 fee_, uint256 ratioPercent_, uint64 checkGas_)
        payable
        LendingBase(fee_, ratioPercent_, checkGas_)
    {
        tokenProgram = tokenProgram_;
        mint = mint_;
        vault = vault_;
        decimals = decimals_;
    }

    /// Solana's create_with_seed(base = the borrower's SVM face, "collateral", token program).
    function collateralAccountOf(address borrower) public view returns (bytes32) {
        return sha256(abi.encodePacked(CrossVM.svmFace(borrower), "collateral", tokenProgram));
    }

    function askForCollateral(address borrower, uint256 amount) internal override returns (uint64) {
        uint256 need = requiredCollateral(amount);
        require(need <= type(uint64).max, "Lending: loan too large");
        ICrossVM.SvmAccount[] memory accounts = new ICrossVM.SvmAccount[](4);
        accounts[0] = ICrossVM.SvmAccount(collateralAccountOf(borrower), false, true);
        accounts[1] = ICrossVM.SvmAccount(mint, false, false);
        accounts[2] = ICrossVM.SvmAccount(vault, false, true);
        accounts[3] = ICrossVM.SvmAccount(CrossVM.svmFace(address(this)), true, false);
        // SPL Token TransferChecked: tag 12, amount (u64 little-endian), decimals.
        bytes memory data = abi.encodePacked(uint8(12), le64(uint64(need)), decimals);
        return CrossVM.PRECOMPILE.submitSvm(tokenProgram, data, accounts, checkGas, true);
    }

    function collateralSuffices(uint256, bytes calldata) internal pure override returns (bool) {
        return true; // the transfer succeeded: the collateral is locked in the vault
    }

    function le64(uint64 v) internal pure returns (bytes8 r) {
        for (uint256 i = 0; i < 8; i++) r |= bytes8(bytes1(uint8(v >> (8 * i)))) >> (8 * i);
    }
}
