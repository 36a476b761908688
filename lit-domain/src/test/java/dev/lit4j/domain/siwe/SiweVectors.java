package dev.lit4j.domain.siwe;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SIWE texts and ReCap URNs of the known-answer files under {@code src/test/resources/vectors}. */
public final class SiweVectors {
    private static final Pattern RECAP_URN = Pattern.compile("urn:recap:[A-Za-z0-9_-]+");

    private SiweVectors() {}

    /** One vector file, parsed. */
    public static JsonElement file(String name) {
        try (InputStream in = SiweVectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test vector " + name);
            }
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EOA SIWE of session-sig-flow.json ({@code eoaAuthSig.signedMessage}). */
    public static String eoaSiwe() {
        return file("session-sig-flow.json")
                .getAsJsonObject()
                .getAsJsonObject("eoaAuthSig")
                .get("signedMessage")
                .getAsString();
    }

    /** The capacity-delegation SIWE of siwe-recap-js.json. */
    public static String capacityDelegationSiwe() {
        return file("siwe-recap-js.json")
                .getAsJsonObject()
                .getAsJsonObject("capacityDelegation")
                .getAsJsonObject("authSig")
                .get("signedMessage")
                .getAsString();
    }

    /** The {@code createSiweMessageWithRecaps} output of siwe-recap-js.json. */
    public static String siweWithRecaps() {
        return file("siwe-recap-js.json")
                .getAsJsonObject()
                .getAsJsonObject("siweWithRecaps")
                .get("message")
                .getAsString();
    }

    /** The SIWE the nodes signed in bls-session-key-responses.json (all three responses carry the same). */
    public static String nodePkpSiwe() {
        Set<String> texts = new LinkedHashSet<>();
        for (JsonElement response : file("bls-session-key-responses.json").getAsJsonArray()) {
            texts.add(response.getAsJsonObject().get("siweMessage").getAsString());
        }
        if (texts.size() != 1) {
            throw new IllegalStateException("expected one SIWE across the responses, got " + texts.size());
        }
        return texts.iterator().next();
    }

    /** The distinct capability SIWEs inside datil-session-sigs-sample.json (a delegation and a PKP one). */
    public static List<String> datilCapabilitySiwes() {
        Set<String> texts = new LinkedHashSet<>();
        for (Map.Entry<String, JsonElement> node :
                file("datil-session-sigs-sample.json").getAsJsonObject().entrySet()) {
            String signedMessage =
                    node.getValue().getAsJsonObject().get("signedMessage").getAsString();
            JsonObject message = JsonParser.parseString(signedMessage).getAsJsonObject();
            for (JsonElement capability : message.getAsJsonArray("capabilities")) {
                texts.add(capability.getAsJsonObject().get("signedMessage").getAsString());
            }
        }
        return new ArrayList<>(texts);
    }

    /** Every SIWE text in the vectors. */
    public static List<String> allSiwes() {
        List<String> all = new ArrayList<>();
        all.add(eoaSiwe());
        all.add(capacityDelegationSiwe());
        all.add(siweWithRecaps());
        all.add(nodePkpSiwe());
        all.addAll(datilCapabilitySiwes());
        return all;
    }

    /** Every ReCap URN in the vectors, including the bare ones of session-sig-flow.json. */
    public static List<String> allRecapUrns() {
        Set<String> urns = new LinkedHashSet<>();
        JsonObject recap = file("session-sig-flow.json").getAsJsonObject().getAsJsonObject("recap");
        urns.add(recap.get("empty").getAsString());
        urns.add(recap.get("pkpAndLitAction").getAsString());
        for (String siwe : allSiwes()) {
            Matcher matcher = RECAP_URN.matcher(siwe);
            while (matcher.find()) {
                urns.add(matcher.group());
            }
        }
        return new ArrayList<>(urns);
    }
}
