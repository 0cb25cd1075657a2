package io.sessionharness.referenceapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sessionharness.config.Secret;

/** The reference site's accounts: salted password hashes only, so a password is never held in clear by the site. */
public final class UserStore {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[][]> users = new ConcurrentHashMap<>();
    private final boolean awkwardPasswords;

    public UserStore() {
        this(false);
    }

    /**
     * With {@code awkwardPasswords}, each generated password holds the characters every encoder changes
     * ({@code / + @ % & = "} and a non-ASCII letter): a canary that any encoding of it left in the clear would show.
     */
    public UserStore(boolean awkwardPasswords) {
        this.awkwardPasswords = awkwardPasswords;
    }

    /** Adds an account with a fresh random password and returns that password. */
    public Secret create(String username) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Secret password = Secret.of(awkwardPasswords ? "p@ss/" + random + "+%&=\"é" : random);
        add(username, password);
        return password;
    }

    public void add(String username, Secret password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        users.put(username, new byte[][] {salt, hash(salt, password.reveal())});
    }

    public boolean verify(String username, String password) {
        byte[][] entry = users.get(username == null ? "" : username);
        if (entry == null || password == null) {
            return false;
        }
        return MessageDigest.isEqual(entry[1], hash(entry[0], password));
    }

    private static byte[] hash(byte[] salt, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
