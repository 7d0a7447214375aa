package nl.spreiding.voorbeeld.goed.gebeurtenissen;

import java.time.Clock;
import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;

/** Keeps every rule: the topic and types live here, time comes from the given clock. */
public class Gebeurtenissen {

    public static final String TOPIC = "spreiding.pledge.v1";
    public static final String GEREGISTREERD = "nl.spreiding.toezegging.geregistreerd";

    public ProducerRecord<String, String> bericht(Clock klok) {
        return new ProducerRecord<>(TOPIC, Instant.now(klok).toString(), GEREGISTREERD);
    }
}
