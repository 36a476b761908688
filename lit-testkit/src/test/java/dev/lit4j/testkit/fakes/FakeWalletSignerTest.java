package dev.lit4j.testkit.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.port.WalletSigner;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import dev.lit4j.testkit.signer.WalletSignerContract;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fake passes the wallet signer contract, so tests that use it test against a lawful signer. */
class FakeWalletSignerTest extends WalletSignerContract {
    private static final FakeWalletSigner SIGNER = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);

    @Override
    protected WalletSigner signer() {
        return SIGNER;
    }

    @Override
    protected Optional<WalletSigner> failingSigner() {
        FakeWalletSigner failing = FakeWalletSigner.random();
        failing.failWith(new SignerException("wallet signer " + failing.address() + " is switched off"));
        return Optional.of(failing);
    }

    @Override
    protected boolean deterministic() {
        return true;
    }

    @Override
    protected List<String> secrets() {
        return List.of(FakeWalletSigner.HARDHAT_KEY_0);
    }

    @Test
    void itIsHardhatAccountZeroAndCountsItsSignatures() {
        FakeWalletSigner signer = FakeWalletSigner.ofPrivateKey(FakeWalletSigner.HARDHAT_KEY_0);
        assertEquals(
                EthAddress.parseChecksummed("address", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), signer.address());
        new PersonalMessageSigner(signer).sign("one");
        new PersonalMessageSigner(signer).sign("two");
        assertEquals(2, signer.signatures());
    }
}
