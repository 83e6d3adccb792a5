package scratchnet.app;

import java.util.List;
import java.util.Map;
import scratchnet.format.FormatException;
import scratchnet.format.HashCodec;

/**
 * The session's settings as links: a whole link (settings and lesson), a partial change that
 * keeps what the lesson locks, the lesson's start and the page's address, and the settings
 * last used on each family of data, restored when the page returns to it.
 */
final class SettingsLinks {
    private final Session session;
    /** The settings last used on each family of data (by ordinal), restored on return. */
    private final Settings[] lastOn = new Settings[Settings.Family.values().length];
    /** The lesson of the last whole link, and the link it started from ("" without one). */
    private Lesson lesson = Lesson.NONE;
    private String lessonStart = "";

    SettingsLinks(Session session) {
        this.session = session;
    }

    /** {@link Session#load}: all settings and the lesson from a whole link. */
    List<String> load(String hash) {
        List<String> problems = session.applyAll(SettingsHash.read(hash, null, null,
                session.userData()));
        Lesson next = Lesson.read(hash, problems);
        if (!next.equals(lesson)) { // the same lesson (e.g. Back within it) keeps its start
            lessonStart = next.active() ? session.hash() + next.suffix() : "";
        }
        lesson = next;
        return problems;
    }

    /**
     * Changes the settings named in {@code hash}, keeping the others; returns messages. A
     * setting the lesson locks keeps its value (a change of data may still move it to that
     * data's default first: it is then set back), and a message says so.
     */
    List<String> configure(String hash) {
        List<String> problems = new java.util.ArrayList<>();
        Map<String, String> given;
        try {
            given = HashCodec.pairs(hash);
        } catch (FormatException e) {
            given = Map.of(); // change() reports the unreadable link
        }
        for (String key : Lesson.KEYS) {
            if (given.containsKey(key)) {
                problems.add("A lesson's " + key + " comes only with a whole link; ignored here.");
            }
        }
        Map<String, String> before = HashCodec.pairs(session.hash());
        // Whether a locked setting would move is read off the settings the change makes, not
        // applied and undone: that would start the run over even when the allowed part keeps it.
        Settings preview = SettingsHash.read(hash, session.settings(), remembered(hash),
                session.userData()).settings();
        List<String> moved = movedLocks(before, HashCodec.pairs(SettingsHash.write(preview)));
        if (moved.isEmpty()) {
            problems.addAll(change(hash));
            return problems;
        }
        // A locked setting would move: make the change without the locked keys; should a
        // change of data still move a locked setting to that data's default, set it back.
        StringBuilder rest = new StringBuilder();
        for (Map.Entry<String, String> pair : given.entrySet()) {
            if (!lesson.locks(pair.getKey()) && !List.of(Lesson.KEYS).contains(pair.getKey())) {
                rest.append(rest.length() == 0 ? "" : "&").append(pair.getKey()).append('=')
                        .append(HashCodec.encode(pair.getValue()));
            }
        }
        problems.addAll(change(rest.toString()));
        StringBuilder back = new StringBuilder();
        for (String key : movedLocks(before, HashCodec.pairs(session.hash()))) {
            if (before.containsKey(key)) {
                back.append(back.length() == 0 ? "" : "&").append(key).append('=')
                        .append(HashCodec.encode(before.get(key)));
            }
        }
        if (back.length() > 0) {
            problems.addAll(change(back.toString()));
        }
        for (String key : moved) {
            problems.add("The lesson locks " + Lesson.nameOf(key) + (before.containsKey(key)
                    ? "; it stays at " + before.get(key) + "." : "; it stays as the lesson set it."));
        }
        return problems;
    }

    /**
     * Why the lesson refuses to start the run from a loaded model whose settings would be
     * {@code next}, or null if it does not: a locked setting the model would change, or a
     * locked weight seed (the lesson's run starts from the seed's weights).
     */
    String refusesModel(Settings next) {
        List<String> keys = movedLocks(HashCodec.pairs(session.hash()),
                HashCodec.pairs(SettingsHash.write(next)));
        if (keys.isEmpty() && lesson.locks("seed")) {
            keys = List.of("seed");
        }
        if (keys.isEmpty()) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>();
        for (String key : keys) {
            names.add(Lesson.nameOf(key));
        }
        String last = names.remove(names.size() - 1);
        String all = names.isEmpty() ? last : String.join(", ", names) + " and " + last;
        return "the lesson locks " + all + ", which loading it would "
                + "change (open the playground without the lesson to load it)";
    }

    /** The locked settings whose link value in {@code now} differs from {@code before}'s. */
    private List<String> movedLocks(Map<String, String> before, Map<String, String> now) {
        List<String> out = new java.util.ArrayList<>();
        for (String key : lesson.lockedAll()) {
            if (!java.util.Objects.equals(before.get(key), now.get(key))) {
                out.add(key);
            }
        }
        return out;
    }

    /** The lesson of the last whole link as JSON, with the link it started from. */
    String lessonJson() {
        return lesson.json(lessonStart);
    }

    /** {@link Session#restartLesson}: the lesson's first settings and fresh weights. */
    List<String> restartLesson() {
        if (!lesson.active()) {
            return List.of("There is no lesson to go back to.");
        }
        List<String> problems = load(lessonStart);
        session.reset(-1);
        return problems;
    }

    /** The session's link followed by the lesson's keys. */
    String fullHash() {
        return session.hash() + lesson.suffix();
    }

    /**
     * The settings last used on the family of data {@code hash} switches to (null if it names
     * no data, or none were used there yet).
     */
    private Settings remembered(String hash) {
        String v;
        try {
            v = HashCodec.pairs(hash).get("data");
        } catch (FormatException e) {
            return null;
        }
        if (v == null) {
            return null;
        }
        Settings.Family f = HashCodec.DIGITS.equals(v) ? Settings.Family.DIGITS
                : HashCodec.DELIVERY.equals(v) || HashCodec.USER.equals(v)
                        ? Settings.Family.DELIVERY : Settings.Family.POINTS;
        return lastOn[f.ordinal()];
    }

    /** Changes the settings named in {@code hash}, keeping the others; returns messages. */
    private List<String> change(String hash) {
        Settings before = session.settings();
        List<String> problems = session.applyAll(SettingsHash.read(hash, session.settings(),
                remembered(hash), session.userData()));
        if (session.settings().family() != before.family()) {
            lastOn[before.family().ordinal()] = before;
        }
        return problems;
    }

    /** Forgets the table settings remembered for the user's own data (it is gone). */
    void forgetUserTable() {
        Settings table = lastOn[Settings.Family.DELIVERY.ordinal()];
        if (table != null && table.data().userData()) {
            lastOn[Settings.Family.DELIVERY.ordinal()] = null;
        }
    }
}
