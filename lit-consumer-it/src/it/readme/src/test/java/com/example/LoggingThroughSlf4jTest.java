package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.HttpNodeTransport;
import dev.lit4j.adapters.node.NodeTransportConfig;
import dev.lit4j.network.LocalLitNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * With slf4j-jdk-platform-logging on the class path, Lit4j's System.Logger records reach SLF4J (here
 * slf4j-simple, writing to the file the POM names), under the logging class's name.
 */
class LoggingThroughSlf4jTest {
    @Test
    void aNodeLeftOutIsLoggedThroughSlf4j() throws Exception {
        try (LocalLitNetwork network = LocalLitNetwork.builder().nodeCount(3).build()) {
            network.node(2).faults().down();
            HttpNodeTransport.create(NodeTransportConfig.custom(network.nodeUrls()).build()).reconnect();

            String log = Files.readString(Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")));
            String expected = "WARN dev.lit4j.adapters.node.HttpNodeTransport - left out of the custom network: "
                    + network.nodeUrls().get(2);
            assertTrue(log.contains(expected), "expected «" + expected + "» in:\n" + log);
        }
    }
}
