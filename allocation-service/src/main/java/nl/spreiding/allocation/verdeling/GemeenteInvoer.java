package nl.spreiding.allocation.verdeling;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One municipality as the distribution key sees it.
 *
 * @param gemeentecode CBS code, {@code GM} + 4 digits; the calculation accepts up to 6 digits so that it can be
 *        measured on synthetic sets far larger than the country (the import and the API accept only real CBS codes)
 * @param provinciecode CBS code, {@code PV} + 2 digits
 * @param aantalInwoners inhabitants on the key's reference date, &gt; 0
 * @param sesWoaScore CBS SES-WOA total score; null when unknown (a SES key then refuses to calculate)
 * @param bestaandeDuurzamePlaatsen durable places that already exist and are subtracted from the task
 */
public record GemeenteInvoer(String gemeentecode, String naam, String provinciecode, long aantalInwoners,
        BigDecimal sesWoaScore, int bestaandeDuurzamePlaatsen) {

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4,6}");
    private static final Pattern PROVINCIECODE = Pattern.compile("PV\\d{2}");

    public GemeenteInvoer {
        Objects.requireNonNull(gemeentecode, "gemeentecode");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(provinciecode, "provinciecode");
        if (!GEMEENTECODE.matcher(gemeentecode).matches()) {
            throw new IllegalArgumentException("gemeentecode " + gemeentecode + " is geen gemeentecode (GM + 4 tot 6 cijfers)");
        }
        if (!PROVINCIECODE.matcher(provinciecode).matches()) {
            throw new IllegalArgumentException("provinciecode " + provinciecode + " van " + gemeentecode
                    + " is geen CBS-code (PV + 2 cijfers)");
        }
        if (aantalInwoners <= 0) {
            throw new IllegalArgumentException("aantalInwoners van " + gemeentecode + " moet groter dan 0 zijn: " + aantalInwoners);
        }
        if (bestaandeDuurzamePlaatsen < 0) {
            throw new IllegalArgumentException("bestaandeDuurzamePlaatsen van " + gemeentecode + " mag niet negatief zijn: "
                    + bestaandeDuurzamePlaatsen);
        }
    }

    /** Without existing durable places. */
    public static GemeenteInvoer van(String gemeentecode, String naam, String provinciecode, long aantalInwoners,
            BigDecimal sesWoaScore) {
        return new GemeenteInvoer(gemeentecode, naam, provinciecode, aantalInwoners, sesWoaScore, 0);
    }

    public GemeenteInvoer metBestaandeDuurzamePlaatsen(int aantal) {
        return new GemeenteInvoer(gemeentecode, naam, provinciecode, aantalInwoners, sesWoaScore, aantal);
    }
}
