package nl.spreiding.notification.abonnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    void namesWhatItRefuses() {
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
    void acceptsPublicAddresses() throws Exception {
        assertThat(productie.controleer("https://ontvanger.example.nl/spreiding").getHost()).isEqualTo("ontvanger.example.nl");
        assertThat(productie.controleer("https://203.0.113.7:8443/x")).isNotNull();
        assertThat(productie.controleer("https://[2001:db8::1]/x")).isNotNull();
    }

    @Test
    void loopbackOnlyWhenConfiguredAndPrivateNetworksOnlyWhenListed() throws Exception {
        var lokaal = new CallbackUrlValidator(true, List.of("10.20.0.0/16"), CallbackUrlValidatorTest::resolve);
        assertThat(lokaal.controleer("http://localhost:8080/hook")).isNotNull();
        assertThat(lokaal.controleer("http://[::1]:8080/hook")).isNotNull();
        assertThat(lokaal.controleer("http://10.20.3.4/hook")).isNotNull();
        assertThatThrownBy(() -> lokaal.controleer("http://10.21.0.1/hook")).hasMessageContaining("privé");
        assertThatThrownBy(() -> lokaal.controleer("http://169.254.169.254/")).hasMessageContaining("metadata");
    }
}
