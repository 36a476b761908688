package dev.lit4j.domain.recap.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.StrictUtf8;
import dev.lit4j.domain.recap.Recap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The SIWE resource form of a {@link Recap} (client spec §3.3): {@code urn:recap:} followed by the
 * base64url encoding, without padding, of the RFC 8785 canonical JSON {@code {"att":…,"prf":[…]}}.
 *
 * <p>{@link #decode} is strict, like the JS {@code Recap.decode_urn} and stricter where JS would
 * accept what the nodes reject: the prefix is required; the payload must be unpadded base64url with
 * canonical trailing bits and UTF-8 JSON holding exactly {@code att} (an object) and {@code prf} (an
 * array of strings); ability keys must match {@code <ns>/<name>}; each restriction list must be a
 * non-empty array of objects; and every object's keys, at any depth, must already be sorted.
 * {@link #decodeAcceptingPadding} also accepts {@code =} padding, as the nodes do (node spec §2.8).
 */
public final class RecapUrn {
    /** The scheme every ReCap SIWE resource starts with. */
    public static final String PREFIX = "urn:recap:";

    private static final String FIELD = "recap";

    private RecapUrn() {}

    /** {@code urn:recap:<base64url(JCS(recap))>}. */
    public static String encode(Recap recap) {
        byte[] json = recap.toCanonicalJson().getBytes(StandardCharsets.UTF_8);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /**
     * Decodes a ReCap URN strictly (no base64 padding).
     *
     * @throws InvalidInputException naming {@code recap} and the offending part when the URN is not a
     *     valid, canonical-order ReCap
     */
    public static Recap decode(String urn) {
        return decode(urn, false);
    }

    /**
     * Decodes a ReCap URN like {@link #decode}, but also accepts base64 {@code =} padding, as Lit nodes
     * do. Use it only where a node would be this lenient (verifying what a node would accept).
     */
    public static Recap decodeAcceptingPadding(String urn) {
        return decode(urn, true);
    }

    private static Recap decode(String urn, boolean acceptPadding) {
        InvalidInputException.requireNonNull(FIELD, urn);
        if (!urn.startsWith(PREFIX)) {
            throw new InvalidInputException(
                    FIELD,
                    "not a ReCap URN: expected it to start with \"" + PREFIX + "\", got \"" + abbreviate(urn) + "\"");
        }
        String payload = urn.substring(PREFIX.length());
        String json = StrictUtf8.decode(FIELD, base64Url(payload, acceptPadding), "the decoded payload");
        JsonValue document = JsonValueParser.parse(FIELD, json);
        if (!(document instanceof JsonValue.Obj top)) {
            throw new InvalidInputException(
                    FIELD, "expected a JSON object {\"att\":…,\"prf\":[…]}, found " + document.typeName());
        }
        for (String name : top.names()) {
            if (!name.equals("att") && !name.equals("prf")) {
                throw new InvalidInputException(FIELD + "." + name, "unknown key; a ReCap holds only att and prf");
            }
        }
        JsonValue att = top.get("att").orElseThrow(() -> new InvalidInputException(FIELD + ".att", "is missing"));
        JsonValue prf = top.get("prf").orElseThrow(() -> new InvalidInputException(FIELD + ".prf", "is missing"));
        if (!(att instanceof JsonValue.Obj attObj)) {
            throw new InvalidInputException(
                    FIELD + ".att", "Invalid attenuation object: expected an object, found " + att.typeName());
        }
        List<String> proofs = proofs(prf);
        SortedMap<String, SortedMap<String, List<JsonValue.Obj>>> attenuations = attenuations(attObj);
        requireSorted(FIELD, document);
        return new Recap(attenuations, proofs);
    }

    private static List<String> proofs(JsonValue prf) {
        if (!(prf instanceof JsonValue.Arr list)) {
            throw new InvalidInputException(
                    FIELD + ".prf", "Invalid proof list: expected an array of strings, found " + prf.typeName());
        }
        List<String> proofs = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            if (!(list.items().get(i) instanceof JsonValue.Str cid)) {
                throw new InvalidInputException(
                        FIELD + ".prf[" + i + "]",
                        "Invalid proof list: expected a string," + " found "
                                + list.items().get(i).typeName());
            }
            proofs.add(cid.value());
        }
        return proofs;
    }

    private static SortedMap<String, SortedMap<String, List<JsonValue.Obj>>> attenuations(JsonValue.Obj att) {
        TreeMap<String, SortedMap<String, List<JsonValue.Obj>>> out = new TreeMap<>();
        for (JsonValue.Member resource : att.members()) {
            String field = FIELD + ".att[\"" + resource.name() + "\"]";
            if (!(resource.value() instanceof JsonValue.Obj abilities)) {
                throw new InvalidInputException(
                        field,
                        "Invalid attenuation object: expected an object of abilities," + " found "
                                + resource.value().typeName());
            }
            TreeMap<String, List<JsonValue.Obj>> abilityMap = new TreeMap<>();
            for (JsonValue.Member ability : abilities.members()) {
                String abilityField = field + "[\"" + ability.name() + "\"]";
                if (!(ability.value() instanceof JsonValue.Arr list)) {
                    throw new InvalidInputException(
                            abilityField,
                            "Invalid nota-bene list: expected an array of" + " objects, found "
                                    + ability.value().typeName());
                }
                List<JsonValue.Obj> restrictions = new ArrayList<>();
                for (JsonValue item : list.items()) {
                    if (!(item instanceof JsonValue.Obj restriction)) {
                        throw new InvalidInputException(
                                abilityField,
                                "Invalid nota-bene list: expected objects," + " found " + item.typeName());
                    }
                    restrictions.add(restriction);
                }
                abilityMap.put(ability.name(), restrictions);
            }
            out.put(resource.name(), abilityMap);
        }
        return out;
    }

    // JSON objects keep their document order in JsonValue, so this sees the keys as they were sent.
    private static void requireSorted(String path, JsonValue value) {
        if (value instanceof JsonValue.Arr arr) {
            for (int i = 0; i < arr.items().size(); i++) {
                requireSorted(path + "[" + i + "]", arr.items().get(i));
            }
        } else if (value instanceof JsonValue.Obj obj) {
            String previous = null;
            for (JsonValue.Member member : obj.members()) {
                if (previous != null && previous.compareTo(member.name()) > 0) {
                    throw new InvalidInputException(
                            path,
                            "Attenuation object is not properly sorted: key \"" + member.name()
                                    + "\" must come before \"" + previous + "\" (keys in UTF-16 order)");
                }
                previous = member.name();
                requireSorted(path + "." + member.name(), member.value());
            }
        }
    }

    private static byte[] base64Url(String payload, boolean acceptPadding) {
        String digits = payload;
        if (acceptPadding && payload.endsWith("=")) {
            digits = payload.endsWith("==")
                    ? payload.substring(0, payload.length() - 2)
                    : payload.substring(0, payload.length() - 1);
            if (payload.length() % 4 != 0) {
                throw new InvalidInputException(
                        FIELD,
                        "padded base64url must have a length that is a multiple" + " of 4, got " + payload.length()
                                + " characters");
            }
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            boolean base64Url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64Url) {
                throw new InvalidInputException(
                        FIELD,
                        "not unpadded base64url: character '" + c + "' at position " + (PREFIX.length() + i)
                                + (c == '=' ? " (padding is not allowed)" : ""));
            }
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(digits);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "not valid base64url: " + e.getMessage(), e);
        }
        if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(digits)) {
            throw new InvalidInputException(
                    FIELD, "not canonical base64url: the last character has bits set" + " beyond the data");
        }
        return bytes;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
