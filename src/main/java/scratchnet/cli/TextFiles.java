package scratchnet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Whole-file UTF-8 reads and writes whose failures become one-line {@link UsageException}s. */
final class TextFiles {
    private TextFiles() {
    }

    /** The text of {@code file}; {@code what} names it in messages ("model", "data"). */
    static String read(String file, String what) throws UsageException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + what + " file " + file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read " + what + " file " + file + ": " + reason(e));
        }
    }

    /** Writes {@code text} to {@code file}, replacing it. */
    static void write(String file, String text) throws UsageException {
        try {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot write " + file + ": its folder does not exist");
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot write " + file + ": " + reason(e));
        }
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
