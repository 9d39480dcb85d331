package dev.bookstore.deploy;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import javax.net.ssl.SSLContext;

/**
 * Run in a JVM of its own with the server's JVM options ({@link ServerJvmProvidersTest}): prints, one per line,
 * which provider the JVM picks for what the server asks of it, as Liberty asks (by algorithm, no provider named).
 */
public final class JvmProviders {

    private JvmProviders() {
    }

    public static void main(String[] args) throws Exception {
        String[][] curves = {{"secp256r1", "SHA256withECDSA"}, {"secp384r1", "SHA384withECDSA"}, {"secp521r1", "SHA512withECDSA"}};
        for (String[] curve : curves) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve[0]));
            KeyPair keys = generator.generateKeyPair();
            Signature signer = Signature.getInstance(curve[1]);
            signer.initSign(keys.getPrivate());
            signer.update(new byte[] {1, 2, 3});
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(curve[1]);
            verifier.initVerify(keys.getPublic()); // a key of the JDK's own, as jose4j makes them from a JWK
            verifier.update(new byte[] {1, 2, 3});
            System.out.println("Signature." + curve[1] + " verify=" + verifier.getProvider().getName() + " " + verifier.verify(signature));
        }
        System.out.println("Signature.SHA256withRSA=" + Signature.getInstance("SHA256withRSA").getProvider().getName());
        System.out.println("KeyFactory.EC=" + KeyFactory.getInstance("EC").getProvider().getName());
        System.out.println("KeyStore.PKCS12=" + KeyStore.getInstance("PKCS12").getProvider().getName());
        System.out.println("SSLContext.TLS=" + SSLContext.getInstance("TLS").getProvider().getName());
        System.out.println("MessageDigest.SHA-256=" + MessageDigest.getInstance("SHA-256").getProvider().getName());
        System.out.println("SecureRandom=" + new SecureRandom().getProvider().getName());
    }
}
