package dev.lit4j.adapters.node.internal;

import dev.lit4j.adapters.node.AttestationPolicy;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The checks of {@link AttestationPolicy#FIELDS_ONLY} on a node's handshake attestation (client spec
 * §8.5 steps 1–2): it is an {@code AMD_SEV_SNP} attestation with a report, its {@code noonce} is this
 * handshake's challenge, and its {@code EXTERNAL_ADDR} is the host and port the node was called at.
 * The report itself, its AMD signature chain and its binding of these fields are <em>not</em> checked.
 */
public final class SevSnpAttestationFields {
    public static final String TYPE = "AMD_SEV_SNP";

    private SevSnpAttestationFields() {}

    /**
     * What is wrong with the attestation, or empty if the checked fields are right.
     *
     * @param attestation the handshake answer's {@code attestation} member (JSON null if absent)
     * @param challenge the 32 bytes sent as this handshake's {@code challenge}
     */
    public static Optional<String> problem(String nodeUrl, JsonValue attestation, byte[] challenge) {
        if (attestation == null || attestation == JsonValue.Null.INSTANCE) {
            return Optional.of("the node sent no attestation, and the attestation policy is FIELDS_ONLY");
        }
        if (!(attestation instanceof JsonValue.Obj object)) {
            return Optional.of(
                    "the attestation is " + AnswerJson.quote(JsJson.stringify(attestation)) + ", not an object");
        }
        try {
            String type = AnswerJson.requiredString(object, "type");
            if (!TYPE.equals(type)) {
                return Optional.of("the attestation type is " + AnswerJson.quote(type) + ", expected " + TYPE);
            }
            AnswerJson.requiredString(object, "report");
            byte[] nonce = base64(AnswerJson.requiredString(object, "noonce"), "noonce");
            if (!Arrays.equals(nonce, challenge)) {
                return Optional.of("the attestation's noonce is not this handshake's challenge");
            }
            if (!(AnswerJson.member(object, "data") instanceof JsonValue.Obj data)) {
                return Optional.of("the attestation has no data object");
            }
            String address = new String(
                    base64(AnswerJson.requiredString(data, "EXTERNAL_ADDR"), "EXTERNAL_ADDR"), StandardCharsets.UTF_8);
            String expected = hostAndPort(nodeUrl);
            if (!address.equals(expected)) {
                return Optional.of("the attestation's EXTERNAL_ADDR is " + AnswerJson.quote(address)
                        + ", but the node was called at " + expected);
            }
            return Optional.empty();
        } catch (MalformedAnswerException e) {
            return Optional.of("the attestation is malformed: " + e.getMessage());
        }
    }

    /** {@code host:port} of a node URL, with the scheme's default port (443 for https, 80 for http) if it has none. */
    public static String hostAndPort(String nodeUrl) {
        URI uri = URI.create(nodeUrl);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static byte[] base64(String text, String field) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException("\"" + field + "\" is not base64: " + AnswerJson.quote(text), e);
        }
    }
}
