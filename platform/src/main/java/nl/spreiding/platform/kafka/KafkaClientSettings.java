package nl.spreiding.platform.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The part of the service's Kafka settings (the {@code default-kafka-broker} map: bootstrap servers, SASL, TLS, and
 * consumer and producer keys mixed) that one kind of client the platform creates itself understands.
 */
public final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /**
     * @param clientConfigNames the settings of that kind of client, e.g. {@code ProducerConfig.configNames()}
     * @return a new, modifiable map with those settings and every {@code sasl.*} and {@code ssl.*} one
     */
    public static Map<String, Object> voor(Map<String, Object> kafkaConfig, Set<String> clientConfigNames) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (clientConfigNames.contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                settings.put(name, value);
            }
        });
        return settings;
    }
}
