package dev.meshperf.contracts.secrets;

import java.util.List;
import java.util.Locale;

/**
 * Which names carry credentials: headers (Authorization, Proxy-Authorization, Cookie and the usual API-key headers)
 * and keys of JSON or form bodies ({@code password}, {@code api_key}, {@code client_secret}, ...). A name is compared
 * in lower case with everything but letters and digits removed, so {@code X-API-Key}, {@code api_key} and
 * {@code apiKey} are one name.
 */
public final class SecretNames {

    private static final List<String> PARTS = List.of("auth", "token", "secret", "password", "passwd", "passphrase",
            "credential", "apikey", "accesskey", "privatekey", "clientkey", "subscriptionkey", "signingkey",
            "sessionid", "cookie", "jwt", "bearer");

    private SecretNames() {
    }

    /** A header whose value is a credential. */
    public static boolean isSecretHeader(String name) {
        return isSecretKey(name);
    }

    /** A field of a body (or a header) whose value is a credential. */
    public static boolean isSecretKey(String name) {
        if (name == null) {
            return false;
        }
        String n = normal(name);
        return PARTS.stream().anyMatch(n::contains);
    }

    private static String normal(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
