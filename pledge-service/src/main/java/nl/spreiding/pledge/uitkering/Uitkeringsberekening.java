package nl.spreiding.pledge.uitkering;

import java.util.ArrayList;
import java.util.List;

import nl.spreiding.pledge.geld.Euro;
import nl.spreiding.pledge.uitkering.Trede.Wijze;

/**
 * What a municipality is entitled to under a scheme: per tier the places it pays for times its amount, in cents,
 * exactly (a long product; a place count times an amount per place cannot overflow it for any real scheme).
 */
public final class Uitkeringsberekening {

    private Uitkeringsberekening() {
    }

    /** One tier applied: how many places, at what amount, and the Dutch sentence that says so. */
    public record Regel(int volgorde, Trede.Grondslag grondslag, Wijze wijze, int plaatsen, long bedragPerPlaatsCent,
            long bedragCent, String toelichting) {
    }

    public record Uitkomst(List<Regel> regels, long automatischCent, long opAanvraagCent, String toelichting) {

        public long totaalCent() {
            return automatischCent + opAanvraagCent;
        }
    }

    /**
     * @param duurzamePlaatsen realised durable places after crediting between municipalities
     * @param opgave the municipality's indicative task
     */
    public static Uitkomst bereken(int opgave, int duurzamePlaatsen, List<Trede> treden) {
        List<Regel> regels = new ArrayList<>();
        long automatisch = 0;
        long opAanvraag = 0;
        StringBuilder uitleg = new StringBuilder("Duurzame plaatsen: " + Euro.groepeer(duurzamePlaatsen) + "; opgave: "
                + Euro.groepeer(opgave) + ".");
        for (Trede t : treden) {
            int plaatsen = t.grondslag().plaatsen(duurzamePlaatsen, opgave);
            long bedrag = Math.multiplyExact((long) plaatsen, t.bedragPerPlaatsCent());
            String zin = "Trede " + t.volgorde() + " (" + t.grondslag().omschrijving() + ", "
                    + (t.wijze() == Wijze.AUTOMATISCH ? "automatisch" : "op aanvraag") + "): "
                    + Euro.groepeer(plaatsen) + " plaatsen × " + Euro.tekst(t.bedragPerPlaatsCent()) + " = "
                    + Euro.tekst(bedrag) + ".";
            regels.add(new Regel(t.volgorde(), t.grondslag(), t.wijze(), plaatsen, t.bedragPerPlaatsCent(), bedrag, zin));
            uitleg.append(' ').append(zin);
            if (t.wijze() == Wijze.AUTOMATISCH) {
                automatisch = Math.addExact(automatisch, bedrag);
            } else {
                opAanvraag = Math.addExact(opAanvraag, bedrag);
            }
        }
        uitleg.append(" Automatisch: ").append(Euro.tekst(automatisch)).append("; op aanvraag: ")
                .append(Euro.tekst(opAanvraag)).append('.');
        return new Uitkomst(List.copyOf(regels), automatisch, opAanvraag, uitleg.toString());
    }
}
