package dev.lit4j.domain.recap;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Jcs;
import dev.lit4j.domain.codec.internal.UriSyntax;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A ReCap capability object (EIP-5573; client spec §3): attenuations — resource URI → ability key
 * ({@code <namespace>/<name>}) → restriction objects — and proofs. Immutable: every operation returns
 * a new object.
 *
 * <p>Maps are held sorted by UTF-16 code units, the order of the canonical encoding and of the
 * statement. Every ability has at least one restriction object ({@code {}} meaning "no
 * restriction"), as the nodes require. {@link RecapUrn} encodes and decodes the {@code urn:recap:}
 * form.
 *
 * @param attenuations resource URI → ability key → restriction objects (unmodifiable, sorted)
 * @param proofs proof CIDs as base58btc multibase strings ({@code z…}); Lit always sends none
 */
public record Recap(SortedMap<String, SortedMap<String, List<JsonValue.Obj>>> attenuations, List<String> proofs) {

    /** The first words of every ReCap statement. */
    public static final String STATEMENT_PREFIX =
            "I further authorize the stated URI to perform the following actions on my behalf:";

    /** The ability key that grants every ability on a resource. */
    public static final String ANY_ABILITY = "*/*";

    private static final Recap EMPTY = new Recap(new TreeMap<>(), List.of());
    private static final Pattern ABILITY_PART = Pattern.compile("[a-zA-Z0-9.*_+-]+");
    private static final Pattern ABILITY_KEY = Pattern.compile("[a-zA-Z0-9.*_+-]+/[a-zA-Z0-9.*_+-]+");
    private static final Pattern PROOF = Pattern.compile("z[1-9A-HJ-NP-Za-km-z]+");

    public Recap {
        InvalidInputException.requireNonNull("recap.att", attenuations);
        InvalidInputException.requireNonNull("recap.prf", proofs);
        TreeMap<String, SortedMap<String, List<JsonValue.Obj>>> att = new TreeMap<>();
        for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> resource : attenuations.entrySet()) {
            att.put(resource.getKey(), copyAbilities(resource.getKey(), resource.getValue()));
        }
        for (String proof : proofs) {
            if (proof == null || !PROOF.matcher(proof).matches()) {
                throw new InvalidInputException(
                        "recap.prf", "proof \"" + proof + "\" is not a base58btc CID string (z…)");
            }
        }
        attenuations = Collections.unmodifiableSortedMap(att);
        proofs = List.copyOf(proofs);
    }

    /** The capability object with no attenuations and no proofs: {@code {"att":{},"prf":[]}}. */
    public static Recap empty() {
        return EMPTY;
    }

    /**
     * This object with one more restriction for {@code resource} and {@code namespace/name} (§3.2
     * {@code addAttenuation}): appended to that ability's list, which is created when missing.
     *
     * @param restriction the restriction object; {@code {}} for none
     * @throws InvalidInputException if the resource is not a URI or the namespace or name is not made
     *     of {@code a-z A-Z 0-9 . * _ + -}
     */
    public Recap withAttenuation(String resource, String namespace, String name, JsonValue.Obj restriction) {
        InvalidInputException.requireNonNull("recap.resource", resource);
        requireAbilityPart("recap.namespace", namespace);
        requireAbilityPart("recap.name", name);
        InvalidInputException.requireNonNull("recap.restriction", restriction);
        TreeMap<String, SortedMap<String, List<JsonValue.Obj>>> att = new TreeMap<>(attenuations);
        TreeMap<String, List<JsonValue.Obj>> abilities = new TreeMap<>(att.getOrDefault(resource, new TreeMap<>()));
        List<JsonValue.Obj> restrictions = new ArrayList<>(abilities.getOrDefault(namespace + "/" + name, List.of()));
        restrictions.add(restriction);
        abilities.put(namespace + "/" + name, restrictions);
        att.put(resource, abilities);
        return new Recap(att, proofs);
    }

    /**
     * This object granting {@code ability} on {@code resource} (§3.2 {@code addCapabilityForResource}):
     * the ability's ReCap namespace and name on the resource key.
     *
     * @param restriction the restriction object, or null for {@code {}}
     * @throws InvalidInputException if the ability is not valid on the resource
     */
    public Recap withCapability(LitResource resource, LitAbility ability, JsonValue.@Nullable Obj restriction) {
        InvalidInputException.requireNonNull("recap.resource", resource);
        InvalidInputException.requireNonNull("recap.ability", ability);
        ability.requireValidOn("recap.ability", resource);
        return withAttenuation(
                resource.key(),
                ability.recapNamespace(),
                ability.recapName(),
                restriction == null ? JsonValue.Obj.EMPTY : restriction);
    }

    /** This object granting every ability ({@code *}/{@code *}, no restriction) on {@code resource}. */
    public Recap withAllCapabilities(LitResource resource) {
        InvalidInputException.requireNonNull("recap.resource", resource);
        return withAttenuation(resource.key(), "*", "*", JsonValue.Obj.EMPTY);
    }

    /**
     * This object merged with {@code other} (§3.5): proofs unioned (this object's first); a resource
     * only in {@code other} is taken as it is; for a shared resource, each of {@code other}'s abilities
     * replaces this object's list when that list is missing or holds only {@code {}}, and is appended
     * to it otherwise.
     */
    public Recap merge(Recap other) {
        InvalidInputException.requireNonNull("recap", other);
        TreeMap<String, SortedMap<String, List<JsonValue.Obj>>> att = new TreeMap<>(attenuations);
        for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> resource : other.attenuations.entrySet()) {
            SortedMap<String, List<JsonValue.Obj>> existing = att.get(resource.getKey());
            if (existing == null) {
                att.put(resource.getKey(), resource.getValue());
                continue;
            }
            TreeMap<String, List<JsonValue.Obj>> abilities = new TreeMap<>(existing);
            for (Map.Entry<String, List<JsonValue.Obj>> ability :
                    resource.getValue().entrySet()) {
                List<JsonValue.Obj> current = abilities.get(ability.getKey());
                if (current == null || current.stream().allMatch(JsonValue.Obj::isEmpty)) {
                    abilities.put(ability.getKey(), ability.getValue());
                } else {
                    List<JsonValue.Obj> appended = new ArrayList<>(current);
                    appended.addAll(ability.getValue());
                    abilities.put(ability.getKey(), appended);
                }
            }
            att.put(resource.getKey(), abilities);
        }
        List<String> mergedProofs = new ArrayList<>(proofs);
        for (String proof : other.proofs) {
            if (!mergedProofs.contains(proof)) {
                mergedProofs.add(proof);
            }
        }
        return new Recap(att, mergedProofs);
    }

    /**
     * The ReCap statement (§3.4): {@link #STATEMENT_PREFIX}, then for each resource in sorted order and
     * each namespace of its (sorted) ability keys, in first-appearance order, a section
     * {@code  (n) '<namespace>': '<name>', '<name>' for '<resource>'.}
     */
    public String statement() {
        StringBuilder out = new StringBuilder(STATEMENT_PREFIX);
        int section = 1;
        for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> resource : attenuations.entrySet()) {
            Map<String, List<String>> byNamespace = new LinkedHashMap<>();
            for (String abilityKey : resource.getValue().keySet()) {
                int slash = abilityKey.indexOf('/');
                byNamespace
                        .computeIfAbsent(abilityKey.substring(0, slash), ns -> new ArrayList<>())
                        .add(abilityKey.substring(slash + 1));
            }
            for (Map.Entry<String, List<String>> group : byNamespace.entrySet()) {
                out.append(" (")
                        .append(section++)
                        .append(") '")
                        .append(group.getKey())
                        .append("': ");
                for (int i = 0; i < group.getValue().size(); i++) {
                    out.append(i == 0 ? "'" : ", '")
                            .append(group.getValue().get(i))
                            .append('\'');
                }
                out.append(" for '").append(resource.getKey()).append("'.");
            }
        }
        return out.toString();
    }

    /**
     * True if this object grants {@code ability} on {@code resource} (§3.2, node spec §2.8): the ability
     * must be valid on the resource; the attenuation key is {@code <prefix>://*} when present —
     * exclusively, without falling back — else the resource's own key; under it, the ability key
     * {@link #ANY_ABILITY} or exactly the ability's ReCap key grants. Restrictions are not consulted.
     */
    public boolean verifyCapabilitiesForResource(LitResource resource, LitAbility ability) {
        InvalidInputException.requireNonNull("resource", resource);
        InvalidInputException.requireNonNull("ability", ability);
        if (!ability.isValidOn(resource)) {
            return false;
        }
        SortedMap<String, List<JsonValue.Obj>> abilities = attenuations.get(resource.wildcardKey());
        if (abilities == null) {
            abilities = attenuations.get(resource.key());
        }
        return abilities != null
                && (abilities.containsKey(ANY_ABILITY) || abilities.containsKey(ability.recapAbilityKey()));
    }

    /** The canonical (RFC 8785) JSON {@code {"att":…,"prf":[…]}} that the URN encodes. */
    public String toCanonicalJson() {
        return Jcs.canonicalize(toJsonValue());
    }

    /** The {@code urn:recap:…} SIWE resource of this object; see {@link RecapUrn#encode}. */
    public String encode() {
        return RecapUrn.encode(this);
    }

    JsonValue toJsonValue() {
        JsonValue.Obj.Builder att = JsonValue.Obj.builder();
        for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> resource : attenuations.entrySet()) {
            JsonValue.Obj.Builder abilities = JsonValue.Obj.builder();
            for (Map.Entry<String, List<JsonValue.Obj>> ability :
                    resource.getValue().entrySet()) {
                abilities.put(ability.getKey(), new JsonValue.Arr(List.copyOf(ability.getValue())));
            }
            att.put(resource.getKey(), abilities.build());
        }
        return JsonValue.Obj.builder()
                .put("att", att.build())
                .put("prf", JsonValue.ofStrings(proofs))
                .build();
    }

    private static SortedMap<String, List<JsonValue.Obj>> copyAbilities(
            String resource, SortedMap<String, List<JsonValue.Obj>> abilities) {
        String field = "recap.att[\"" + resource + "\"]";
        if (resource == null || !UriSyntax.isUri(resource)) {
            throw new InvalidInputException("recap.att", "resource \"" + resource + "\" is not a URI");
        }
        if (abilities == null || abilities.isEmpty()) {
            throw new InvalidInputException(field, "has no abilities; expected at least one <namespace>/<name>");
        }
        TreeMap<String, List<JsonValue.Obj>> copy = new TreeMap<>();
        for (Map.Entry<String, List<JsonValue.Obj>> ability : abilities.entrySet()) {
            String abilityKey = ability.getKey();
            if (abilityKey == null || !ABILITY_KEY.matcher(abilityKey).matches()) {
                throw new InvalidInputException(
                        field,
                        "invalid ability key \"" + abilityKey
                                + "\"; expected <namespace>/<name>, each of a-z A-Z 0-9 . * _ + -");
            }
            List<JsonValue.Obj> restrictions = ability.getValue();
            if (restrictions == null || restrictions.isEmpty()) {
                throw new InvalidInputException(
                        field + "[\"" + abilityKey + "\"]",
                        "empty restriction list;" + " expected at least one object ([{}] for no restriction)");
            }
            for (JsonValue.Obj restriction : restrictions) {
                InvalidInputException.requireNonNull(field + "[\"" + abilityKey + "\"] restriction", restriction);
            }
            copy.put(abilityKey, List.copyOf(restrictions));
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static void requireAbilityPart(String field, String part) {
        InvalidInputException.requireNonNull(field, part);
        if (!ABILITY_PART.matcher(part).matches()) {
            throw new InvalidInputException(
                    field, "invalid ability part \"" + part + "\"; expected one or more of a-z A-Z 0-9 . * _ + -");
        }
    }
}
