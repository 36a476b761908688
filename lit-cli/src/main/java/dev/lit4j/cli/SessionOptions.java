package dev.lit4j.cli;

import dev.lit4j.adapters.storage.EntrySessionStore;
import dev.lit4j.adapters.storage.FileSessionStore;
import dev.lit4j.adapters.storage.InMemorySessionStore;
import dev.lit4j.adapters.storage.MapDbSessionStore;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.internal.SessionTimeLimits;
import dev.lit4j.domain.usecase.SessionSigsRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/** What a session is for and where it is kept: the options shared by the session commands. */
final class SessionOptions {
    /** What a session may do when no {@code --resource} is given: PKP signing and Lit Action execution on {@code *}. */
    static final List<ResourceAbilityRequest> DEFAULT_RESOURCES = List.of(
            ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING),
            ResourceAbilityRequest.of(
                    LitResource.wildcard(ResourcePrefix.LIT_ACTION), LitAbility.LIT_ACTION_EXECUTION));

    /** Where session keys and AuthSigs are kept. */
    enum StoreKind {
        /** One MapDB file in the home directory. */
        MAPDB,
        /** One file per entry in a directory of the home directory. */
        FILES,
        /** Nowhere: forgotten when the command ends. */
        MEMORY
    }

    @Option(
            names = "--resource",
            paramLabel = ResourceAbilityConverter.LABEL,
            converter = ResourceAbilityConverter.class,
            description = "What the session may do, e.g. 'lit-pkp://*=pkp-signing'; repeatable. Default: PKP signing"
                    + " and Lit Action execution on every resource ('lit-pkp://*=pkp-signing',"
                    + " 'lit-litaction://*=lit-action-execution').")
    private List<ResourceAbilityRequest> resources;

    @Option(
            names = "--expiration",
            paramLabel = "TIME",
            converter = ExpirationConverter.Session.class,
            description = "When the session expires, RFC 3339 (default: 24 hours from now; at most "
                    + SessionTimeLimits.MAX_LIFETIME_DAYS + " days).")
    private Instant expiration;

    @Option(
            names = "--capacity-delegation",
            paramLabel = "FILE",
            description =
                    "A capacity-delegation AuthSig"
                            + " (JSON, as 'lit4j capacity-delegation' prints it) to carry in the session's capabilities; repeatable.")
    private List<Path> capacityDelegations;

    @Option(
            names = "--store",
            paramLabel = "STORE",
            defaultValue = "mapdb",
            converter = StoreKindConverter.class,
            description =
                    "Where the session key and"
                            + " AuthSig are kept: mapdb (HOME/sessions.db, the default), files (HOME/sessions/) or memory (not kept).")
    private StoreKind store;

    /**
     * The request these options describe; the capacity delegations are read now.
     *
     * @throws dev.lit4j.domain.InvalidInputException naming {@code --capacity-delegation} if a file cannot be
     *     read or holds no AuthSig
     */
    SessionSigsRequest.Builder request() {
        SessionSigsRequest.Builder request =
                SessionSigsRequest.builder().resources(resources == null ? DEFAULT_RESOURCES : resources);
        if (expiration != null) {
            request.expiration(expiration);
        }
        if (capacityDelegations != null) {
            for (Path file : capacityDelegations) {
                request.capabilityAuthSig(AuthSigJson.parse(
                        "--capacity-delegation " + file,
                        TextInput.read("--capacity-delegation", file).strip()));
            }
        }
        return request;
    }

    /** Opens the chosen store, saying where it is. */
    EntrySessionStore openStore(LitHome home, PrintWriter status) {
        return switch (store) {
            case MAPDB -> {
                home.create(status);
                status.println("lit4j: sessions kept in " + home.sessionsDb());
                yield new MapDbSessionStore(home.sessionsDb());
            }
            case FILES -> {
                home.create(status);
                status.println("lit4j: sessions kept in " + home.sessionsDir());
                yield new FileSessionStore(home.sessionsDir());
            }
            case MEMORY -> new InMemorySessionStore();
        };
    }
}
