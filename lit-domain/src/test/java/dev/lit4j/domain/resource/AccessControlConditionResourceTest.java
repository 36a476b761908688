package dev.lit4j.domain.resource;

import static dev.lit4j.domain.resource.AccessControlConditionResource.Kind.EVM_BASIC;
import static dev.lit4j.domain.resource.AccessControlConditionResource.Kind.EVM_CONTRACT;
import static dev.lit4j.domain.resource.AccessControlConditionResource.Kind.SOL_RPC;
import static dev.lit4j.domain.resource.AccessControlConditionResource.Kind.UNIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccessControlConditionResourceTest {
    // client spec §2.4
    private static final String SPEC_CONDITIONS =
            "[{\"contractAddress\":\"\",\"chain\":\"ethereum\",\"standardContractType\":"
                    + "\"\",\"method\":\"eth_getBalance\",\"parameters\":[\":userAddress\",\"latest\"],\"returnValueTest\":"
                    + "{\"comparator\":\">=\",\"value\":\"0\"}}]";
    private static final String SPEC_HASH = "53b01f820c82e86d7e4cd804b8a6f68682221eeb7df76fd43ee777c8caab5628";
    private static final String V2_NEEDS = "a v2 Solana RPC condition (one with pdaParams, or any in unified"
            + " conditions) needs pdaInterface {offset, fields} and pdaKey";
    private static final String HELLO_LIT_HASH = "77de0fc5f98095b9db6ab72e00ae93ee1d2af94f9fee25c3d3b95cc3bd5da4d0";

    private static final String BALANCE =
            "{\"contractAddress\":\"\",\"chain\":\"polygon\",\"standardContractType\":\"\","
                    + "\"method\":\"eth_getBalance\",\"parameters\":[\":userAddress\",\"latest\"],\"returnValueTest\":"
                    + "{\"comparator\":\">=\",\"value\":\"0\"}}";
    private static final String IS_ADDRESS =
            "{\"contractAddress\":\"\",\"chain\":\"ethereum\",\"standardContractType\":"
                    + "\"\",\"method\":\"\",\"parameters\":[\":userAddress\"],\"returnValueTest\":{\"comparator\":\"=\",\"value\":"
                    + "\"0x50e2dac5e78B5905CB09495547452cEE64426db2\"}}";

    @Test
    void hashesTheSpecVector() {
        assertEquals(SPEC_CONDITIONS, AccessControlConditionResource.canonicalJson(EVM_BASIC, SPEC_CONDITIONS));
        assertEquals(SPEC_HASH, AccessControlConditionResource.conditionsHash(EVM_BASIC, SPEC_CONDITIONS));
        assertEquals(
                "lit-accesscontrolcondition://" + SPEC_HASH + "/" + HELLO_LIT_HASH,
                AccessControlConditionResource.resource(EVM_BASIC, SPEC_CONDITIONS, HELLO_LIT_HASH)
                        .key());
    }

    @Test
    void evmBasicKeepsOnlyKnownFieldsInOrderWithOperatorsAndNestedGroups() {
        String input = "[{\"conditionType\":\"evmBasic\",\"chain\":\"ethereum\",\"contractAddress\":\"0xA\","
                + "\"standardContractType\":\"ERC20\",\"method\":\"balanceOf\",\"parameters\":[\":userAddress\"],"
                + "\"returnValueTest\":{\"value\":\"1\",\"comparator\":\">\",\"key\":\"ignored\"},\"extra\":1},"
                + "{\"operator\":\"or\",\"x\":1},[" + BALANCE + ",{\"operator\":\"and\"}," + IS_ADDRESS + "]]";
        String expected = "[{\"contractAddress\":\"0xA\",\"chain\":\"ethereum\",\"standardContractType\":\"ERC20\","
                + "\"method\":\"balanceOf\",\"parameters\":[\":userAddress\"],\"returnValueTest\":{\"comparator\":\">\","
                + "\"value\":\"1\"}},{\"operator\":\"or\"},[" + BALANCE + ",{\"operator\":\"and\"}," + IS_ADDRESS
                + "]]";
        assertEquals(expected, AccessControlConditionResource.canonicalJson(EVM_BASIC, input));
    }

    @Test
    void dropsAbsentFieldsAsJsonStringifyDropsUndefined() {
        assertEquals(
                "[{\"chain\":\"ethereum\",\"returnValueTest\":{\"comparator\":\"=\"}}]",
                AccessControlConditionResource.canonicalJson(
                        EVM_BASIC, "[{\"returnValueTest\":{\"comparator\":\"=\"},\"chain\":\"ethereum\"}]"));
    }

    @Test
    void reEmitsValuesExactlyAsJavaScriptWould() {
        String input = "[{\"chain\":\"e\\u0301\",\"parameters\":[1.0,2e21,{\"b\":true,\"1\":null}],"
                + "\"returnValueTest\":{\"comparator\":\"=\",\"value\":0.50}}]";
        assertEquals(
                "[{\"chain\":\"e\u0301\",\"parameters\":[1,2e+21,{\"1\":null,\"b\":true}],"
                        + "\"returnValueTest\":{\"comparator\":\"=\",\"value\":0.5}}]",
                AccessControlConditionResource.canonicalJson(EVM_BASIC, input));
    }

    @Test
    void evmContractCanonicalizesTheAbiAndDefaultsConstantToFalse() {
        String input =
                "[{\"contractAddress\":\"0xb71a679cfff330591d556c4b9f21c7739ca9590c\",\"functionName\":\"members\","
                        + "\"functionParams\":[\":userAddress\"],\"functionAbi\":{\"constant\":true,\"inputs\":[{\"name\":\"\","
                        + "\"type\":\"address\",\"internalType\":\"address\"}],\"name\":\"members\",\"outputs\":[{\"name\":"
                        + "\"delegateKey\",\"type\":\"address\"},{\"name\":\"shares\",\"type\":\"uint256\"}],\"payable\":false,"
                        + "\"stateMutability\":\"view\",\"type\":\"function\"},\"chain\":\"xdai\",\"returnValueTest\":{\"key\":"
                        + "\"shares\",\"comparator\":\">=\",\"value\":\"1\"}},{\"operator\":\"and\"},{\"contractAddress\":\"0xc\","
                        + "\"functionName\":\"f\",\"functionParams\":[],\"functionAbi\":{\"name\":\"f\",\"inputs\":[],\"outputs\":[],"
                        + "\"stateMutability\":\"pure\"},\"chain\":\"ethereum\",\"returnValueTest\":{\"comparator\":\"=\","
                        + "\"value\":\"true\",\"key\":\"\"}}]";
        String expected = "[{\"contractAddress\":\"0xb71a679cfff330591d556c4b9f21c7739ca9590c\",\"functionName\":"
                + "\"members\",\"functionParams\":[\":userAddress\"],\"functionAbi\":{\"name\":\"members\",\"inputs\":"
                + "[{\"name\":\"\",\"type\":\"address\"}],\"outputs\":[{\"name\":\"delegateKey\",\"type\":\"address\"},"
                + "{\"name\":\"shares\",\"type\":\"uint256\"}],\"constant\":true,\"stateMutability\":\"view\"},\"chain\":"
                + "\"xdai\",\"returnValueTest\":{\"key\":\"shares\",\"comparator\":\">=\",\"value\":\"1\"}},{\"operator\":"
                + "\"and\"},{\"contractAddress\":\"0xc\",\"functionName\":\"f\",\"functionParams\":[],\"functionAbi\":"
                + "{\"name\":\"f\",\"inputs\":[],\"outputs\":[],\"constant\":false,\"stateMutability\":\"pure\"},"
                + "\"chain\":\"ethereum\",\"returnValueTest\":{\"key\":\"\",\"comparator\":\"=\",\"value\":\"true\"}}]";
        assertEquals(expected, AccessControlConditionResource.canonicalJson(EVM_CONTRACT, input));
    }

    @Test
    void solRpcV1WithoutPdaParams() {
        String input =
                "[{\"chain\":\"solana\",\"method\":\"getBalance\",\"params\":[\":userAddress\"],\"pdaKey\":\"k\","
                        + "\"returnValueTest\":{\"value\":\"100000000\",\"comparator\":\">=\",\"key\":\"\"}}]";
        assertEquals(
                "[{\"method\":\"getBalance\",\"params\":[\":userAddress\"],\"chain\":\"solana\",\"returnValueTest\":"
                        + "{\"key\":\"\",\"comparator\":\">=\",\"value\":\"100000000\"}}]",
                AccessControlConditionResource.canonicalJson(SOL_RPC, input));
    }

    @Test
    void solRpcV2WithPdaParams() {
        String input =
                "[{\"method\":\"balanceOfMetaplexCollection\",\"params\":[\"FfyafED6kiJUFwEhogyTRQHiL6NguqNg9xcdeoyyJs33\"],"
                        + "\"pdaParams\":[],\"pdaKey\":\"\",\"pdaInterface\":{\"fields\":{},\"offset\":0,\"x\":1},\"chain\":\"solana\","
                        + "\"returnValueTest\":{\"key\":\"\",\"comparator\":\">\",\"value\":\"0\"}}]";
        assertEquals(
                "[{\"method\":\"balanceOfMetaplexCollection\",\"params\":[\"FfyafED6kiJUFwEhogyTRQHiL6NguqNg9xcdeoyyJs33\"],"
                        + "\"pdaParams\":[],\"pdaInterface\":{\"offset\":0,\"fields\":{}},\"pdaKey\":\"\",\"chain\":\"solana\","
                        + "\"returnValueTest\":{\"key\":\"\",\"comparator\":\">\",\"value\":\"0\"}}]",
                AccessControlConditionResource.canonicalJson(SOL_RPC, input));
    }

    @Test
    void unifiedDispatchesOnConditionTypeAndDropsIt() {
        String input = "[{\"conditionType\":\"cosmos\",\"path\":\"/cosmos/bank/v1beta1/balances/:userAddress\","
                + "\"chain\":\"cosmos\",\"returnValueTest\":{\"key\":\"$.balances[0].amount\",\"comparator\":\">=\","
                + "\"value\":\"1000000\"}},{\"operator\":\"or\"},{\"conditionType\":\"solRpc\",\"method\":\"getBalance\","
                + "\"params\":[\":userAddress\"],\"pdaParams\":[],\"pdaInterface\":{\"offset\":0,\"fields\":{}},"
                + "\"pdaKey\":\"\",\"chain\":\"solana\",\"returnValueTest\":{\"key\":\"\",\"comparator\":\">=\","
                + "\"value\":\"1\"}},{\"operator\":\"or\"},[{\"conditionType\":\"evmBasic\",\"contractAddress\":\"\","
                + "\"standardContractType\":\"\",\"chain\":\"ethereum\",\"method\":\"\",\"parameters\":[\":userAddress\"],"
                + "\"returnValueTest\":{\"comparator\":\"=\",\"value\":\"0x50e2dac5e78B5905CB09495547452cEE64426db2\"}},"
                + "{\"operator\":\"and\"},{\"conditionType\":\"evmContract\",\"contractAddress\":\"0xc\",\"functionName\":"
                + "\"f\",\"functionParams\":[],\"functionAbi\":{\"name\":\"f\",\"inputs\":[],\"outputs\":[]},\"chain\":"
                + "\"ethereum\",\"returnValueTest\":{\"key\":\"\",\"comparator\":\"=\",\"value\":\"1\"}},"
                + "{\"operator\":\"and\"},{\"conditionType\":\"cosmos\",\"path\":\"/p\",\"chain\":\"cosmos\","
                + "\"method\":\"m\",\"parameters\":[\"a\"],\"returnValueTest\":{\"key\":\"k\",\"comparator\":\"=\","
                + "\"value\":\"v\"}}]]";
        String expected = "[{\"path\":\"/cosmos/bank/v1beta1/balances/:userAddress\",\"chain\":\"cosmos\","
                + "\"returnValueTest\":{\"key\":\"$.balances[0].amount\",\"comparator\":\">=\",\"value\":\"1000000\"}},"
                + "{\"operator\":\"or\"},{\"method\":\"getBalance\",\"params\":[\":userAddress\"],\"pdaParams\":[],"
                + "\"pdaInterface\":{\"offset\":0,\"fields\":{}},\"pdaKey\":\"\",\"chain\":\"solana\",\"returnValueTest\":"
                + "{\"key\":\"\",\"comparator\":\">=\",\"value\":\"1\"}},{\"operator\":\"or\"},[" + IS_ADDRESS + ","
                + "{\"operator\":\"and\"},{\"contractAddress\":\"0xc\",\"functionName\":\"f\",\"functionParams\":[],"
                + "\"functionAbi\":{\"name\":\"f\",\"inputs\":[],\"outputs\":[],\"constant\":false},\"chain\":\"ethereum\","
                + "\"returnValueTest\":{\"key\":\"\",\"comparator\":\"=\",\"value\":\"1\"}},{\"operator\":\"and\"},"
                + "{\"path\":\"/p\",\"chain\":\"cosmos\",\"method\":\"m\",\"parameters\":[\"a\"],\"returnValueTest\":"
                + "{\"key\":\"k\",\"comparator\":\"=\",\"value\":\"v\"}}]]";
        assertEquals(expected, AccessControlConditionResource.canonicalJson(UNIFIED, input));
    }

    @Test
    void unifiedSolRpcWithoutPdaParamsDropsThem() {
        String input = "[{\"conditionType\":\"solRpc\",\"method\":\"m\",\"params\":[],\"pdaInterface\":{\"offset\":1,"
                + "\"fields\":{\"a\":2}},\"pdaKey\":\"k\",\"chain\":\"solana\",\"returnValueTest\":{\"key\":\"\","
                + "\"comparator\":\"=\",\"value\":\"1\"}}]";
        assertEquals(
                "[{\"method\":\"m\",\"params\":[],\"pdaInterface\":{\"offset\":1,\"fields\":{\"a\":2}},"
                        + "\"pdaKey\":\"k\",\"chain\":\"solana\",\"returnValueTest\":{\"key\":\"\",\"comparator\":\"=\","
                        + "\"value\":\"1\"}}]",
                AccessControlConditionResource.canonicalJson(UNIFIED, input));
    }

    @Test
    void unifiedSolRpcAlwaysNeedsTheV2Fields() {
        String input = "[{\"conditionType\":\"solRpc\",\"method\":\"getBalance\",\"params\":[],\"chain\":\"solana\","
                + "\"returnValueTest\":{\"key\":\"\",\"comparator\":\">=\",\"value\":\"1\"}}]";
        assertFailure(UNIFIED, input, "unifiedAccessControlConditions[0]: " + V2_NEEDS);
    }

    @Test
    void solRpcV2NeedsPdaKeyAndInterfaceFields() {
        assertFailure(
                SOL_RPC,
                "[{\"pdaParams\":[],\"pdaInterface\":{\"offset\":0,\"fields\":{}},\"returnValueTest\":{}}]",
                "solRpcConditions[0]: " + V2_NEEDS);
        assertFailure(
                SOL_RPC,
                "[{\"pdaParams\":[],\"pdaKey\":\"\",\"pdaInterface\":{\"offset\":0},\"returnValueTest\":{}}]",
                "solRpcConditions[0]: " + V2_NEEDS);
        assertFailure(
                SOL_RPC,
                "[{\"pdaParams\":[],\"pdaKey\":\"\",\"pdaInterface\":7,\"returnValueTest\":{}}]",
                "solRpcConditions[0].pdaInterface: expected an object, found number");
    }

    @Test
    void rejectsMissingOrUnknownConditionType() {
        assertFailure(
                UNIFIED,
                "[{\"returnValueTest\":{}}]",
                "unifiedAccessControlConditions[0].conditionType: is"
                        + " missing; expected solRpc, evmBasic, evmContract or cosmos");
        assertFailure(
                UNIFIED,
                "[{\"operator\":\"or\"},[{\"conditionType\":\"evm\",\"returnValueTest\":{}}]]",
                "unifiedAccessControlConditions[1][0].conditionType: unknown condition type \"evm\"; expected solRpc,"
                        + " evmBasic, evmContract or cosmos");
        assertFailure(
                UNIFIED,
                "[{\"conditionType\":7,\"returnValueTest\":{}}]",
                "unifiedAccessControlConditions[0].conditionType: unknown condition type 7; expected solRpc, evmBasic,"
                        + " evmContract or cosmos");
    }

    @Test
    void rejectsItemsThatAreNeitherConditionsNorOperators() {
        assertFailure(
                EVM_BASIC,
                "[{\"chain\":\"ethereum\"}]",
                "accessControlConditions[0]: neither an operator"
                        + " (\"operator\") nor a condition (\"returnValueTest\")");
        assertFailure(EVM_BASIC, "[[\"x\"]]", "accessControlConditions[0][0]: expected an object, found string");
        assertFailure(EVM_BASIC, "[null]", "accessControlConditions[0]: expected an object, found null");
    }

    @Test
    void rejectsMalformedParts() {
        assertFailure(
                EVM_BASIC,
                "[{\"returnValueTest\":\"x\"}]",
                "accessControlConditions[0].returnValueTest: expected an object, found string");
        assertFailure(EVM_CONTRACT, "[{\"returnValueTest\":{}}]", "evmContractConditions[0].functionAbi: is missing");
        assertFailure(
                EVM_CONTRACT,
                "[{\"functionAbi\":{\"inputs\":{}},\"returnValueTest\":{}}]",
                "evmContractConditions[0].functionAbi.inputs: expected an array of {name, type}, found object");
        assertFailure(
                EVM_CONTRACT,
                "[{\"functionAbi\":{\"inputs\":[]},\"returnValueTest\":{}}]",
                "evmContractConditions[0].functionAbi.outputs: expected an array of {name, type}, found nothing");
    }

    @Test
    void rejectsAnythingButANonEmptyArray() {
        assertFailure(EVM_BASIC, "{}", "accessControlConditions: expected a JSON array of conditions, found object");
        assertFailure(UNIFIED, "[]", "unifiedAccessControlConditions: no conditions; at least one is required");
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> AccessControlConditionResource.canonicalJson(SOL_RPC, "[{"));
        assertTrue(e.getMessage().startsWith("solRpcConditions: not valid JSON: "), e.getMessage());
    }

    @Test
    void rejectsABadDataHash() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> AccessControlConditionResource.resource(EVM_BASIC, SPEC_CONDITIONS, "nothex"));
        assertEquals(
                "resource.id: invalid lit-accesscontrolcondition id \"" + SPEC_HASH + "/nothex\"; expected * or"
                        + " <sha256 hex of the conditions>/<dataToEncryptHash hex> (64 hex digits each)",
                e.getMessage());
    }

    private static void assertFailure(AccessControlConditionResource.Kind kind, String json, String message) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> AccessControlConditionResource.canonicalJson(kind, json));
        assertEquals(message, e.getMessage());
    }
}
