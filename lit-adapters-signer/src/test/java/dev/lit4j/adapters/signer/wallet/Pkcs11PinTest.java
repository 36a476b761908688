package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Pkcs11PinTest {

    @Test
    void itKeepsItsOwnCopyAndNeverShowsIt() {
        char[] given = "s3cret-PIN".toCharArray();
        Pkcs11Pin pin = Pkcs11Pin.of(given);
        Arrays.fill(given, '*');
        assertArrayEquals("s3cret-PIN".toCharArray(), pin.copy(), "wiping the caller's array leaves the PIN");
        assertNotSame(pin.copy(), pin.copy());
        assertEquals("Pkcs11Pin[not shown]", pin.toString());
    }

    @Test
    void anEmptyOrMissingPinIsRefused() {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> Pkcs11Pin.of(new char[0]));
        assertEquals("pin", empty.field());
        assertEquals(
                "pin",
                assertThrows(InvalidInputException.class, () -> Pkcs11Pin.of(null))
                        .field());
    }

    @Test
    void anUnsetEnvironmentVariableIsNamedNotItsValue() {
        String variable = "LIT4J_TEST_PIN_THAT_IS_NEVER_SET";
        InvalidInputException error =
                assertThrows(InvalidInputException.class, () -> Pkcs11Pin.fromEnvironment(variable));
        assertEquals("pin", error.field());
        assertEquals(
                "pin: the environment variable " + variable + " is not set or empty; set it to the token's user"
                        + " PIN",
                error.getMessage());
    }

    @Test
    void aSetEnvironmentVariableIsRead() {
        // PATH is set wherever the tests run; its value stands in for a PIN
        assertArrayEquals(
                System.getenv("PATH").toCharArray(),
                Pkcs11Pin.fromEnvironment("PATH").copy());
    }
}
