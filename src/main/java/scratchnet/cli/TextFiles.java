package scratchnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Whole-file UTF-8 reads and writes whose failures become one-line {@link UsageException}s. */
final class TextFiles {
    private TextFiles() {
    }

    /**
     * The text of {@code file}, which must be UTF-8 of at most {@code maxBytes} bytes; a
     * larger file (or an endless one such as /dev/zero) is refused after reading at most
     * {@code maxBytes} + 1 bytes. {@code what} names the file in messages ("model", "data").
     */
    static String read(String file, String what, long maxBytes) throws UsageException {
        String cannot = "cannot read " + what + " file " + file + ": ";
        String tooLarge = cannot + "it is larger than " + maxBytes + " bytes, the limit for a "
                + what + " file";
        try {
            Path path = Path.of(file);
            if (Files.isDirectory(path)) {
                throw new UsageException(cannot + "it is a folder, not a file");
            }
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw new UsageException(tooLarge);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                throw new UsageException(tooLarge);
            }
            return utf8(bytes);
        } catch (NoSuchFileException e) {
            throw new UsageException(cannot + "no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(cannot + "it is not UTF-8 text; save it as UTF-8");
        } catch (IOException | RuntimeException e) {
            throw new UsageException(cannot + reason(e));
        }
    }

    /** {@code bytes} as UTF-8, refusing malformed input rather than replacing it. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            // Either a real U+FFFD or a malformed byte the lenient decoder replaced: ask the
            // strict decoder, which only this rare case pays for.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        }
        return text;
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
