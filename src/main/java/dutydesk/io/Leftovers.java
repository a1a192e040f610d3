package dutydesk.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Files a process names after itself ({@code PREFIX} + its process id + anything) while it works
 * and deletes when it is done, which a process that was killed leaves behind. The next process to
 * use the same prefix tidies them away.
 */
public final class Leftovers {

    private Leftovers() {
    }

    /**
     * Deletes the regular files in {@code dir} named {@code prefix}, a process id, then anything,
     * whose process is no longer running. Files that cannot be deleted (another user's) stay.
     *
     * @return how many were deleted
     */
    public static int remove(Path dir, String prefix) {
        int removed = 0;
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob(prefix) + "[0-9]*")) {
            for (Path f : files) {
                long pid = pid(f.getFileName().toString(), prefix);
                if (pid <= 0 || pid == self || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                        || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Files.deleteIfExists(f);
                    removed++;
                } catch (IOException notOurs) {
                    // Another user's, or already gone: not for this process to tidy.
                }
            }
        } catch (IOException | RuntimeException nothingToTidy) {
            // The folder cannot be listed: there is nothing this process could tidy there.
        }
        return removed;
    }

    /** The process id after {@code prefix} in {@code name}, or -1 if there is none. */
    static long pid(String name, String prefix) {
        int i = prefix.length();
        int j = i;
        while (j < name.length() && Character.isDigit(name.charAt(j))) {
            j++;
        }
        if (!name.startsWith(prefix) || j == i || j - i > 18) {
            return -1;
        }
        return Long.parseLong(name.substring(i, j));
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }
}
