package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.ethereum.PersonalSignatureVerifier;
import dev.lit4j.domain.port.SignerException;
import dev.lit4j.domain.wallet.PersonalMessageSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Logging in to a SoftHSM2 token that no one in this process has open: PKCS#11 logs in once per token
 * and process, so only then is the PIN checked.
 */
class Pkcs11TokenLoginTest {
    private static SoftHsm2 hsm;

    @BeforeAll
    static void initialiseToken() {
        hsm = SoftHsm2.freshToken();
    }

    @AfterAll
    static void releaseLibrary() {
        if (hsm != null) {
            hsm.close();
        }
    }

    @Test
    void aWrongPinIsRefusedWithoutShowingItAndTheRightOneThenWorks() {
        String wrong = "not-the-PIN-of-this-token";
        SignerException error = assertThrows(
                SignerException.class,
                () -> Pkcs11Token.open(hsm.library(), hsm.label(), Pkcs11Pin.of(wrong.toCharArray())));
        assertTrue(
                error.getMessage().startsWith("could not log in to PKCS#11 token '" + hsm.label() + "' ("),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("): CKR_PIN_INCORRECT (the PIN is wrong)"), error.getMessage());
        assertFalse(error.getMessage().contains(wrong));
        assertFalse(error.getMessage().contains(SoftHsm2.USER_PIN));

        try (Pkcs11Token token = hsm.open()) {
            Pkcs11WalletSigner signer = token.generateWalletKey("login");
            PersonalSignatureVerifier.verify(
                    "sig", "logged in", new PersonalMessageSigner(signer).sign("logged in"), signer.address());
        }
    }
}
