package nl.spreiding.pledge.pagina;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The boundaries of 2024 as SVG path data (viewBox 0 0 600 720: x 0..592, y 11..712), made once offline from the CBS/PDOK TopoJSON by
 * {@code pledge-service/kaart/maak-kaart.py}; read from the jar at first use.
 */
@ApplicationScoped
public class Kaart {

    public static final String VIEWBOX = "0 0 600 720";
    public static final String BRON = "Kaartgegevens: CBS/PDOK";

    /** One area of the map: CBS code, name and path data. */
    public record Vorm(String code, String naam, String pad) {
    }

    private volatile List<Vorm> gemeenten;
    private volatile List<Vorm> provincies;

    public List<Vorm> gemeenten() {
        if (gemeenten == null) {
            gemeenten = lees("pagina/kaart/gemeenten-2024.tsv");
        }
        return gemeenten;
    }

    public List<Vorm> provincies() {
        if (provincies == null) {
            provincies = lees("pagina/kaart/provincies-2024.tsv");
        }
        return provincies;
    }

    static List<Vorm> lees(String resource) {
        InputStream in = Kaart.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Map resource missing: " + resource);
        }
        List<Vorm> vormen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String regel = r.readLine(); regel != null; regel = r.readLine()) {
                if (!regel.isBlank()) {
                    String[] delen = regel.split("\t", 3);
                    vormen.add(new Vorm(delen[0], delen[1], delen[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(vormen);
    }
}
