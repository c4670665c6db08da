package dev.meshperf.contracts.secrets;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a sealed value inside a stored document: {@code sealed:v1:} and the sealed bytes in URL-safe
 * base64 without padding, so that it fits in a header value, a JSON string and a form field alike. A sealed value
 * is only ever produced by the server: one sent by a client is refused (it could only have been copied from a
 * database, to have a runner send its plain value somewhere else).
 */
public final class SealedValues {

    public static final String PREFIX = "sealed:v1:";
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]+");

    private SealedValues() {
    }

    public static boolean isSealed(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }

    /** Whether the text holds a sealed value anywhere. */
    public static boolean containsSealed(String text) {
        return text != null && TOKEN.matcher(text).find();
    }

    public static String seal(SecretBox box, String plain) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(box.seal(plain));
    }

    /** @throws IllegalStateException when it was sealed under another key */
    public static String open(SecretBox box, String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            return box.open(Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret cannot be decrypted: was the encryption key changed?");
        }
    }

    /** Every sealed value in the text opened in place. */
    public static String openAll(SecretBox box, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(open(box, m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every sealed value in the text replaced by {@code replacement}. */
    public static String replaceAll(String text, String replacement) {
        return text == null ? null : TOKEN.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
