package nl.spreiding.allocation.verdeling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A versioned, documented distribution key: which correction turns inhabitants into weights, how shares are rounded,
 * how the AMV sub-task is derived, and on which legal basis. Code + version identify the calculation; a published
 * allocation names the key it used, so a changed rule must get a new version rather than change an existing one.
 *
 * @param amvAfronding how the AMV part (task × amvTotaal / totaal) is rounded; largest remainder needs a main rounding
 *        whose tasks add up to the total exactly, because only then do the AMV parts add up to the AMV total
 * @param peildatumInwoners documentary: the reference date of the population figures (null if not recorded)
 * @param sesWoaJaargang documentary: the SES-WOA vintage (null: "the most recent", not stated by the sources)
 * @param correctiebron where the correction function comes from; null for the keys this module defines, whose
 *        descriptions state their source (a key defined through the API always records one)
 */
public record Verdeelsleutel(String code, int versie, String omschrijving, String rechtsgrond, Correctie correctie,
        Afronding afronding, Afronding amvAfronding, LocalDate peildatumInwoners, Integer sesWoaJaargang,
        Correctiebron correctiebron) {

    private static final String RECHTSGROND_SPREIDINGSWET = "Wet gemeentelijke taak mogelijk maken asielopvangvoorzieningen "
            + "(Stb. 2024, 12), art. 3; amendement Van Dijk (Kamerstuk 36333) — SES-WOA-correctie";
    private static final String AFGELEID = " De correctiefunctie (inwoners × (1 + SES-WOA-score)) is afgeleid uit gepubliceerde "
            + "voorbeelden (Bloemendaal 169 in plaats van 128, Heerlen 326), niet bevestigd door een leesbare bron.";
    private static final LocalDate PEILDATUM_CYCLUS_1 = LocalDate.of(2024, 1, 1);

    /** Reproduces the published cycle-1 tables: per-municipality rounding, so totals may differ by a few places. */
    public static final Verdeelsleutel SPREIDINGSWET_SES_WOA = new Verdeelsleutel("SPREIDINGSWET_SES_WOA", 1,
            "Aandeel in de bevolking, gecorrigeerd met de SES-WOA-score van de gemeente; per gemeente afgerond, zoals de "
                    + "gepubliceerde tabellen (de 12 provinciale opgaven tellen op tot 96002, niet 96000). AMV-deel per gemeente: "
                    + "afgerond(opgave × AMV-totaal / totaal)." + AFGELEID,
            RECHTSGROND_SPREIDINGSWET, Correctie.SES_WOA_LINEAIR, Afronding.PER_GEMEENTE, Afronding.PER_GEMEENTE,
            PEILDATUM_CYCLUS_1, null);

    /** Same weights, largest remainder: the municipal tasks and the AMV parts add up to their totals exactly. */
    public static final Verdeelsleutel SPREIDINGSWET_SES_WOA_EXACT = new Verdeelsleutel("SPREIDINGSWET_SES_WOA_EXACT", 1,
            "Aandeel in de bevolking, gecorrigeerd met de SES-WOA-score van de gemeente; afgerond volgens de methode van het "
                    + "grootste overschot, zodat de opgaven precies optellen tot het totaal. Het AMV-deel (opgave × AMV-totaal / "
                    + "totaal) ook volgens het grootste overschot, zodat het precies optelt tot het AMV-totaal." + AFGELEID,
            RECHTSGROND_SPREIDINGSWET, Correctie.SES_WOA_LINEAIR, Afronding.GROOTSTE_OVERSCHOT, Afronding.GROOTSTE_OVERSCHOT,
            PEILDATUM_CYCLUS_1, null);

    /** Population share only, largest remainder: the comparison without the SES-WOA correction. */
    public static final Verdeelsleutel INWONERS = new Verdeelsleutel("INWONERS", 1,
            "Aandeel in de bevolking zonder correctie; afgerond volgens het grootste overschot. Vergelijkingssleutel: laat "
                    + "zien wat de SES-WOA-correctie verandert.",
            "Geen eigen rechtsgrond (vergelijking); de verdeling naar inwoners waarop het amendement Van Dijk (Kamerstuk 36333) "
                    + "de SES-WOA-correctie toepast",
            Correctie.GEEN, Afronding.GROOTSTE_OVERSCHOT, Afronding.GROOTSTE_OVERSCHOT, PEILDATUM_CYCLUS_1, null);

    /** Population share only, rounded per municipality. */
    public static final Verdeelsleutel INWONERS_PER_GEMEENTE = new Verdeelsleutel("INWONERS_PER_GEMEENTE", 1,
            "Aandeel in de bevolking zonder correctie; per gemeente afgerond (0.5 naar boven).",
            INWONERS.rechtsgrond(), Correctie.GEEN, Afronding.PER_GEMEENTE, Afronding.PER_GEMEENTE, PEILDATUM_CYCLUS_1, null);

    /** The half-yearly statushouders task: ceil(national number × municipal population / national population). */
    public static final Verdeelsleutel STATUSHOUDERS = new Verdeelsleutel("STATUSHOUDERS", 1,
            "Taakstelling huisvesting vergunninghouders: aantal × inwoners van de gemeente / inwoners van Nederland, naar boven "
                    + "afgerond; inwoners op 1 januari van het voorafgaande jaar.",
            "Huisvestingswet 2014, art. 29", Correctie.GEEN, Afronding.NAAR_BOVEN, Afronding.NAAR_BOVEN, null, null);

    /** A key without a recorded correction source (the keys this module defines). */
    public Verdeelsleutel(String code, int versie, String omschrijving, String rechtsgrond, Correctie correctie,
            Afronding afronding, Afronding amvAfronding, LocalDate peildatumInwoners, Integer sesWoaJaargang) {
        this(code, versie, omschrijving, rechtsgrond, correctie, afronding, amvAfronding, peildatumInwoners, sesWoaJaargang,
                null);
    }

    public Verdeelsleutel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(rechtsgrond, "rechtsgrond");
        Objects.requireNonNull(correctie, "correctie");
        Objects.requireNonNull(afronding, "afronding");
        Objects.requireNonNull(amvAfronding, "amvAfronding");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code mag niet leeg zijn");
        }
        if (versie < 1) {
            throw new IllegalArgumentException("versie moet 1 of hoger zijn: " + versie);
        }
        if (amvAfronding.somIsExact() && !afronding.somIsExact()) {
            throw new IllegalArgumentException("AMV-afronding " + amvAfronding + " vereist een afronding van de opgave die precies "
                    + "optelt tot het totaal, niet " + afronding);
        }
    }

    /** The keys this module defines, for listing and lookup. */
    public static List<Verdeelsleutel> bekende() {
        return List.of(SPREIDINGSWET_SES_WOA, SPREIDINGSWET_SES_WOA_EXACT, INWONERS, INWONERS_PER_GEMEENTE, STATUSHOUDERS);
    }

    /**
     * The same calculation with its documentary input sources recorded (population reference date, SES-WOA vintage);
     * they do not change the arithmetic, so code and version stay.
     */
    public Verdeelsleutel metInvoerbronnen(LocalDate peildatumInwoners, Integer sesWoaJaargang) {
        return new Verdeelsleutel(code, versie, omschrijving, rechtsgrond, correctie, afronding, amvAfronding,
                peildatumInwoners, sesWoaJaargang, correctiebron);
    }

    /** "SPREIDINGSWET_SES_WOA versie 1". */
    public String aanduiding() {
        return code + " versie " + versie;
    }
}
