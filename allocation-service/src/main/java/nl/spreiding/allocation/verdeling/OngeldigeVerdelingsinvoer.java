package nl.spreiding.allocation.verdeling;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be distributed with this key; lists every problem at once so the data can be fixed in one pass. */
public class OngeldigeVerdelingsinvoer extends IllegalArgumentException {

    private final transient List<Invoerfout> fouten;

    public OngeldigeVerdelingsinvoer(Verdeelsleutel sleutel, List<Invoerfout> fouten) {
        super("Verdeling met " + sleutel.aanduiding() + " niet mogelijk, " + fouten.size()
                + (fouten.size() == 1 ? " fout" : " fouten") + ":\n"
                + fouten.stream().map(f -> "- " + f).collect(Collectors.joining("\n")));
        this.fouten = List.copyOf(fouten);
    }

    public List<Invoerfout> fouten() {
        return fouten;
    }
}
