package dev.lit4j.network.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.network.keys.SeedSequence;
import dev.lit4j.testkit.fakes.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON-RPC answers, for the exact requests the JS SDK 7.4 (ethers 5) sends and for bad ones. */
class ChainJsonRpcTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2025-01-15T10:00:00Z"));
    private final LocalChain chain = new LocalChain(new SeedSequence(7), clock);
    private final StakingContractView view = new StakingContractView(
            Instant.parse("2025-01-15T10:00:00Z"),
            1,
            List.of(new StakingContractView.Validator(
                    StakingContractView.Validator.LOOPBACK,
                    7470,
                    new EthAddress("0x1111111111111111111111111111111111111111"))));
    private final ChainJsonRpc rpc = new ChainJsonRpc(chain, view);

    private String answer(String request) {
        return rpc.answer(JsonParser.parseString(request)).toString();
    }

    @Test
    void chainIdIsChronicleYellowstones() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":\"0x2ac54\"}",
                answer("{\"method\":\"eth_chainId\",\"params\":[],\"id\":42,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void blockNumberIsTheLatestBlock() {
        clock.advance(Duration.ofSeconds(12));
        chain.mine();

        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":44,\"result\":\"0x1\"}",
                answer("{\"method\":\"eth_blockNumber\",\"params\":[],\"id\":44,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void callOfTheStakingViewReturnsTheValidators() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":43,\"result\":\"" + view.returnData() + "\"}",
                answer("{\"method\":\"eth_call\",\"params\":[{\"to\":\"0xd4507cd392af2c80919219d7896508728f6a623f\","
                        + "\"data\":\"0xc51d020e\"},\"latest\"],\"id\":43,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void callOfAnotherAddressReturnsNothingAsWithoutCode() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x\"}",
                answer("{\"method\":\"eth_call\",\"params\":[{\"to\":\"0x1111111111111111111111111111111111111111\","
                        + "\"data\":\"0xc51d020e\"}],\"id\":1,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void callOfAnotherStakingFunctionReverts() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":3,\"message\":\"execution reverted: the local"
                        + " Staking contract answers only getActiveUnkickedValidatorStructsAndCounts() (0xc51d020e), not call"
                        + " data 0x12345678\"}}",
                answer("{\"method\":\"eth_call\",\"params\":[{\"to\":\"0xD4507CD392Af2c80919219d7896508728f6A623F\","
                        + "\"data\":\"0x12345678\"},\"latest\"],\"id\":1,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void callAtABlockBeyondTheLatestIsInvalid() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"invalid params: eth_call:"
                        + " block 0x5 is beyond the latest block 0x0\"}}",
                answer("{\"method\":\"eth_call\",\"params\":[{\"to\":\"0xd4507cd392af2c80919219d7896508728f6a623f\","
                        + "\"data\":\"0xc51d020e\"},\"0x5\"],\"id\":1,\"jsonrpc\":\"2.0\"}"));
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"invalid params: eth_call:"
                        + " expected a block number (0x…) or one of [earliest, finalized, latest, pending, safe], got"
                        + " \\\"yesterday\\\"\"}}",
                answer("{\"method\":\"eth_call\",\"params\":[{\"to\":\"0xd4507cd392af2c80919219d7896508728f6a623f\","
                        + "\"data\":\"0xc51d020e\"},\"yesterday\"],\"id\":1,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void callWithABadAddressIsInvalid() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"invalid params: eth_call:"
                        + " \\\"to\\\" must be 0x and 40 hex digits, got \\\"0xd450\\\"\"}}",
                answer("{\"method\":\"eth_call\",\"params\":[{\"to\":\"0xd450\",\"data\":\"0xc51d020e\"}],\"id\":1,"
                        + "\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void logsOfTheStakingContractAreNone() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":45,\"result\":[]}",
                answer("{\"method\":\"eth_getLogs\",\"params\":[{\"fromBlock\":\"0x0\",\"toBlock\":\"0x0\","
                        + "\"address\":\"0xd4507cd392af2c80919219d7896508728f6a623f\",\"topics\":["
                        + "\"0x551dc40198cc79684bb69e4931dba4ac16e4598792ee1c0a5000aeea366d7bb6\"]}],\"id\":45,"
                        + "\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void logsOfAnUnknownBlockHashAreInvalid() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32602,\"message\":\"invalid params:"
                        + " eth_getLogs: unknown block \\\"0x" + "00".repeat(32) + "\\\"\"}}",
                answer("{\"method\":\"eth_getLogs\",\"params\":[{\"blockHash\":\"0x" + "00".repeat(32) + "\"}],"
                        + "\"id\":2,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void anyOtherMethodIsNotFoundAndTheAnswerNamesTheMethodsThereAre() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"error\":{\"code\":-32601,\"message\":\"the method"
                        + " eth_sendRawTransaction does not exist/is not available: this local chain answers eth_chainId,"
                        + " eth_blockNumber, eth_call and eth_getLogs\"}}",
                answer(
                        "{\"method\":\"eth_sendRawTransaction\",\"params\":[\"0x00\"],\"id\":\"a\",\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void wrongParameterCountsAreInvalid() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"invalid params:"
                        + " eth_chainId takes 0 parameters, got 1\"}}",
                answer("{\"method\":\"eth_chainId\",\"params\":[1],\"id\":1,\"jsonrpc\":\"2.0\"}"));
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32602,\"message\":\"invalid params:"
                        + " eth_call takes 1 to 2 parameters, got 0\"}}",
                answer("{\"method\":\"eth_call\",\"id\":1,\"jsonrpc\":\"2.0\"}"));
    }

    @Test
    void malformedRequestsAreInvalidRequests() {
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"invalid request:"
                        + " expected a JSON object, got 7\"}}",
                answer("7"));
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32600,\"message\":\"invalid request:"
                        + " \\\"jsonrpc\\\" must be \\\"2.0\\\"\"}}",
                answer("{\"method\":\"eth_chainId\",\"id\":3}"));
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32600,\"message\":\"invalid request:"
                        + " \\\"method\\\" must be a string\"}}",
                answer("{\"jsonrpc\":\"2.0\",\"method\":5,\"id\":3}"));
        assertEquals(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32602,\"message\":\"invalid params:"
                        + " \\\"params\\\" must be an array\"}}",
                answer("{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\",\"params\":{},\"id\":3}"));
    }
}
