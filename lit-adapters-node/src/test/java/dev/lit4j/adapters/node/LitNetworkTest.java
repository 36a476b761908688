package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The network constants of client spec §8.1. */
class LitNetworkTest {

    @Test
    void datilNetworksHaveTheirStakingContractsOnChronicleYellowstone() {
        assertEquals(
                Optional.of(new EthAddress("0xD4507CD392Af2c80919219d7896508728f6A623F")),
                LitNetwork.DATIL_DEV.stakingContract());
        assertEquals(
                Optional.of(new EthAddress("0xdec37933239846834b3BfD408913Ed3dbEf6588F")),
                LitNetwork.DATIL_TEST.stakingContract());
        assertEquals(
                Optional.of(new EthAddress("0x21d636d95eE71150c0c3Ffa79268c989a329d1CE")),
                LitNetwork.DATIL.stakingContract());
        assertEquals(Optional.empty(), LitNetwork.CUSTOM.stakingContract());
        assertEquals(175_188L, LitNetwork.CHRONICLE_YELLOWSTONE_CHAIN_ID);
        assertEquals(URI.create("https://yellowstone-rpc.litprotocol.com"), LitNetwork.CHRONICLE_YELLOWSTONE_RPC);
    }

    @Test
    void attestationIsRequiredOnDatilTestAndDatil() {
        assertFalse(LitNetwork.DATIL_DEV.attestationRequired());
        assertTrue(LitNetwork.DATIL_TEST.attestationRequired());
        assertTrue(LitNetwork.DATIL.attestationRequired());
        assertFalse(LitNetwork.CUSTOM.attestationRequired());
    }

    @Test
    void nodesAreReachedOverHttpsOnDatilAndHttpOnCustomNetworks() {
        assertEquals("https", LitNetwork.DATIL.defaultNodeScheme());
        assertEquals("http", LitNetwork.CUSTOM.defaultNodeScheme());
    }

    @Test
    void isFoundByItsJsName() {
        for (LitNetwork network : LitNetwork.values()) {
            assertEquals(network, LitNetwork.fromWireName(network.wireName()));
        }
        assertEquals("datil-test", LitNetwork.DATIL_TEST.wireName());
        assertEquals(
                "network: unknown network \"habanero\"; expected one of datil-dev, datil-test, datil, custom",
                assertThrows(InvalidInputException.class, () -> LitNetwork.fromWireName("habanero"))
                        .getMessage());
    }
}
