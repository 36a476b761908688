package dev.lit4j.domain.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.resource.AccessControlConditionResource;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import org.junit.jupiter.api.Test;

class AccessControlConditionsTest {
    private static final String EVM_BASIC = "[{\"chain\":\"ethereum\",\"method\":\"eth_getBalance\",\"parameters\":"
            + "[\":userAddress\",\"latest\"],\"contractAddress\":\"\",\"standardContractType\":\"\",\"returnValueTest\":"
            + "{\"value\":\"0\",\"comparator\":\">=\"},\"ignored\":1}]";
    private static final String EVM_CONTRACT = "[{\"contractAddress\":\"0x7C7757a9675f06F3BE4618bB68732c4aB25D2e88\","
            + "\"functionName\":\"balanceOf\",\"functionParams\":[\":userAddress\"],\"functionAbi\":{\"name\":"
            + "\"balanceOf\",\"inputs\":[{\"name\":\"a\",\"type\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":"
            + "\"uint256\"}],\"stateMutability\":\"view\"},\"chain\":\"ethereum\",\"returnValueTest\":{\"key\":\"\","
            + "\"comparator\":\">\",\"value\":\"0\"}}]";
    private static final String SOL_RPC = "[{\"method\":\"getBalance\",\"params\":[\":userAddress\"],\"chain\":"
            + "\"solana\",\"returnValueTest\":{\"key\":\"\",\"comparator\":\">=\",\"value\":\"1\"}}]";
    private static final String UNIFIED =
            "[{\"conditionType\":\"evmBasic\",\"contractAddress\":\"\",\"standardContractType\":"
                    + "\"\",\"chain\":\"base\",\"method\":\"\",\"parameters\":[\":userAddress\"],\"returnValueTest\":"
                    + "{\"comparator\":\"=\",\"value\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"}},{\"operator\":\"or\"},"
                    + "{\"conditionType\":\"solRpc\",\"method\":\"getBalance\",\"params\":[\":userAddress\"],\"pdaParams\":[],"
                    + "\"pdaInterface\":{\"offset\":0,\"fields\":{}},\"pdaKey\":\"\",\"chain\":\"solana\",\"returnValueTest\":"
                    + "{\"key\":\"\",\"comparator\":\">=\",\"value\":\"1\"}}]";

    @Test
    void eachKindHashesItsCanonicalFormAsTheResourceDoes() {
        String[][] cases = {
            {"accessControlConditions", EVM_BASIC},
            {"evmContractConditions", EVM_CONTRACT},
            {"solRpcConditions", SOL_RPC},
            {"unifiedAccessControlConditions", UNIFIED}
        };
        for (String[] c : cases) {
            Kind kind = Kind.fromFieldName(c[0]).orElseThrow();
            AccessControlConditions conditions =
                    AccessControlConditions.fromJson("conditions", "{\"" + c[0] + "\":" + c[1] + "}");
            assertEquals(kind, conditions.kind());
            assertEquals(AccessControlConditionResource.canonicalJson(kind, c[1]), conditions.canonicalJson());
            assertEquals(AccessControlConditionResource.conditionsHash(kind, c[1]), conditions.hash());
            assertEquals(conditions, AccessControlConditions.fromJson("again", conditions.toJson()));
        }
    }

    @Test
    void aBareArrayIsEvmBasicAndKeyOrderAndExtraFieldsDoNotMatter() {
        AccessControlConditions bare = AccessControlConditions.fromJson("conditions", EVM_BASIC);
        assertEquals(Kind.EVM_BASIC, bare.kind());
        assertEquals("53b01f820c82e86d7e4cd804b8a6f68682221eeb7df76fd43ee777c8caab5628", bare.hash());
    }

    @Test
    void theFirstChainIsFoundDepthFirst() {
        assertEquals(
                "base",
                AccessControlConditions.of(Kind.UNIFIED, "[[" + UNIFIED.substring(1) + "]")
                        .firstChain()
                        .orElseThrow());
    }

    @Test
    void ambiguousOrMissingKindsAreRefused() {
        assertEquals(
                "conditions: has both accessControlConditions and solRpcConditions; data is encrypted under"
                        + " exactly one list of conditions",
                assertThrows(
                                InvalidInputException.class,
                                () -> AccessControlConditions.fromJson(
                                        "conditions",
                                        "{\"accessControlConditions\":" + EVM_BASIC + ",\"solRpcConditions\":" + SOL_RPC
                                                + "}"))
                        .getMessage());
        assertEquals(
                "conditions: names no conditions; expected one of accessControlConditions, evmContractConditions,"
                        + " solRpcConditions, unifiedAccessControlConditions",
                assertThrows(
                                InvalidInputException.class,
                                () -> AccessControlConditions.fromJson("conditions", "{\"chain\":\"ethereum\"}"))
                        .getMessage());
        assertEquals(
                "conditions: expected a JSON array of conditions or an object with one of accessControlConditions,"
                        + " evmContractConditions, solRpcConditions, unifiedAccessControlConditions, found string",
                assertThrows(InvalidInputException.class, () -> AccessControlConditions.fromJson("conditions", "\"x\""))
                        .getMessage());
        assertEquals(
                "accessControlConditions: no conditions; at least one is required",
                assertThrows(InvalidInputException.class, () -> AccessControlConditions.fromJson("conditions", "[]"))
                        .getMessage());
    }
}
