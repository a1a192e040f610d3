package dutydesk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a screen with a reviewed golden file under {@code src/test/resources/golden/}. To
 * accept a deliberate change, run the tests with {@code -Dgolden.update=true} and review the diff
 * of the golden files like any other change. On a mismatch the actual screen is written to
 * {@code target/golden-actual/} for diffing.
 */
public final class Golden {

    private Golden() {
    }

    public static void assertScreen(String name, String actual) {
        String resource = "/golden/" + name + ".txt";
        String expected = read(resource);
        String normalised = actual.stripTrailing() + "\n";
        if (Boolean.getBoolean("golden.update")) {
            write(Path.of("src/test/resources/golden", name + ".txt"), normalised);
            return;
        }
        if (expected == null) {
            write(Path.of("target/golden-actual", name + ".txt"), normalised);
            fail("No golden file " + resource + "; the screen was written to target/golden-actual/" + name
                    + ".txt (review it, then run with -Dgolden.update=true):\n" + normalised);
        }
        if (!expected.equals(normalised)) {
            write(Path.of("target/golden-actual", name + ".txt"), normalised);
            fail("Screen differs from " + resource + " (actual in target/golden-actual/" + name + ".txt)\n"
                    + diff(expected, normalised));
        }
    }

    private static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<none>";
            String y = i < a.length ? a[i] : "<none>";
            if (!x.equals(y)) {
                b.append(String.format("row %2d expected: %s%n       actual:   %s%n", i, x, y));
            }
        }
        return b.toString();
    }

    private static String read(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
