package scratchnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void helpDescribesTheOptionsAndSucceeds() {
        Run help = Run.of("serve", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--port N") && help.out().contains("--dir D"), help.out());
    }

    @Test
    void badOptionsAreOneLineUserErrors() {
        assertTrue(Run.of("serve", "--port", "70000").userError().contains("--port"));
        assertTrue(Run.of("serve", "--frob").userError().contains("unknown option --frob"));
        assertTrue(Run.of("serve", "--dir", "no/such/folder").userError()
                .contains("build the site first"));
    }

    @Test
    void theBuildPacksTheSiteWithTheProgram() throws Exception {
        Path site = ServeCommand.builtInSite();
        assertNotNull(site, "no site on the classpath: the build copies target/site there");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertEquals(Files.readString(Path.of("target/site/index.html")),
                Files.readString(site.resolve("index.html")));
    }
}
