package dutydesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files left by killed processes are tidied away; anything else, or a running process's, stays. */
class LeftoversTest {

    @TempDir
    Path dir;

    @Test
    void onlyFilesOfProcessesThatHaveEndedAreDeleted() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long ended = p.pid();
        long self = ProcessHandle.current().pid();
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        for (String name : List.of(".cases.db.importing-" + ended, ".cases.db.importing-" + ended + "-wal",
                ".cases.db.importing-" + self, ".cases.db.importing-" + running, ".cases.db.importing-x1",
                ".other.db.importing-" + ended, "cases.db")) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectory(dir.resolve(".cases.db.importing-" + ended + "-dir"));

        assertEquals(2, Leftovers.remove(dir, ".cases.db.importing-"));
        assertEquals(List.of(".cases.db.importing-" + ended + "-dir", ".cases.db.importing-" + running,
                        ".cases.db.importing-" + self, ".cases.db.importing-x1", ".other.db.importing-" + ended,
                        "cases.db").stream().sorted().toList(), names());
    }

    @Test
    void aPrefixWithGlobCharactersIsTakenLiterally() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Files.writeString(dir.resolve("[a]-" + p.pid()), "x");
        Files.writeString(dir.resolve("a-" + p.pid()), "x");
        assertEquals(1, Leftovers.remove(dir, "[a]-"));
        assertEquals(List.of("a-" + p.pid()), names());
    }

    @Test
    void aFolderThatCannotBeListedHasNothingToTidy() {
        assertEquals(0, Leftovers.remove(dir.resolve("missing"), "x-"));
    }

    @Test
    void theProcessIdIsTheDigitsRightAfterThePrefix() {
        assertEquals(123, Leftovers.pid("dutydesk-case_check-123-456.db", "dutydesk-case_check-"));
        assertEquals(-1, Leftovers.pid("dutydesk-case_check-.db", "dutydesk-case_check-"));
        assertEquals(-1, Leftovers.pid("other-123", "dutydesk-"));
        assertEquals(-1, Leftovers.pid("dutydesk-1234567890123456789", "dutydesk-"));
    }

    List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
