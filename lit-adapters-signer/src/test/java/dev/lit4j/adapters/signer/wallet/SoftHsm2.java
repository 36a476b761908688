package dev.lit4j.adapters.signer.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Slot;

/**
 * A SoftHSM2 token for a test class: a fresh token, initialised through PKCS#11 in the token directory
 * of this test run, with a user PIN. SoftHSM2 must be installed (Debian: {@code apt-get install
 * softhsm2}); without it the tests that use this fixture fail, they are never skipped.
 *
 * <p>SoftHSM2 reads its configuration from {@code SOFTHSM2_CONF} when the library is initialised, so
 * the test JVM must have that variable; the Surefire configuration of this module points it at
 * {@code target/softhsm2/softhsm2.conf}, which this fixture writes (with the token directory beside it,
 * emptied once per JVM) before the library is first loaded.
 *
 * <p>The library is found at {@code -Dlit4j.softhsm2.module}, else {@code $LIT4J_SOFTHSM2_MODULE},
 * else the first of {@link #KNOWN_LOCATIONS} that exists.
 */
public final class SoftHsm2 implements AutoCloseable {
    static final String MODULE_PROPERTY = "lit4j.softhsm2.module";
    static final String MODULE_VARIABLE = "LIT4J_SOFTHSM2_MODULE";
    static final List<Path> KNOWN_LOCATIONS = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib64/pkcs11/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"),
            Path.of("/opt/homebrew/lib/softhsm/libsofthsm2.so"));

    /** The user PIN of every fixture token; long and not hex, so no address or signature can contain it. */
    static final String USER_PIN = "user-PIN-of-the-lit4j-tests";

    static final String SO_PIN = "SO-PIN-of-the-lit4j-tests";

    private static boolean directoryReady;

    private final Path library;
    private final Pkcs11Library loaded;
    private final String label;

    private SoftHsm2(Path library, Pkcs11Library loaded, String label) {
        this.library = library;
        this.loaded = loaded;
        this.label = label;
    }

    /**
     * Initialises a fresh token with a random label and the PINs above. Keeps the library loaded until
     * {@link #close()}: closing finalises it, so that the next test class's fixture, loading it again,
     * finds a free slot for its own token.
     */
    public static SoftHsm2 freshToken() {
        Path library = locate(
                Optional.ofNullable(System.getProperty(MODULE_PROPERTY))
                        .or(() -> Optional.ofNullable(System.getenv(MODULE_VARIABLE))),
                KNOWN_LOCATIONS);
        prepareTokenDirectory();
        String label = "lit4j-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        Pkcs11Library loaded = Pkcs11Library.acquire(library);
        try {
            initialise(loaded, label);
            return new SoftHsm2(library, loaded, label);
        } catch (PKCS11Exception e) {
            loaded.release();
            throw new IllegalStateException("SoftHSM2 could not initialise a token: " + e.getErrorName(), e);
        }
    }

    /**
     * The SoftHSM2 library: {@code override} if given (it must exist), else the first existing candidate.
     *
     * @throws IllegalStateException saying how to install SoftHSM2 if there is none
     */
    static Path locate(Optional<String> override, List<Path> candidates) {
        if (override.isPresent()) {
            Path path = Path.of(override.get());
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("SoftHSM2's library is not at " + path + ", where -D" + MODULE_PROPERTY
                        + " or $" + MODULE_VARIABLE + " points; install SoftHSM2 (Debian/Ubuntu: apt-get install"
                        + " softhsm2) or correct the path");
            }
            return path;
        }
        return candidates.stream()
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("SoftHSM2 is not installed, and the PKCS#11 tests need it:"
                        + " run apt-get install softhsm2 (Debian/Ubuntu; brew install softhsm on macOS), or point -D"
                        + MODULE_PROPERTY + " or $" + MODULE_VARIABLE + " at libsofthsm2.so. Looked in " + candidates));
    }

    Path library() {
        return library;
    }

    String label() {
        return label;
    }

    Pkcs11Pin userPin() {
        return Pkcs11Pin.of(USER_PIN.toCharArray());
    }

    /** Opens the token as an application would. */
    public Pkcs11Token open() {
        return Pkcs11Token.open(library, label, userPin());
    }

    @Override
    public void close() {
        loaded.release();
    }

    private static void initialise(Pkcs11Library loaded, String label) throws PKCS11Exception {
        Slot free = null;
        for (Slot slot : loaded.module().getSlotList(true)) {
            if (!slot.getToken().getTokenInfo().isTokenInitialized()) {
                free = slot;
                break;
            }
        }
        if (free == null) {
            throw new IllegalStateException("SoftHSM2 offers no free slot; is the library still loaded by a test"
                    + " that did not close its fixture?");
        }
        try {
            loaded.module()
                    .getPKCS11Module()
                    .C_InitToken(free.getSlotID(), SO_PIN.toCharArray(), label.toCharArray(), true);
        } catch (iaik.pkcs.pkcs11.wrapper.PKCS11Exception e) {
            throw loaded.module().convertException(e);
        }
        Session session = free.getToken().openSession(true);
        try {
            session.login(PKCS11Constants.CKU_SO, SO_PIN.toCharArray());
            session.initPIN(USER_PIN.toCharArray());
            session.logout();
        } finally {
            session.closeSession();
        }
    }

    private static synchronized void prepareTokenDirectory() {
        if (directoryReady) {
            return;
        }
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isEmpty()) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set. SoftHSM2 reads it when its library is loaded,"
                    + " so it must be in the test JVM's environment: run the tests through Maven (this module's"
                    + " Surefire configuration sets it), or set it to a softhsm2.conf path in a directory of yours");
        }
        Path confFile = Path.of(conf).toAbsolutePath();
        Path tokens = confFile.resolveSibling("tokens");
        try {
            if (Files.exists(tokens)) {
                List<Path> old = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(tokens)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(old::add);
                }
                for (Path path : old) {
                    Files.delete(path);
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(
                    confFile,
                    "# written by the lit4j tests' SoftHSM2 fixture\n"
                            + "directories.tokendir = " + tokens + "\n"
                            + "objectstore.backend = file\n"
                            + "log.level = ERROR\n"
                            + "slots.removable = false\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the SoftHSM2 token directory " + tokens, e);
        }
        directoryReady = true;
    }
}
