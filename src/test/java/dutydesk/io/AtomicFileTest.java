package dutydesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void theFileAppearsOnlyWhenCommittedWithTheGroupsPermissions() throws IOException {
        Path target = Files.createDirectory(dir.resolve("out")).resolve("export.csv");
        try (AtomicFile f = AtomicFile.create(target, false)) {
            f.writer().write("crn\r\n");
            assertFalse(Files.exists(target), "nothing under the real name before the commit");
            assertTrue(f.temp().getFileName().toString().startsWith(".export.csv."), f.temp().toString());
            assertEquals(target.getParent(), f.temp().getParent(), "written beside the target, so the rename is atomic");
            f.commit();
        }
        assertEquals("crn\r\n", Files.readString(target));
        assertEquals(AtomicFile.PERMISSIONS, Files.getPosixFilePermissions(target));
        assertEquals(1, filesIn(target.getParent()), "no temporary file left behind");
    }

    @Test
    void closingWithoutACommitLeavesNothing() throws IOException {
        Path target = dir.resolve("export.csv");
        try (AtomicFile f = AtomicFile.create(target, false)) {
            f.writer().write("half a file");
        }
        assertEquals(0, filesIn(dir));
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasAsked() throws IOException {
        Path target = dir.resolve("export.csv");
        Files.writeString(target, "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.create(target, false));
        try (AtomicFile f = AtomicFile.create(target, true)) {
            f.writer().write("new");
            f.commit();
        }
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aFileThatAppearsWhileWritingIsNotOverwritten() throws IOException {
        Path target = dir.resolve("export.csv");
        try (AtomicFile f = AtomicFile.create(target, false)) {
            f.writer().write("mine");
            Files.writeString(target, "someone else's");
            assertThrows(FileAlreadyExistsException.class, f::commit);
        }
        assertEquals("someone else's", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aMissingFolderIsNotCreated() {
        Path target = dir.resolve("mistyped/export.csv");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> AtomicFile.create(target, false));
        assertEquals(dir.resolve("mistyped") + ": no such folder", e.getMessage());
        assertFalse(Files.exists(dir.resolve("mistyped")));
    }

    @Test
    void aFolderIsNotAFile() {
        assertThrows(IOException.class, () -> AtomicFile.create(dir, true));
    }
}
