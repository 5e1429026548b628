package org.leadershipimpact.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RS256 key pair that signs dev and test tokens. It is made on the machine that uses it and
 * never committed: a deployment verifies tokens from its real identity provider instead.
 */
public final class DevKeys {

    public static final String PRIVATE_KEY_FILE = "dev-private-key.pem";
    public static final String PUBLIC_KEY_FILE = "dev-public-key.pem";

    private final PrivateKey privateKey;
    private final Path publicKeyFile;

    private DevKeys(PrivateKey privateKey, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
    }

    /** Reads the pair kept in {@code dir}, making one first if there is none. */
    public static synchronized DevKeys loadOrCreate(Path dir) {
        try {
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            }
            return new DevKeys(readPrivateKey(privateFile), publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Dev keys unavailable in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Dev keys unusable in " + dir, e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The PEM file services and the gateway verify tokens with. */
    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public PublicKey publicKey() {
        try {
            byte[] der = fromPem(Files.readString(publicKeyFile, StandardCharsets.US_ASCII));
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        byte[] der = fromPem(Files.readString(file, StandardCharsets.US_ASCII));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] fromPem(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
