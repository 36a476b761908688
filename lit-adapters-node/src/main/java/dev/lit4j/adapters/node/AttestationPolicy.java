package dev.lit4j.adapters.node;

/**
 * What Lit4j checks of the SEV-SNP attestation each node attaches to its handshake answer.
 *
 * <p>Client spec §8.5 asks for four checks: the nonce is the client's challenge, {@code EXTERNAL_ADDR}
 * is the node's address, the report is signed by a VCEK key whose certificate chains to AMD's root
 * (ARK → ASK → VCEK, fetched from AMD's key distribution service), and the report's
 * {@code report_data} binds the attestation fields. <b>Lit4j does not implement the AMD signature
 * chain</b> (nor, without it, the report binding, which proves nothing on its own): so no policy here
 * proves that a node runs inside SEV-SNP. Datil-test and Datil therefore have no default, and the
 * caller must choose one of these knowingly (see {@code docs/node-transport.md}).
 */
public enum AttestationPolicy {
    /** Attestations are not looked at. The default for {@link LitNetwork#CUSTOM} and {@link LitNetwork#DATIL_DEV}. */
    NOT_CHECKED,
    /**
     * Every node must answer with an {@code AMD_SEV_SNP} attestation whose nonce is this handshake's
     * challenge and whose {@code EXTERNAL_ADDR} is the host and port the node was called at; a node that
     * does not is left out. This catches nodes that do not attest at all and answers relayed from
     * another address, but the report's signature is not verified, so a dishonest node can still
     * pass it.
     */
    FIELDS_ONLY
}
