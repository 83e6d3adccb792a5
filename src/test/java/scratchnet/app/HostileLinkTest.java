package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile labs links and playground settings objects (issue 15 item 5): each gives a short
 * message and keeps the state it had.
 */
class HostileLinkTest {
    private static final String BIG = "x".repeat(100_000);

    @Test
    void badLabLinksKeepTheLabAndSayWhy() {
        for (String hash : List.of("#lab=%E0%A4%A", "#lab=%", "#fix=%zz", "#lab=%C3%A9",
                "#lab=" + BIG, "#fix=" + BIG, BIG, "#lab=dying-relu&lab=x", "#=", "#%")) {
            LabSession l = new LabSession();
            l.load("nan-explosion");
            String fix = l.fix();
            List<String> messages = l.openLink(hash);
            assertEquals("nan-explosion", l.lab(), hash.substring(0, Math.min(20, hash.length())));
            assertEquals(fix, l.fix());
            if (!hash.equals("#=") && !hash.equals("#%")) {
                assertEquals(1, messages.size(), messages.toString());
            }
            for (String m : messages) {
                assertTrue(m.length() < 300, m.length() + " chars");
            }
        }
        LabSession l = new LabSession();
        assertEquals("There is no lab called \"é\"; the labs are " + String.join(", ",
                LabNames.labs()) + ".", l.openLink("#lab=%C3%A9").get(0));
    }

    @Test
    void hostileSettingsObjectsGiveAMessageAndKeepTheSettings() {
        Session s = new Session();
        Protocol.change(s, "{\"lr\": 0.1, \"layers\": [3]}");
        String before = s.hash();
        for (String json : List.of("{\"seed\":\"\\ud800\"}", "{\"seed\":\"" + BIG + "\"}",
                "{\"seed\":{\"a\":1}}", "{\"seed\":null}", "{\"" + BIG + "\":1}",
                "{\"layers\":[8,null]}", "{\"layers\":\"8,\"}", "{\"layers\":\",,,\"}",
                "", "  ", "[1]", "\"x\"", "{", BIG, "{\"lr\":\"NaN\"}", "{\"data\":\"%C3%A9\"}")) {
            String out = Protocol.change(s, json);
            assertEquals(before, s.hash(), json.substring(0, Math.min(30, json.length())));
            String messages = out.substring(0, out.indexOf(",\"settings\""));
            assertFalse(messages.equals("{\"messages\":[]"), json);
            assertTrue(messages.length() < 300, messages.length() + ": " + messages);
            assertFalse(messages.contains("\\ud800"), messages);
        }
    }
}
