package nl.spreiding.voorbeeld.fout.b;

import org.apache.kafka.clients.producer.ProducerRecord;

import nl.spreiding.voorbeeld.fout.a.A;

/** Breaks rules on purpose: closes the cycle with a, touches Kafka outside gebeurtenissen. */
public class B {

    public ProducerRecord<String, String> bericht(A a) {
        return new ProducerRecord<>("spreiding.pledge.v1", "sleutel");
    }
}
