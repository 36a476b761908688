package dev.lit4j.adapters.signer.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the fixture finds SoftHSM2, and how it fails when SoftHSM2 is not installed. */
class SoftHsm2Test {
    @TempDir
    Path temp;

    @Test
    void withoutSoftHsm2TheTestsFailSayingHowToInstallIt() {
        List<Path> nowhere = List.of(temp.resolve("a/libsofthsm2.so"), temp.resolve("b/libsofthsm2.so"));
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> SoftHsm2.locate(Optional.empty(), nowhere));
        assertEquals(
                "SoftHSM2 is not installed, and the PKCS#11 tests need it: run apt-get install softhsm2"
                        + " (Debian/Ubuntu; brew install softhsm on macOS), or point -Dlit4j.softhsm2.module or"
                        + " $LIT4J_SOFTHSM2_MODULE at libsofthsm2.so. Looked in " + nowhere,
                error.getMessage());
    }

    @Test
    void anOverrideThatPointsNowhereFails() {
        Path missing = temp.resolve("libsofthsm2.so");
        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> SoftHsm2.locate(Optional.of(missing.toString()), SoftHsm2.KNOWN_LOCATIONS));
        assertEquals(
                "SoftHSM2's library is not at " + missing + ", where -Dlit4j.softhsm2.module or"
                        + " $LIT4J_SOFTHSM2_MODULE points; install SoftHSM2 (Debian/Ubuntu: apt-get install softhsm2) or"
                        + " correct the path",
                error.getMessage());
    }

    @Test
    void anOverrideWinsOverTheKnownLocationsAndTheFirstExistingLocationIsTaken() throws Exception {
        Path mine = Files.writeString(temp.resolve("mine.so"), "");
        Path second = Files.writeString(temp.resolve("second.so"), "");
        assertEquals(mine, SoftHsm2.locate(Optional.of(mine.toString()), List.of(second)));
        assertEquals(second, SoftHsm2.locate(Optional.empty(), List.of(temp.resolve("absent.so"), second)));
    }
}
