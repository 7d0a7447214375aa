package nl.spreiding.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF protection, with the production setting (loopback not allowed) and a fake DNS. */
class CallbackUrlValidatorTest {

    private static final Map<String, String[]> DNS = Map.of(
            "ontvanger.example.nl", new String[] { "203.0.113.10" },
            "intern.example.nl", new String[] { "10.1.2.3" },
            // one public and one private address: every resolved address must be allowed
            "gemengd.example.nl", new String[] { "203.0.113.11", "192.168.1.5" },
            "localhost", new String[] { "127.0.0.1", "::1" });

    private final CallbackUrlValidator productie = new CallbackUrlValidator(false, List.of(), CallbackUrlValidatorTest::resolve);

    private static InetAddress[] resolve(String host) throws java.net.UnknownHostException {
        String[] adressen = DNS.get(host);
        if (adressen == null) {
            // literal IP addresses resolve to themselves without DNS
            return new InetAddress[] { InetAddress.getByName(host) };
        }
        InetAddress[] result = new InetAddress[adressen.length];
        for (int i = 0; i < adressen.length; i++) {
            result[i] = InetAddress.getByName(adressen[i]);
        }
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:8080/hook", "http://127.0.0.1/hook", "http://127.5.5.5/hook", "http://[::1]:9000/hook",
            "https://10.0.0.1/hook", "https://172.16.0.1/hook", "https://172.31.255.255/hook", "https://192.168.0.10/",
            "http://169.254.169.254/latest/meta-data/", "http://169.254.1.1/", "http://[fe80::1]/", "http://[fd00::1]/",
            "http://[fc00::5]/", "http://0.0.0.0/", "http://[::]/", "http://[::ffff:127.0.0.1]/",
            "http://[::ffff:169.254.169.254]/", "http://100.64.0.1/", "https://intern.example.nl/hook",
            "https://gemengd.example.nl/hook", "http://224.0.0.1/" })
    void refusesAddressesInsideTheNetwork(String url) {
        assertThatThrownBy(() -> productie.controleer(url)).isInstanceOf(CallbackUrlValidator.Geweigerd.class)
                .hasMessageContaining("niet toegestaan");
    }

    @Test
    void deWeigeringNoemtWatErGeweigerdWordt() {
        assertThatThrownBy(() -> productie.controleer("http://169.254.169.254/latest"))
                .hasMessageContaining("metadata");
        assertThatThrownBy(() -> productie.controleer("http://[::1]/")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> productie.controleer("http://10.0.0.1/")).hasMessageContaining("privé");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://ontvanger.example.nl/", "file:///etc/passwd", "https://user:pw@ontvanger.example.nl/",
            "niet een url", "https:///zonder-host", "https://onbekend.invalid/" })
    void refusesWhatIsNoUsableUrl(String url) {
        assertThatThrownBy(() -> productie.controleer(url)).isInstanceOf(CallbackUrlValidator.Geweigerd.class);
    }

    @Test
    void openbareAdressenWordenAanvaard() throws Exception {
        assertThat(productie.controleer("https://ontvanger.example.nl/spreiding").uri().getHost()).isEqualTo("ontvanger.example.nl");
        assertThat(productie.controleer("https://203.0.113.7:8443/x")).isNotNull();
        assertThat(productie.controleer("https://[2001:db8::1]/x")).isNotNull();
    }

    @Test
    void loopbackAlleenAlsHetIsIngesteldEnPriveNetwerkenAlleenAlsZeZijnGenoemd() throws Exception {
        var lokaal = new CallbackUrlValidator(true, List.of("10.20.0.0/16"), CallbackUrlValidatorTest::resolve);
        assertThat(lokaal.controleer("http://localhost:8080/hook")).isNotNull();
        assertThat(lokaal.controleer("http://[::1]:8080/hook")).isNotNull();
        assertThat(lokaal.controleer("http://10.20.3.4/hook")).isNotNull();
        assertThatThrownBy(() -> lokaal.controleer("http://10.21.0.1/hook")).hasMessageContaining("privé");
        assertThatThrownBy(() -> lokaal.controleer("http://169.254.169.254/")).hasMessageContaining("metadata");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            // IPv4-mapped, in both notations
            "::ffff:127.0.0.1, loopback", "::ffff:7f00:1, loopback", "::ffff:169.254.169.254, metadata",
            "::ffff:a9fe:a9fe, metadata",
            // IPv4-compatible
            "::127.0.0.1, loopback", "::169.254.169.254, metadata",
            // IPv4-translated (SIIT)
            "::ffff:0:127.0.0.1, loopback", "::ffff:0:169.254.169.254, metadata",
            // NAT64, well-known prefix 64:ff9b::/96
            "64:ff9b::127.0.0.1, loopback", "64:ff9b::7f00:1, loopback", "64:ff9b::169.254.169.254, metadata",
            // 6to4: 2002:AABB:CCDD::/48 embeds AA.BB.CC.DD
            "2002:7f00:1::, loopback", "2002:7f00:1:1::5, loopback", "2002:a9fe:a9fe::, metadata",
            // Teredo: the client's address is the last 32 bits inverted, the server's sits in bits 32-63
            "2001:0:4136:e378:8000:63bf:80ff:fffe, loopback", "2001:0:4136:e378:8000:63bf:5601:5601, metadata",
            "2001:0:a9fe:a9fe:8000:63bf:3fff:fdd2, metadata" })
    void ipv6AdressenDieLoopbackOfMetadataInbeddenWordenGeweigerd(String adres, String reden) {
        assertThatThrownBy(() -> productie.controleer("http://[" + adres + "]/hook"))
                .isInstanceOf(CallbackUrlValidator.Geweigerd.class).hasMessageContaining(reden)
                .hasMessageContaining("niet toegestaan");
    }

    @ParameterizedTest
    @ValueSource(strings = { "64:ff9b:1::a9fe:a9fe", "64:ff9b:1:cb00:71:a00::" })
    void lokaalGebruikteNat64AdressenWordenGeweigerd(String adres) {
        // 64:ff9b:1::/48 (RFC 8215): where the IPv4 address sits depends on the operator's prefix, so all of it is refused.
        assertThatThrownBy(() -> productie.controleer("http://[" + adres + "]/hook")).hasMessageContaining("NAT64");
    }

    @ParameterizedTest
    @ValueSource(strings = { "64:ff9b::203.0.113.10", "2002:cb00:710a::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2" })
    void ipv6AdressenDieEenOpenbaarIpv4AdresInbeddenWordenToegelaten(String adres) throws Exception {
        assertThat(productie.controleer("https://[" + adres + "]/hook").adres()).isEqualTo(InetAddress.getByName(adres));
    }

    @Test
    void deControleNoemtHetGecontroleerdeAdresWaarHetVerzoekHeenMoet() throws Exception {
        java.util.concurrent.atomic.AtomicInteger opzoekingen = new java.util.concurrent.atomic.AtomicInteger();
        var validator = new CallbackUrlValidator(false, List.of(), host -> {
            opzoekingen.incrementAndGet();
            return resolve(host);
        });
        CallbackUrlValidator.Doel doel = validator.controleer("https://ontvanger.example.nl/spreiding?x=1");
        assertThat(doel.adres()).isEqualTo(InetAddress.getByName("203.0.113.10"));
        assertThat(doel.host()).isEqualTo("ontvanger.example.nl");
        assertThat(doel.poort()).isEqualTo(443);
        assertThat(doel.verzoekDoel()).isEqualTo("/spreiding?x=1");
        assertThat(opzoekingen).hasValue(1);
    }
}
