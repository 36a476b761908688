package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Pkcs11WrapperLogTest {

    @Test
    void fillsEachPlaceholderWithTheNextArgument() {
        assertEquals(
                "C_OpenSession: slotID=7, flags=0x6",
                Pkcs11WrapperLog.fill("C_OpenSession: slotID={}, flags=0x{}", 7, "6"));
    }

    @Test
    void leavesPlaceholdersWithoutArgumentsAndIgnoresSurplusArguments() {
        assertEquals("a 1 b {}", Pkcs11WrapperLog.fill("a {} b {}", 1));
        assertEquals("no placeholder", Pkcs11WrapperLog.fill("no placeholder", 1, 2));
        assertEquals("a {}", Pkcs11WrapperLog.fill("a {}", (Object[]) null));
        assertEquals("null", Pkcs11WrapperLog.fill(null));
    }
}
