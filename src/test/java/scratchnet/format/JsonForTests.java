package scratchnet.format;

/** Opens the package-private JSON reader to tests in other packages. */
public final class JsonForTests {
    private JsonForTests() {
    }

    /** {@link Json#parse}: maps, lists, strings, doubles, booleans, and {@link Json#NULL}. */
    public static Object parse(String text) {
        return Json.parse(text);
    }

    /** Whether {@code v} is JSON's null. */
    public static boolean isNull(Object v) {
        return v == Json.NULL;
    }
}
