package nl.spreiding.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.spreiding.notification.config.NotificatieConfig;

/**
 * Refuses callback URLs that would let a subscriber make this service call into places it must not reach (SSRF):
 * loopback, private (RFC 1918, CGNAT, unique-local IPv6), link-local (cloud metadata at 169.254.169.254 included),
 * the unspecified address and multicast, also when written as an IPv6 address that embeds such an IPv4 address
 * (IPv4-mapped, IPv4-compatible, IPv4-translated, NAT64, 6to4, Teredo). The host is resolved once and every address
 * is checked; the {@link Doel} that comes back names the address the caller must connect to, so no second
 * resolution can point the request elsewhere (DNS rebinding). This happens again right before each delivery (a
 * name may resolve differently later). Loopback is allowed only with {@code spreiding.webhooks.allow-loopback=true};
 * other networks only when listed in {@code spreiding.webhooks.allowed-networks}.
 */
@ApplicationScoped
public class CallbackUrlValidator {

    /** Resolves a host name; replaceable in unit tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean loopbackToegestaan;
    private final List<Cidr> toegestaan;
    private final Resolver resolver;

    @Inject
    public CallbackUrlValidator(NotificatieConfig.Webhooks config) {
        this(config.allowLoopback(), config.allowedNetworks().orElse(List.of()), InetAddress::getAllByName);
    }

    public CallbackUrlValidator(boolean loopbackToegestaan, List<String> toegestaneNetwerken, Resolver resolver) {
        this.loopbackToegestaan = loopbackToegestaan;
        this.toegestaan = toegestaneNetwerken.stream().map(Cidr::parse).toList();
        this.resolver = resolver;
    }

    /** Thrown with the reason a callback URL is refused. */
    public static class Geweigerd extends Exception {
        public Geweigerd(String reden) {
            super(reden);
        }
    }

    /**
     * A checked callback: its URI, its host as written in the URL (an IPv6 literal in brackets, as the Host header
     * needs it) and the one address, out of those the host resolved to and all of which were checked, that a request
     * must connect to.
     */
    public record Doel(URI uri, String host, int poort, boolean https, InetAddress adres) {
        /** Path and query as sent in the request line. */
        public String verzoekDoel() {
            String pad = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? pad : pad + "?" + uri.getRawQuery();
        }
    }

    /** @return where the callback may be called: the parsed URI and the checked address to connect to */
    public Doel controleer(String url) throws Geweigerd {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new Geweigerd("is geen geldige URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Geweigerd("moet een http- of https-URL zijn");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Geweigerd("mag geen gebruikersnaam of wachtwoord bevatten");
        }
        if (uri.getRawFragment() != null) {
            throw new Geweigerd("mag geen fragment (#) bevatten");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new Geweigerd("moet een host bevatten");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] adressen;
        try {
            adressen = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Geweigerd("host " + host + " is onbekend");
        }
        if (adressen.length == 0) {
            throw new Geweigerd("host " + host + " heeft geen adres");
        }
        for (InetAddress adres : adressen) {
            String bezwaar = bezwaar(adres);
            if (bezwaar != null) {
                throw new Geweigerd("wijst naar een " + bezwaar + " adres (" + adres.getHostAddress()
                        + "); dat is niet toegestaan");
            }
        }
        int poort = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Doel(uri, uri.getHost(), poort, scheme.equals("https"), adressen[0]);
    }

    /** @return why the address is refused, or null when it may be called */
    String bezwaar(InetAddress adres) {
        if (toegestaan.stream().anyMatch(c -> c.bevat(adres))) {
            return null;
        }
        if (adres.isLoopbackAddress()) {
            return loopbackToegestaan ? null : "loopback-";
        }
        byte[] b = adres.getAddress();
        if (adres instanceof Inet6Address) {
            if (voorvoegsel(b, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01)) {
                // Local-use NAT64 (RFC 8215): where the IPv4 address sits depends on the operator's prefix length.
                return "lokaal NAT64-";
            }
            for (byte[] v4 : ingebeddeIpv4(b)) {
                String bezwaar = bezwaar(ipv4(v4));
                if (bezwaar != null) {
                    return bezwaar;
                }
            }
        }
        if (adres.isAnyLocalAddress()) {
            return "ongespecificeerd";
        }
        if (adres instanceof Inet4Address && (b[0] & 0xff) == 169 && (b[1] & 0xff) == 254 && (b[2] & 0xff) == 169
                && (b[3] & 0xff) == 254) {
            return "metadata-";
        }
        if (adres.isLinkLocalAddress()) {
            return "link-local ";
        }
        if (adres.isMulticastAddress()) {
            return "multicast-";
        }
        if (adres instanceof Inet4Address) {
            int a0 = b[0] & 0xff;
            int a1 = b[1] & 0xff;
            if (a0 == 0) {
                return "ongespecificeerd";
            }
            if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)
                    || (a0 == 100 && a1 >= 64 && a1 <= 127)) {
                return "privé-";
            }
            if (a0 >= 240) {
                return "gereserveerd ";
            }
        } else if ((b[0] & 0xfe) == 0xfc) {
            return "privé- (unique local)";
        } else if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "site-local ";
        }
        return null;
    }

    /**
     * The IPv4 addresses an IPv6 address leads to: IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-translated
     * {@code ::ffff:0:a.b.c.d}, IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d} (RFC 6052), 6to4
     * {@code 2002:AABB:CCDD::/48} (RFC 3056) and Teredo {@code 2001:0::/32} (RFC 4380: the server's address in bits
     * 32-63, the client's inverted in the last 32 bits). Empty for every other address.
     */
    static List<byte[]> ingebeddeIpv4(byte[] b) {
        byte[] laatste = Arrays.copyOfRange(b, 12, 16);
        if (nul(b, 0, 10) && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0)) {
            // ::ffff:a.b.c.d and ::a.b.c.d (not :: and ::1, which are checked as themselves)
            return b[10] == 0 && nul(b, 12, 15) && (b[15] & 0xfe) == 0 ? List.of() : List.of(laatste);
        }
        if (nul(b, 0, 8) && (b[8] & 0xff) == 0xff && (b[9] & 0xff) == 0xff && b[10] == 0 && b[11] == 0) {
            return List.of(laatste);
        }
        if (voorvoegsel(b, 0x00, 0x64, 0xff, 0x9b) && nul(b, 4, 12)) {
            return List.of(laatste);
        }
        if (voorvoegsel(b, 0x20, 0x02)) {
            return List.of(Arrays.copyOfRange(b, 2, 6));
        }
        if (voorvoegsel(b, 0x20, 0x01, 0x00, 0x00)) {
            byte[] client = new byte[4];
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~b[12 + i];
            }
            return List.of(Arrays.copyOfRange(b, 4, 8), client);
        }
        return List.of();
    }

    private static boolean voorvoegsel(byte[] b, int... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((b[i] & 0xff) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean nul(byte[] b, int van, int tot) {
        for (int i = van; i < tot; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] v4) {
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("four bytes are an IPv4 address", e);
        }
    }

    record Cidr(byte[] netwerk, int prefix) {
        static Cidr parse(String cidr) {
            String[] delen = cidr.trim().split("/");
            try {
                byte[] adres = InetAddress.getByName(delen[0]).getAddress();
                int prefix = delen.length > 1 ? Integer.parseInt(delen[1]) : adres.length * 8;
                return new Cidr(adres, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("spreiding.webhooks.allowed-networks: " + cidr
                        + " is geen netwerk in CIDR-notatie", e);
            }
        }

        boolean bevat(InetAddress adres) {
            byte[] a = adres.getAddress();
            if (a.length != netwerk.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (netwerk[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
