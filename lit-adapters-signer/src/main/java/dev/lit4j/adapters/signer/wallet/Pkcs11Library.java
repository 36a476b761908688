package dev.lit4j.adapters.signer.wallet;

import dev.lit4j.domain.port.SignerException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;

/**
 * A PKCS#11 library (an HSM vendor's {@code .so}) loaded and initialised in this process, shared by
 * every token opened from it. PKCS#11 allows one {@code C_Initialize} per library and process, and
 * {@code C_Finalize} ends every session of every token, so the library is initialised by its first user
 * and finalised when its last user releases it.
 */
final class Pkcs11Library {
    private static final Map<Path, Pkcs11Library> LOADED = new HashMap<>();

    private final Path file;
    private final PKCS11Module module;
    private final boolean initializedHere;
    private int users;

    private Pkcs11Library(Path file, PKCS11Module module, boolean initializedHere) {
        this.file = file;
        this.module = module;
        this.initializedHere = initializedHere;
    }

    /**
     * The library in {@code file}, loaded and initialised if no one in this process has done so yet.
     * Each call must be matched by one {@link #release()}.
     *
     * @throws SignerException if there is no such file or it is not a PKCS#11 library that initialises
     */
    static Pkcs11Library acquire(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new SignerException(
                    "no PKCS#11 library at " + file + "; give the path of the HSM vendor's"
                            + " PKCS#11 module (for SoftHSM2 on Debian: /usr/lib/softhsm/libsofthsm2.so)",
                    e);
        }
        synchronized (Pkcs11Library.class) {
            Pkcs11Library library = LOADED.get(real);
            if (library == null) {
                library = load(real);
                LOADED.put(real, library);
            }
            library.users++;
            return library;
        }
    }

    private static Pkcs11Library load(Path real) {
        Pkcs11WrapperLog.install();
        PKCS11Module module;
        try {
            module = PKCS11Module.getInstance(real.toString());
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new SignerException("the PKCS#11 library " + real + " could not be loaded: " + e, e);
        }
        try {
            module.initialize();
            return new Pkcs11Library(real, module, true);
        } catch (PKCS11Exception e) {
            if (e.getErrorCode() == PKCS11Constants.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
                // another part of this process (SunPKCS11, say) initialised it; it finalises it, not us
                return new Pkcs11Library(real, module, false);
            }
            throw new SignerException("the PKCS#11 library " + real + " did not initialise: " + e.getErrorName(), e);
        }
    }

    /** The wrapper's module. */
    PKCS11Module module() {
        return module;
    }

    /** The library's real path. */
    Path file() {
        return file;
    }

    /** Gives up one use; the last finalises the library (if this process initialised it here). */
    void release() {
        synchronized (Pkcs11Library.class) {
            if (--users > 0) {
                return;
            }
            LOADED.remove(file);
            if (initializedHere) {
                // under the lock, so that nobody initialises the library again before it is finalised
                try {
                    module.finalize(null);
                } catch (PKCS11Exception e) {
                    System.getLogger(Pkcs11Library.class.getName())
                            .log(
                                    System.Logger.Level.WARNING,
                                    "the PKCS#11 library " + file + " did not finalise: " + e.getErrorName());
                }
            }
        }
    }
}
