package dev.lit4j.network.action;

import dev.lit4j.domain.LitException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The node side of one run's {@code Lit.Actions}: the private object {@code lit-action-runtime.js} calls.
 * It keeps the run's response and logs and passes signing calls to the run's {@link LitActionHost}. Each
 * call returns null on success or the message of the {@code Error} the runtime throws into the action.
 */
final class ActionBridge implements ProxyObject {
    private final LitActionHost host;
    private final int maxResponseLength;
    private final StringBuffer logs = new StringBuffer();
    private final Map<String, ProxyExecutable> members;
    private volatile String response = "";

    ActionBridge(LitActionHost host, int maxResponseLength) {
        this.host = host;
        this.maxResponseLength = maxResponseLength;
        this.members = Map.of(
                "log",
                        args -> {
                            logs.append(args[0].asString()).append('\n');
                            return null;
                        },
                "utf8", args -> new String(bytes(args[0]), StandardCharsets.UTF_8),
                "setResponse", args -> setResponse(args[0].asString()),
                "signEcdsa",
                        args -> served(() -> host.signEcdsa(bytes(args[0]), args[1].asString(), args[2].asString())),
                "ethPersonalSignMessageEcdsa",
                        args -> served(() -> host.ethPersonalSignMessageEcdsa(
                                bytes(args[0]), args[1].asString(), args[2].asString())),
                "claimKey", args -> served(() -> host.claimKey(args[0].asString())));
    }

    /** The response set so far; {@code ""} if none. */
    String response() {
        return response;
    }

    /** The log lines so far, each ending in {@code \n}. */
    String logs() {
        return logs.toString();
    }

    private String setResponse(String value) {
        if (value.length() > maxResponseLength) {
            return "Response is too long: " + value.length() + " characters, at most " + maxResponseLength
                    + " are allowed";
        }
        response = value;
        return null;
    }

    private static String served(Runnable call) {
        try {
            call.run();
            return null;
        } catch (LitException e) {
            return e.getMessage();
        }
    }

    // the runtime passes byte arrays as plain JS arrays of numbers 0..255
    private static byte[] bytes(Value array) {
        byte[] out = new byte[(int) array.getArraySize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) array.getArrayElement(i).asInt();
        }
        return out;
    }

    @Override
    public Object getMember(String key) {
        return members.get(key);
    }

    @Override
    public Object getMemberKeys() {
        return members.keySet().toArray(String[]::new);
    }

    @Override
    public boolean hasMember(String key) {
        return members.containsKey(key);
    }

    @Override
    public void putMember(String key, Value value) {
        throw new UnsupportedOperationException("the action bridge is read-only");
    }
}
