package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.adapters.node.internal.SignSessionKeyBody;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The body of {@code POST /web/sign_session_key/v1} in the JS SDK's key order (client spec §7.4). */
class SignSessionKeyBodyTest {
    private static final String SIWE = "a SIWE\nwith \"quotes\"";

    @Test
    void writesThePkpRequestAsTheJsSdkDoes() {
        SignSessionKeyRequest request = new SignSessionKeyRequest(
                Fixtures.SESSION_KEY, List.of(Fixtures.AUTH_METHOD), Fixtures.PKP, SIWE, null, null, null);

        assertEquals(
                "{\"sessionKey\":\"lit:session:ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c\","
                        + "\"authMethods\":[" + Fixtures.AUTH_METHOD.toJson() + "],"
                        + "\"pkpPublicKey\":\"0x" + Fixtures.PKP.hex() + "\","
                        + "\"siweMessage\":\"a SIWE\\nwith \\\"quotes\\\"\","
                        + "\"curveType\":\"BLS\",\"epoch\":31316}",
                SignSessionKeyBody.write(request, OptionalLong.of(31_316)));
    }

    @Test
    void writesTheLitActionPartsWhenSetAndNoEpochWhenUnknown() {
        JsonValue.Obj params =
                JsonValue.Obj.builder().put("magic", new JsonValue.Num(42)).build();
        SignSessionKeyRequest byCode = new SignSessionKeyRequest(
                Fixtures.SESSION_KEY, List.of(), Fixtures.PKP, SIWE, "Y29kZQ==", null, params);
        SignSessionKeyRequest byCid = new SignSessionKeyRequest(
                Fixtures.SESSION_KEY,
                List.of(),
                Fixtures.PKP,
                SIWE,
                null,
                "QmY3qun9qX3fUBHVfrA9f3v9RpyyPo8RHEuEN1XYPq1PrA",
                null);

        assertEquals(
                "{\"sessionKey\":\"" + Fixtures.SESSION_KEY.uri() + "\",\"authMethods\":[],\"pkpPublicKey\":\"0x"
                        + Fixtures.PKP.hex()
                        + "\",\"siweMessage\":\"a SIWE\\nwith \\\"quotes\\\"\",\"curveType\":\"BLS\","
                        + "\"code\":\"Y29kZQ==\",\"jsParams\":{\"magic\":42}}",
                SignSessionKeyBody.write(byCode, OptionalLong.empty()));
        assertEquals(
                "{\"sessionKey\":\"" + Fixtures.SESSION_KEY.uri() + "\",\"authMethods\":[],\"pkpPublicKey\":\"0x"
                        + Fixtures.PKP.hex()
                        + "\",\"siweMessage\":\"a SIWE\\nwith \\\"quotes\\\"\",\"curveType\":\"BLS\","
                        + "\"litActionIpfsId\":\"QmY3qun9qX3fUBHVfrA9f3v9RpyyPo8RHEuEN1XYPq1PrA\"}",
                SignSessionKeyBody.write(byCid, OptionalLong.empty()));
    }
}
