package dev.meshperf.contracts.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored secrets (Prometheus passwords and tokens, Grafana keys, the secret parts of profiles) with
 * AES-256-GCM under a key derived from the configured encryption key (SHA-256); each value gets its own random nonce,
 * stored in front of it.
 */
public final class SecretBox {

    /** Shortest encryption key accepted. */
    public static final int MIN_KEY_LENGTH = 32;
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(String encryptionKey) {
        if (encryptionKey == null || encryptionKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the encryption key must have at least " + MIN_KEY_LENGTH
                    + " characters");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encryptionKey.getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sealed value in base64 (nonce first). */
    public String encrypt(String plain) {
        return Base64.getEncoder().encodeToString(seal(plain));
    }

    /** @throws IllegalStateException when the value was not sealed with this key (the key changed) */
    public String decrypt(String sealed) {
        try {
            return open(Base64.getDecoder().decode(sealed));
        } catch (IllegalArgumentException e) {
            throw cannotOpen();
        }
    }

    /** Nonce and ciphertext with its tag. */
    public byte[] seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a secret", e);
        }
    }

    /** @throws IllegalStateException when the value was not sealed with this key (the key changed) */
    public String open(byte[] all) {
        try {
            if (all.length <= NONCE_BYTES) {
                throw cannotOpen();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw cannotOpen();
        }
    }

    private static IllegalStateException cannotOpen() {
        return new IllegalStateException("a stored secret cannot be decrypted: was the encryption key changed?");
    }
}
