package nl.spreiding.allocation.verdeling.opslag;

import java.math.BigInteger;
import java.util.List;
import java.util.UUID;

import io.quarkus.panache.common.Sort;
import nl.spreiding.allocation.verdeling.Afrondingsstap;
import nl.spreiding.allocation.verdeling.Breuk;
import nl.spreiding.allocation.verdeling.GemeenteOpgave;
import nl.spreiding.allocation.verdeling.GepubliceerdeTabel;
import nl.spreiding.allocation.verdeling.ProvincieOpgave;
import nl.spreiding.allocation.verdeling.Verdeelsleutel;
import nl.spreiding.allocation.verdeling.Verdeling;

/**
 * Writes a calculated distribution with all its exact values, and reads it back as the same {@link Verdeling}: a
 * published number can be explained and compared years later exactly as it was calculated.
 */
final class VerdelingOpslag {

    private VerdelingOpslag() {
    }

    static void bewaarGemeenten(UUID verdelingId, Verdeling verdeling) {
        for (GemeenteOpgave g : verdeling.gemeenten()) {
            VerdelingGemeente rij = new VerdelingGemeente();
            rij.verdelingId = verdelingId;
            rij.gemeentecode = g.gemeentecode();
            rij.naam = g.naam();
            rij.provinciecode = g.provinciecode();
            rij.aantalInwoners = g.aantalInwoners();
            rij.sesWoaScore = g.sesWoaScore();
            rij.gewicht = tekst(g.gewicht());
            rij.aandeel = tekst(g.aandeel());
            rij.onafgerondeOpgave = tekst(g.onafgerondeOpgave());
            rij.opgave = g.opgave();
            rij.afrondingSoort = g.afrondingsstap().soort().name();
            rij.afrondingRang = g.afrondingsstap().rangOverschot();
            rij.afrondingToelichting = g.afrondingsstap().toelichting();
            rij.amvOnafgerond = tekst(g.amvOnafgerond());
            rij.amv = g.amv();
            rij.amvAfrondingSoort = g.amvAfrondingsstap().soort().name();
            rij.amvAfrondingRang = g.amvAfrondingsstap().rangOverschot();
            rij.amvAfrondingToelichting = g.amvAfrondingsstap().toelichting();
            rij.bestaandeDuurzamePlaatsen = g.bestaandeDuurzamePlaatsen();
            rij.resterendeOpgave = g.resterendeOpgave();
            rij.persist();
        }
    }

    /** @param bron the publication of an adopted table (which names its own pseudo-key); null for a calculated one */
    static Verdeling lees(VastgesteldeVerdeling kop, VerdelingBron bron) {
        Verdeelsleutel sleutel = bron != null ? GepubliceerdeTabel.sleutel(bron.bron())
                : Verdeelsleutels.zoek(kop.sleutelCode, kop.sleutelVersie)
                        .metInvoerbronnen(kop.peildatumInwoners, kop.sesWoaJaargang);
        List<VerdelingGemeente> rijen = VerdelingGemeente.list("verdelingId", Sort.by("gemeentecode"), kop.id);
        List<GemeenteOpgave> gemeenten = rijen.stream().map(VerdelingOpslag::gemeente).toList();
        return new Verdeling(sleutel, kop.totaal, kop.amvTotaal, breuk(kop.totaalGewicht), gemeenten,
                ProvincieOpgave.optellen(gemeenten));
    }

    private static GemeenteOpgave gemeente(VerdelingGemeente r) {
        Breuk onafgerond = breuk(r.onafgerondeOpgave);
        Breuk amvOnafgerond = breuk(r.amvOnafgerond);
        return new GemeenteOpgave(r.gemeentecode, r.naam, r.provinciecode, r.aantalInwoners, r.sesWoaScore,
                breuk(r.gewicht), breuk(r.aandeel), onafgerond, r.opgave,
                new Afrondingsstap(Afrondingsstap.Soort.valueOf(r.afrondingSoort), onafgerond.restNaKomma(),
                        r.afrondingRang, r.afrondingToelichting),
                amvOnafgerond, r.amv,
                new Afrondingsstap(Afrondingsstap.Soort.valueOf(r.amvAfrondingSoort), amvOnafgerond.restNaKomma(),
                        r.amvAfrondingRang, r.amvAfrondingToelichting),
                r.bestaandeDuurzamePlaatsen, r.resterendeOpgave);
    }

    static String tekst(Breuk breuk) {
        return breuk.teller() + "/" + breuk.noemer();
    }

    static Breuk breuk(String tekst) {
        int streep = tekst.indexOf('/');
        return Breuk.van(new BigInteger(tekst.substring(0, streep)), new BigInteger(tekst.substring(streep + 1)));
    }
}
