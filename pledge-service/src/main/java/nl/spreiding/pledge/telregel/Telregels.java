package nl.spreiding.pledge.telregel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The counting rules of one cycle: which pledged asylum places count towards the Spreidingswet task. Without rules
 * set by the minister a cycle counts by the law's definition only ({@link #basis}).
 *
 * @param minimaleOmvangMeerDan a location (or municipality, see telwijze) counts only with more places than this; 0: any
 * @param beschikbaarUiterlijkVanaf the places must be available on or before this day (null: not checked)
 * @param beschikbaarTenMinsteTot the places must stay available until at least this day (null: not checked)
 */
public record Telregels(String cyclus, int minimaleOmvangMeerDan, Telwijze telwijze, int minimumDuurJaren,
        LocalDate beschikbaarUiterlijkVanaf, LocalDate beschikbaarTenMinsteTot, String bron, boolean vastgesteld,
        String vastgesteldDoor, Instant vastgesteldOp, int versie) {

    public static final int WETTELIJKE_DUUR_JAREN = 5;
    public static final String WETTELIJKE_BRON = "Besluit gemeentelijke taak mogelijk maken asielopvangvoorzieningen "
            + "(Stb. 2024, 13): een duurzame opvangplaats is ten minste vijf jaar beschikbaar. De minister heeft voor "
            + "deze cyclus geen verdere telregels vastgesteld.";

    /** The law's own rule: durable (at least five years) asylum places count; nothing else is checked. */
    public static Telregels basis(String cyclus) {
        return new Telregels(cyclus, 0, Telwijze.PER_LOCATIE, WETTELIJKE_DUUR_JAREN, null, null, WETTELIJKE_BRON, false,
                null, null, 0);
    }
}
