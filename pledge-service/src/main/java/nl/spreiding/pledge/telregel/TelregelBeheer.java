package nl.spreiding.pledge.telregel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.spreiding.platform.errors.DomainException;
import nl.spreiding.platform.security.Aanvrager;
import nl.spreiding.pledge.gebeurtenissen.PledgePublisher;
import nl.spreiding.pledge.gebeurtenissen.TelregelsVastgesteld;
import nl.spreiding.pledge.opgave.Cyclus;
import nl.spreiding.pledge.telregel.TelregelDtos.TelregelsInvoer;

/** Reads and sets a cycle's counting rules; setting them is the minister's, and is evented. */
@ApplicationScoped
public class TelregelBeheer {

    public static final String ONBEKENDE_CYCLUS = "urn:nld:spreiding:probleem:onbekende-cyclus";
    /** Cycle 1's minimum size: existing capacity counted for locations of more than 100 places. */
    public static final int STANDAARD_OMVANG_MEER_DAN = 100;

    private final PledgePublisher publisher;
    private final Aanvrager aanvrager;
    private final Clock clock;

    public TelregelBeheer(PledgePublisher publisher, Aanvrager aanvrager, Clock clock) {
        this.publisher = publisher;
        this.aanvrager = aanvrager;
        this.clock = clock;
    }

    /** The rules that apply in the cycle: the minister's, or the law's basis. */
    public Telregels geldend(String cyclus) {
        TelregelsVanCyclus r = TelregelsVanCyclus.findById(cyclus);
        return r == null ? Telregels.basis(cyclus) : r.regels();
    }

    /**
     * Sets the rules; every field left out takes cycle 1's practice, derived from the cycle's own dates: more than 100
     * places per location, five years, available by the end of the realisation term (decision deadline plus the
     * realisation months) and until the next capacity estimate (the cycle's next-cycle date).
     */
    @Transactional
    public Telregels stelVast(String cyclus, TelregelsInvoer invoer) {
        Cyclus c = Cyclus.findById(cyclus);
        if (c == null) {
            throw DomainException.unprocessable(ONBEKENDE_CYCLUS, "Onbekende cyclus", "Cyclus " + cyclus
                    + " is (nog) niet geopend; haar termijnen, waaruit de standaardtelregels volgen, zijn niet bekend.");
        }
        LocalDate realisatie = c.verdeelbesluit == null ? null : c.verdeelbesluit.plusMonths(c.realisatieMaanden);
        LocalDate vanaf = invoer.beschikbaarUiterlijkVanaf() != null ? invoer.beschikbaarUiterlijkVanaf() : realisatie;
        LocalDate tot = invoer.beschikbaarTenMinsteTot() != null ? invoer.beschikbaarTenMinsteTot() : c.volgendeCyclus;
        if (vanaf != null && tot != null && !tot.isAfter(vanaf)) {
            throw DomainException.invalid("De telregels zijn niet consistent.", "beschikbaarTenMinsteTot",
                    "moet na beschikbaarUiterlijkVanaf (" + vanaf + ") liggen");
        }
        TelregelsVanCyclus r = TelregelsVanCyclus.findById(cyclus);
        boolean nieuw = r == null;
        if (nieuw) {
            r = new TelregelsVanCyclus();
            r.cyclus = cyclus;
            r.versie = 0;
        } else {
            r.versie++;
        }
        r.minimaleOmvangMeerDan = invoer.minimaleOmvangMeerDan() == null ? STANDAARD_OMVANG_MEER_DAN
                : invoer.minimaleOmvangMeerDan();
        r.telwijze = invoer.telwijze() == null ? Telwijze.PER_LOCATIE : invoer.telwijze();
        r.minimumDuurJaren = invoer.minimumDuurJaren() == null ? Telregels.WETTELIJKE_DUUR_JAREN : invoer.minimumDuurJaren();
        r.beschikbaarUiterlijkVanaf = vanaf;
        r.beschikbaarTenMinsteTot = tot;
        r.bron = invoer.bron() == null || invoer.bron().isBlank() ? standaardBron(r) : invoer.bron().strip();
        r.vastgesteldDoor = aanvrager.naam();
        r.vastgesteldOp = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (nieuw) {
            r.persist();
        }
        Telregels t = r.regels();
        publisher.telregelsVastgesteld(new TelregelsVastgesteld(t.cyclus(), t.minimaleOmvangMeerDan(), t.telwijze().name(),
                t.minimumDuurJaren(), t.beschikbaarUiterlijkVanaf(), t.beschikbaarTenMinsteTot(), t.bron(), t.versie(),
                t.vastgesteldDoor()));
        return t;
    }

    private static String standaardBron(TelregelsVanCyclus r) {
        return "Standaard naar de praktijk van cyclus 1: bestaande capaciteit telde voor locaties van meer dan 100 "
                + "plaatsen voor meer dan vijf jaar (Spreidingswet, cyclus 2024-2026); duurzame opvangplaats = ten minste "
                + "vijf jaar beschikbaar (Besluit gemeentelijke taak mogelijk maken asielopvangvoorzieningen, Stb. 2024, "
                + "13); alleen plaatsen die beschikbaar zijn van de realisatiedatum"
                + (r.beschikbaarUiterlijkVanaf == null ? "" : " (" + r.beschikbaarUiterlijkVanaf + ")")
                + " tot de volgende capaciteitsraming"
                + (r.beschikbaarTenMinsteTot == null ? "" : " (" + r.beschikbaarTenMinsteTot + ")")
                + " telden (cyclus 1: 1 juli 2025 tot 1 februari 2026). Data van de cyclus, geen wettelijk getal.";
    }
}
