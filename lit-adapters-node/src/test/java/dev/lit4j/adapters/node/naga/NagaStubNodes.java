package dev.lit4j.adapters.node.naga;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A JUnit extension that starts {@link NagaStubNode}s before each test and stops them after it. */
final class NagaStubNodes implements BeforeEachCallback, AfterEachCallback {
    private final int count;
    private final List<NagaStubNode> nodes = new ArrayList<>();

    NagaStubNodes(int count) {
        this.count = count;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        for (int i = 0; i < count; i++) {
            add();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        nodes.forEach(NagaStubNode::close);
        nodes.clear();
    }

    /** Starts one more node. */
    NagaStubNode add() {
        try {
            NagaStubNode node = new NagaStubNode();
            nodes.add(node);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NagaStubNode get(int index) {
        return nodes.get(index);
    }

    /** The node at {@code url}. */
    NagaStubNode at(String url) {
        return nodes.stream().filter(node -> node.url().equals(url)).findFirst().orElseThrow();
    }

    List<NagaStubNode> all() {
        return List.copyOf(nodes);
    }

    List<String> urls() {
        return nodes.stream().map(NagaStubNode::url).toList();
    }
}
