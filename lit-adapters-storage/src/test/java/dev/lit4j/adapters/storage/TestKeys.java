package dev.lit4j.adapters.storage;

import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Keys for the encryption tests: a fixed one (the same in a child JVM) and PKCS#12 key stores. */
final class TestKeys {
    static final char[] PASSWORD = "key store password".toCharArray();

    private TestKeys() {}

    /** One fixed AES-256 key named {@code fixed}; public with a no-argument constructor for child JVMs. */
    public static final class Fixed implements AeadKeyProvider {
        private static final SecretKey KEY = new SecretKeySpec(
                new byte[] {
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                },
                "AES");

        @Override
        public String currentKeyId() {
            return "fixed";
        }

        @Override
        public Optional<SecretKey> key(String keyId) {
            return keyId.equals("fixed") ? Optional.of(KEY) : Optional.empty();
        }
    }

    /** A PKCS#12 key store holding {@code keys} under their aliases. */
    static KeyStore keyStore(Map<String, SecretKey> keys) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (Map.Entry<String, SecretKey> key : keys.entrySet()) {
            store.setEntry(
                    key.getKey(),
                    new KeyStore.SecretKeyEntry(key.getValue()),
                    new KeyStore.PasswordProtection(PASSWORD));
        }
        return store;
    }

    /** A fresh random key of {@code algorithm} and {@code bits}. */
    static SecretKey random(String algorithm, int bits) throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance(algorithm);
        generator.init(bits);
        return generator.generateKey();
    }

    /** A provider over a fresh PKCS#12 key store holding one random AES-256 key, {@code alias}. */
    static KeyStoreAeadKeyProvider randomProvider(String alias) throws Exception {
        return new KeyStoreAeadKeyProvider(keyStore(Map.of(alias, random("AES", 256))), alias, PASSWORD);
    }
}
