package dev.meshperf.contracts.egress;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** A CIDR block ({@code 10.0.0.0/8}, {@code fe80::/10}) or one address. */
public record AddressBlock(byte[] network, int prefix, String text) {

    /** @throws IllegalArgumentException when {@code cidr} is not an address or an address and a prefix length */
    public static AddressBlock parse(String cidr) {
        String s = cidr.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        if (!isLiteral(address)) {
            throw new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR block");
        }
        byte[] bytes = literal(address).getAddress();
        int prefix;
        try {
            prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("'" + cidr + "' has a prefix length out of range");
        }
        return new AddressBlock(mask(bytes, prefix), prefix, s);
    }

    /** Whether the text is an IPv4 or IPv6 literal (brackets allowed), without any lookup. */
    public static boolean isLiteral(String host) {
        String h = unbracket(host);
        if (h.isEmpty()) {
            return false;
        }
        if (h.indexOf(':') >= 0) {
            return h.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%');
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            // a leading zero is octal to inet_aton (wrk, fortio) but decimal to Java: such a form is no literal
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    /** The address of a literal; never a lookup. */
    public static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(unbracket(host));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + host + "' is not an IP address");
        }
    }

    static String unbracket(String host) {
        String h = host.strip();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    public boolean contains(InetAddress address) {
        for (InetAddress a : forms(address)) {
            byte[] bytes = a.getAddress();
            if (bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The address, and the IPv4 address an IPv6 one carries ({@code ::169.254.169.254}, {@code ::ffff:...}), so that
     * a block cannot be dodged by writing its address another way.
     */
    private static InetAddress[] forms(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            boolean embeds = zeros && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
            if (embeds) {
                try {
                    return new InetAddress[]{address, Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16))};
                } catch (UnknownHostException e) {
                    return new InetAddress[]{address};
                }
            }
        }
        return new InetAddress[]{address};
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] out = bytes.clone();
        for (int i = 0; i < out.length; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            out[i] &= (byte) (0xff << (8 - bits));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressBlock b && b.prefix == prefix && Arrays.equals(b.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return text;
    }
}
