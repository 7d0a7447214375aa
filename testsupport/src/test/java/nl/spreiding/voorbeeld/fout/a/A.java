package nl.spreiding.voorbeeld.fout.a;

import java.time.Instant;

import nl.spreiding.voorbeeld.fout.b.B;

/** Breaks rules on purpose: a package cycle with b, a type string outside gebeurtenissen, time without the clock. */
public class A {

    public static final String TYPE = "nl.spreiding.toezegging.geregistreerd";

    public Instant nu(B b) {
        return Instant.now();
    }
}
