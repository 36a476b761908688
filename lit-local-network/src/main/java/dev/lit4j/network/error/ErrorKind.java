package dev.lit4j.network.error;

/**
 * The {@code errorKind} of a Lit node error (lit-core's {@code Kind}), with its wire name and the
 * description a node sends as {@code message} when the error carries no code.
 *
 * <p>The descriptions are reproduced as the node writes them, spelling included, because clients may
 * compare them.
 */
public enum ErrorKind {
    UNKNOWN("Unknown", "An error has occured."),
    UNEXPECTED("Unexpected", "An unexpected error has occured."),
    GENERIC("Generic", "An error has occured."),
    IPFS("IPFS", "An IPFS related error has occured."),
    IO("Io", "An IO related error has occured."),
    CONFIG("Config", "An error related to configuration has occured."),
    VALIDATION("Validation", "An error related to validation has occured."),
    CONVERSION("Conversion", "An error related to type conversion has occured."),
    PARSER("Parser", "An error related to a parsing has occured."),
    SERIALIZER("Serializer", "An error related to a serialization has occured."),
    LOCK("Lock", "An error related to a lock has occured."),
    TIMEOUT("Timeout", "An timeout error has occured."),
    CONNECT("Connect", "A connection error has occured."),
    MEMORY_LIMIT("MemoryLimit", "A memory limit was exceeded."),
    BLOCKCHAIN("Blockchain", "A blockchan related error has occured."),
    ATTESTATION("Attestation", "A TEE attestation related error has occured."),
    CERTS("Certs", "An error related to a certificate has occured."),
    HTTP_CLIENT("HttpClient", "An error related to HTTP/HTTPS client connections."),
    SEV_SNP("SevSnp", "An error related to a the AMD SEV-SNP subsystems has occured.");

    private final String wireName;
    private final String description;

    ErrorKind(String wireName, String description) {
        this.wireName = wireName;
        this.description = description;
    }

    /** The {@code errorKind} value on the wire, e.g. {@code "Validation"}. */
    public String wireName() {
        return wireName;
    }

    /** The {@code message} a node sends for an error of this kind that has no code. */
    public String description() {
        return description;
    }
}
