package dev.bookstore.logto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

class BouncyCastleKeysTest {

    private final BouncyCastleProvider bouncyCastle = new BouncyCastleProvider();
    private final BouncyCastleKeys keys = new BouncyCastleKeys(bouncyCastle);

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        return generator.generateKeyPair();
    }

    /** A new JDK object for the same key, as Nimbus makes one from the JWK for every token. */
    private static PublicKey again(PublicKey key) throws Exception {
        return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.getEncoded()));
    }

    private boolean verifies(Key key, KeyPair signer) throws Exception {
        Signature signing = Signature.getInstance("SHA384withECDSA");
        signing.initSign(signer.getPrivate());
        signing.update(new byte[] {4, 2});
        Signature verifying = Signature.getInstance("SHA384withECDSA", bouncyCastle);
        verifying.initVerify((PublicKey) key);
        verifying.update(new byte[] {4, 2});
        return verifying.verify(signing.sign());
    }

    @Test
    void theSameEcKeyMetAgainIsTheSameKeptObjectAndVerifiesItsSignatures() throws Exception {
        KeyPair logto = ec();
        Key kept = keys.of(again(logto.getPublic()));
        assertSame(kept, keys.of(again(logto.getPublic())));
        assertEquals(logto.getPublic(), again((PublicKey) kept), "the same key");
        assertTrue(verifies(kept, logto));
    }

    @Test
    void anotherKeyIsAnotherObjectAndNeverVerifiesTheFirstKeysSignatures() throws Exception {
        KeyPair logto = ec();
        KeyPair other = ec();
        Key first = keys.of(logto.getPublic());
        Key second = keys.of(other.getPublic());
        assertNotSame(first, second);
        assertFalse(verifies(second, logto));
        assertTrue(verifies(second, other));
    }

    @Test
    void anRsaKeyIsHandedBackAsItIs() throws Exception {
        PublicKey rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPublic();
        assertSame(rsa, keys.of(rsa));
    }

    @Test
    void manyRotationsStillVerifyWithEveryKeyRight() throws Exception {
        for (int rotation = 0; rotation < 40; rotation++) {
            KeyPair logto = ec();
            assertTrue(verifies(keys.of(logto.getPublic()), logto));
        }
    }

    @Test
    void withoutBouncyCastleInTheJvmAnEcKeyIsHandedBackAsItIs() throws Exception {
        PublicKey logto = ec().getPublic();
        assertSame(logto, new BouncyCastleKeys(null).of(logto));
    }
}
