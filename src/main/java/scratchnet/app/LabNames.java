package scratchnet.app;

import java.util.Locale;
import scratchnet.diag.Quantity;
import scratchnet.labs.Fix;
import scratchnet.labs.Hint;
import scratchnet.labs.LabId;

/**
 * The names the labs page and its URL use for labs, fixes, quantities and phenomena: the enum
 * constant in lower case with dashes ({@code LEAKY_RELU} → {@code leaky-relu}); labs use their
 * own stable {@link LabId#id()}. The only place these strings are made or read.
 */
final class LabNames {
    /** The labs page's link key naming the lab. */
    static final String LAB_KEY = "lab";
    /** The labs page's link key naming the fix. */
    static final String FIX_KEY = "fix";

    private LabNames() {
    }

    /** The labs page's link to {@code lab}, e.g. "#lab=dying-relu". */
    static String link(LabId lab) {
        return "#" + LAB_KEY + "=" + lab.id();
    }

    /** The labs page's link to {@code lab} with {@code fix}, e.g. "#lab=dying-relu&fix=…". */
    static String link(LabId lab, Fix fix) {
        return link(lab) + "&" + FIX_KEY + "=" + name(fix);
    }

    /** The lab called {@code name}, or null. */
    static LabId lab(String name) {
        for (LabId id : LabId.values()) {
            if (id.id().equals(name)) {
                return id;
            }
        }
        return null;
    }

    /** The fix called {@code name}, or null. */
    static Fix fix(String name) {
        for (Fix f : Fix.values()) {
            if (name(f).equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** e.g. "leaky-relu". */
    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** e.g. "pre-activation". */
    static String name(Quantity q) {
        return name((Enum<?>) q);
    }

    /** e.g. "dead-units". */
    static String name(Hint.Phenomenon p) {
        return name((Enum<?>) p);
    }

    /** Every lab id, in the order of {@link LabId}. */
    static String[] labs() {
        LabId[] ids = LabId.values();
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[i].id();
        }
        return out;
    }
}
