package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** The app tests' way to open a session: a whole link, which must load without a message. */
final class Sessions {
    private Sessions() {
    }

    /** A new session on {@code hash}'s settings (and lesson), failing the test on any message. */
    static Session session(String hash) {
        Session s = new Session();
        assertEquals(List.of(), s.load(hash), hash);
        return s;
    }
}
