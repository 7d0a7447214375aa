package nl.spreiding.voorbeeld.fout.kern;

import org.apache.kafka.common.utils.Utils;

/** A core that breaks its rule on purpose: it imports a library. */
public class Kern {

    public int som(int a, int b) {
        return Utils.murmur2(new byte[] { (byte) a, (byte) b });
    }
}
