package nl.spreiding.pledge.besluit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four criteria on which the December 2024 decision accepted promising initiatives (kansrijke initiatieven). */
@Schema(name = "KansrijkCriterium", description = "Grond waarop een toezegging als kansrijk initiatief is aanvaard "
        + "(verdeelbesluit december 2024): LOKALE_BESLUITVORMING_AFGEROND (lokale besluitvorming afgerond); "
        + "GEPLANDE_LOCATIE_NIET_BINNEN_ZES_MAANDEN (een geplande locatie die niet binnen 6 maanden beschikbaar is); "
        + "UITBREIDING_BESTAANDE_LOCATIE (een bestaande locatie met aantoonbaar uitzicht op uitbreiding); "
        + "REALISATIE_BINNEN_ZES_MAANDEN_TOEGEZEGD (een duidelijke toezegging om binnen 6 maanden te realiseren).",
        example = "LOKALE_BESLUITVORMING_AFGEROND")
public enum Criterium {
    LOKALE_BESLUITVORMING_AFGEROND,
    GEPLANDE_LOCATIE_NIET_BINNEN_ZES_MAANDEN,
    UITBREIDING_BESTAANDE_LOCATIE,
    REALISATIE_BINNEN_ZES_MAANDEN_TOEGEZEGD
}
