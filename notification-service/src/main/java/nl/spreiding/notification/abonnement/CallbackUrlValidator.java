package nl.spreiding.notification.abonnement;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.spreiding.notification.config.NotificatieConfig;

/**
 * Refuses callback URLs that would let a subscriber make this service call into places it must not reach (SSRF):
 * loopback, private (RFC 1918, CGNAT, unique-local IPv6), link-local (cloud metadata at 169.254.169.254 included),
 * the unspecified address and multicast. The host is resolved and every address is checked, also right before each
 * delivery (a name may resolve differently later). Loopback is allowed only with
 * {@code spreiding.webhooks.loopback-toegestaan=true}; other networks only when listed in
 * {@code spreiding.webhooks.toegestane-netwerken}.
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
        this(config.loopbackToegestaan(), config.toegestaneNetwerken().orElse(List.of()), InetAddress::getAllByName);
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

    /** @return the parsed URI when it may be called */
    public URI controleer(String url) throws Geweigerd {
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
        return uri;
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
            byte[] v4 = ingebedIpv4(b);
            if (v4 != null) {
                try {
                    return bezwaar(InetAddress.getByAddress(v4));
                } catch (UnknownHostException e) {
                    return "ongeldig";
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

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible IPv6 address, else null. */
    private static byte[] ingebedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0);
        if (!mapped && !compatible) {
            return null;
        }
        return new byte[] { b[12], b[13], b[14], b[15] };
    }

    record Cidr(byte[] netwerk, int prefix) {
        static Cidr parse(String cidr) {
            String[] delen = cidr.trim().split("/");
            try {
                byte[] adres = InetAddress.getByName(delen[0]).getAddress();
                int prefix = delen.length > 1 ? Integer.parseInt(delen[1]) : adres.length * 8;
                return new Cidr(adres, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("spreiding.webhooks.toegestane-netwerken: " + cidr
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
