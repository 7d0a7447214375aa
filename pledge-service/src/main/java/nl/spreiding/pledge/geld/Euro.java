package nl.spreiding.pledge.geld;

/** Amounts in integer euro cents, written the Dutch way for the explanations a person reads ("€ 2.000,00"). */
public final class Euro {

    private Euro() {
    }

    public static String tekst(long cent) {
        String teken = cent < 0 ? "-" : "";
        long abs = Math.abs(cent);
        return teken + "€ " + groepeer(abs / 100) + "," + String.format("%02d", abs % 100);
    }

    /** A whole number with a dot between groups of three ("1.900"). */
    public static String groepeer(long waarde) {
        String cijfers = Long.toString(Math.abs(waarde));
        StringBuilder uit = new StringBuilder();
        for (int i = 0; i < cijfers.length(); i++) {
            if (i > 0 && (cijfers.length() - i) % 3 == 0) {
                uit.append('.');
            }
            uit.append(cijfers.charAt(i));
        }
        return (waarde < 0 ? "-" : "") + uit;
    }
}
