package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonForTests;

/** Teacher mode: a lesson link's hide, lock and prompt, and the session keeping locked values. */
class LessonTest {
    private static final String LINK = "#data=xor&layers=4&lr=0.1&hide=opt,play"
            + "&lock=data,lr&prompt=Why%20does%20XOR%20need%20a%20hidden%20layer%3F%20%E2%9C%93";

    @Test
    void aLessonLinkReadsItsControlsAndPromptWithoutUnknownKeyMessages() {
        Session s = new Session();
        List<String> messages = s.load(LINK);
        assertEquals(List.of(), messages);
        Map<?, ?> lesson = (Map<?, ?>) JsonForTests.parse(s.lessonJson());
        assertEquals(true, lesson.get("active"));
        assertEquals("Why does XOR need a hidden layer? ✓", lesson.get("prompt"));
        assertEquals(List.of("opt", "play"), lesson.get("hide"));
        assertEquals(List.of("data", "lr"), lesson.get("lock"));
        assertEquals("the learning rate", ((Map<?, ?>) lesson.get("controls")).get("lr"));
        String start = (String) lesson.get("start");
        assertTrue(start.startsWith("#data=xor&") && start.contains("&lr=0.1&"), start);
        assertTrue(start.endsWith("&hide=opt,play&lock=data,lr&prompt=Why%20does%20XOR%20need"
                + "%20a%20hidden%20layer%3F%20%E2%9C%93"), start);
        assertEquals(start, s.fullHash(), "the page's address keeps the lesson");
        assertFalse(s.hash().contains("hide="), "the settings' own link has no lesson keys");
    }

    @Test
    void everySettingsKeyAndPageControlCanBeNamedAndOthersAreReported() {
        assertTrue(Lesson.controls().containsAll(List.of("data", "k", "std", "f", "layers", "act",
                "lr", "batch", "opt", "seed", "hx", "play", "step", "labs", "learn")));
        List<String> problems = new ArrayList<>();
        Lesson l = Lesson.read("#hide=lr,warp,lr&lock=", problems);
        assertEquals(List.of("lr"), l.hidden());
        assertEquals(List.of(), l.locked());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("hide=warp names no control; the controls are data,"),
                problems.get(0));
    }

    @Test
    void aLongPromptIsCutToItsLimitAndSaidSo() {
        List<String> problems = new ArrayList<>();
        Lesson l = Lesson.read("#prompt=" + "a".repeat(Lesson.MAX_PROMPT + 5), problems);
        assertEquals(Lesson.MAX_PROMPT, l.prompt().length());
        assertEquals(List.of("The lesson's prompt has 605 characters; the first 600 are shown."),
                problems);
    }

    @Test
    void aLockedSettingKeepsItsValueAndAnUnlockedOneChanges() {
        Session s = new Session();
        s.load(LINK);
        List<String> messages = s.configure("lr=0.3&batch=20");
        assertEquals(List.of("The lesson locks the learning rate; it stays at 0.1."), messages);
        Map<String, String> now = HashCodec.pairs(s.hash());
        assertEquals("0.1", now.get("lr"));
        assertEquals("20", now.get("batch"));
        // a change of data is refused too: the locked dataset comes back, with its settings
        messages = s.configure("data=circle");
        assertEquals("xor", HashCodec.pairs(s.hash()).get("data"));
        assertTrue(messages.contains("The lesson locks the dataset; it stays at xor."),
                messages.toString());
        assertEquals(List.of("A lesson's hide comes only with a whole link; ignored here."),
                s.configure("hide=lr"));
    }

    @Test
    void restartingGoesBackToTheTeachersStartWithFreshWeightsAndBackKeepsTheStart() {
        Session s = new Session();
        s.load(LINK);
        String start = s.fullHash();
        String firstBits = s.parameterBits();
        s.configure("batch=20&act=relu");
        s.step(50);
        // Back in the browser: the same lesson at other settings keeps the teacher's start
        s.load(s.fullHash());
        s.step(5);
        assertEquals(List.of(), s.restartLesson());
        assertEquals(start, s.fullHash());
        assertEquals(0, s.steps());
        assertEquals(firstBits, s.parameterBits());
        // a link without a lesson ends it
        s.load("#data=circle");
        assertEquals(false, ((Map<?, ?>) JsonForTests.parse(s.lessonJson())).get("active"));
        assertEquals(List.of("There is no lesson to go back to."), s.restartLesson());
        assertEquals(s.hash(), s.fullHash());
    }

    @Test
    void theReadmesLessonExamplesOpenWithoutMessages() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### Teacher mode"),
                readme.indexOf("### Console API"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`(#data=[^`]*)`")
                .matcher(section);
        int examples = 0;
        while (m.find()) {
            Session s = new Session();
            assertEquals(List.of(), s.load(m.group(1)), m.group(1));
            assertEquals(true, ((Map<?, ?>) JsonForTests.parse(s.lessonJson())).get("active"));
            examples++;
        }
        assertEquals(3, examples);
    }

    @Test
    void lockingTheActivationLocksEveryLayersActivationToo() {
        Session s = new Session();
        s.load("#data=circle&layers=4,2&act=tanh&lock=act");
        assertEquals(List.of("act", "acts"), ((Map<?, ?>) JsonForTests.parse(s.lessonJson()))
                .get("lock"));
        List<String> messages = s.configure("acts=relu,tanh");
        assertEquals(null, HashCodec.pairs(s.hash()).get("acts"), s.hash());
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(s.fullHash().endsWith("&lock=act"), "the link keeps what the teacher wrote");
    }
}
