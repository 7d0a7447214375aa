package nl.spreiding.pledge.uitkering;

/**
 * One tier of the specifieke uitkering: which durable places count, the amount per place in cents, and whether it
 * is paid automatically or on application; with the text it comes from.
 */
public record Trede(int volgorde, Grondslag grondslag, long bedragPerPlaatsCent, Wijze wijze, Zekerheid zekerheid,
        String bron) {

    /** Which of a municipality's durable places a tier pays for. */
    public enum Grondslag {
        /** Places above the municipality's indicative task. */
        BOVEN_OPGAVE,
        /** Places up to the municipality's indicative task. */
        TOT_OPGAVE;

        public int plaatsen(int duurzamePlaatsen, int opgave) {
            return this == BOVEN_OPGAVE ? Math.max(0, duurzamePlaatsen - opgave)
                    : Math.max(0, Math.min(duurzamePlaatsen, opgave));
        }

        public String omschrijving() {
            return this == BOVEN_OPGAVE ? "boven de opgave" : "tot en met de opgave";
        }
    }

    public enum Wijze { AUTOMATISCH, OP_AANVRAAG }

    /** VASTGESTELD: read in the scheme itself; GEMELD: reported (press, spokesperson), so uncertain. */
    public enum Zekerheid { VASTGESTELD, GEMELD }
}
