package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.pkp.SigningSubset;
import java.util.ArrayList;
import java.util.List;

/**
 * A Naga request's {@code nodeSet} (operations spec §5.7): {@code [{"socketAddress":"ip:port","value":1},…]},
 * the peers the client sent the request to, which sign together ({@code threshold = nodeSet.length}).
 */
final class NodeSet {
    private NodeSet() {}

    /**
     * The request's {@code nodeSet} as the signing subset of the network's nodes.
     *
     * @throws LitNodeError HTTP 422 if it is missing or malformed (the node's body guard); 400 if it names an
     *     address that is no node of this network, or one twice
     */
    static SigningSubset read(JsonObject body, NodeContext node) {
        JsonElement element = body.get("nodeSet");
        if (element == null || !element.isJsonArray()) {
            throw NodeRequest.invalidBody(
                    element == null
                            ? "missing field `nodeSet`"
                            : "invalid type for `nodeSet`: expected a sequence of {socketAddress, value}, found "
                                    + element);
        }
        JsonArray array = element.getAsJsonArray();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement entry = array.get(i);
            JsonElement address = entry.isJsonObject() ? entry.getAsJsonObject().get("socketAddress") : null;
            if (address == null
                    || !address.isJsonPrimitive()
                    || !address.getAsJsonPrimitive().isString()) {
                throw NodeRequest.invalidBody("nodeSet[" + i + "]: expected {\"socketAddress\":\"ip:port\","
                        + "\"value\":1}, found " + entry);
            }
            List<String> addresses = node.nodeAddresses().get();
            int index = addresses.indexOf(address.getAsString());
            if (index < 0 || indices.contains(index)) {
                throw LitNodeError.uncoded(
                                ErrorKind.VALIDATION,
                                "nodeSet[" + i + "]: " + address.getAsString()
                                        + (index < 0
                                                ? " is not a node of this network " + addresses
                                                : " is listed twice"))
                        .withStatus(400);
            }
            indices.add(index);
        }
        if (indices.isEmpty()) {
            throw LitNodeError.uncoded(ErrorKind.VALIDATION, "nodeSet is empty: it must list the nodes that sign")
                    .withStatus(400);
        }
        return new SigningSubset(indices.stream().sorted().toList());
    }
}
