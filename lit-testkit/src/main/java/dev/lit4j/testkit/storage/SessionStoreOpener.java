package dev.lit4j.testkit.storage;

import dev.lit4j.domain.port.SessionStore;
import java.nio.file.Path;

/**
 * Opens a store kept at a path, for {@link DurableSessionStoreContract}. An implementation must be a
 * public class with a public no-argument constructor: the contract also runs it in a child JVM.
 *
 * @param <S> the store type
 */
@FunctionalInterface
public interface SessionStoreOpener<S extends SessionStore> {

    /**
     * Opens (creating if needed) the store at {@code location}: a file or a directory path that the
     * contract chooses and that does not exist before the first call.
     *
     * @throws Exception if it cannot be opened
     */
    S open(Path location) throws Exception;
}
