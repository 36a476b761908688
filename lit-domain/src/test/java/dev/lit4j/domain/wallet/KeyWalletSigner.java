package dev.lit4j.domain.wallet;

import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.WalletSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * A test {@link WalletSigner} over a web3j key (RFC 6979, low-s), returning its signature in one of
 * the shapes real signers return.
 */
final class KeyWalletSigner implements WalletSigner {

    /** The shape of the returned signature. */
    enum Shape {
        /** r, s and the recovery id, as a wallet gives them. */
        WITH_RECOVERY_ID,
        /** r and s only, as PKCS#11 gives them. */
        WITHOUT_RECOVERY_ID,
        /** DER with s replaced by n − s and no recovery id, as an HSM may give it. */
        DER_HIGH_S
    }

    private final ECKeyPair key;
    private final EthAddress address;
    private final Shape shape;

    KeyWalletSigner(String privateKeyHex, Shape shape) {
        Credentials credentials = Credentials.create(privateKeyHex);
        this.key = credentials.getEcKeyPair();
        this.address = EthAddress.parseAnyCase("address", credentials.getAddress());
        this.shape = shape;
    }

    @Override
    public EthAddress address() {
        return address;
    }

    @Override
    public EcdsaSignature signDigest(byte[] digest) {
        Sign.SignatureData data = Sign.signMessage(digest, key, false);
        BigInteger r = new BigInteger(1, data.getR());
        BigInteger s = new BigInteger(1, data.getS());
        return switch (shape) {
            case WITH_RECOVERY_ID -> EcdsaSignature.of(r, s, data.getV()[0] - 27);
            case WITHOUT_RECOVERY_ID -> EcdsaSignature.of(r, s);
            case DER_HIGH_S ->
                EcdsaSignature.fromDer(der(r, Sign.CURVE_PARAMS.getN().subtract(s)));
        };
    }

    private static byte[] der(BigInteger r, BigInteger s) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(r));
        v.add(new ASN1Integer(s));
        try {
            return new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
