package dutydesk.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file that appears whole or not at all: it is written under a temporary name in the target's
 * folder, forced to disk, and only then renamed to the target (a rename within a folder is
 * atomic). Until {@link #commit} nothing exists under the target name; {@link #close} without a
 * commit removes the temporary file. The file is created readable and writable by its owner and
 * group only, like the database, since what goes out of the desk is as personal as what is in it.
 * An existing target is kept unless replacing it was asked for, and that is checked again at
 * the rename, so two writers cannot both win.
 */
public final class AtomicFile implements Closeable {

    /** Owner and group may read and write; others nothing. */
    public static final Set<PosixFilePermission> PERMISSIONS = PosixFilePermissions.fromString("rw-rw----");

    private final Path target;
    private final Path temp;
    private final boolean replace;
    private Writer writer;
    private boolean committed;

    private AtomicFile(Path target, Path temp, boolean replace) {
        this.target = target;
        this.temp = temp;
        this.replace = replace;
    }

    /**
     * Starts a file at {@code target}: an empty temporary file beside it. The folder must exist:
     * none is created, so a mistyped path fails instead of putting the file somewhere unexpected.
     *
     * @throws FileAlreadyExistsException if the target exists and {@code replace} is false
     * @throws NoSuchFileException if the target's folder does not exist
     */
    public static AtomicFile create(Path target, boolean replace) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new FileSystemException(abs.toString(), null, "is a directory");
        }
        if (!replace && Files.exists(abs)) {
            throw new FileAlreadyExistsException(abs.toString());
        }
        Path dir = abs.getParent();
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        String prefix = "." + abs.getFileName() + ".";
        Path temp;
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            temp = Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(PERMISSIONS));
            // The umask may have removed the group's bits; the desk's users need them.
            Files.setPosixFilePermissions(temp, PERMISSIONS);
        } else {
            temp = Files.createTempFile(dir, prefix, ".tmp");
        }
        return new AtomicFile(abs, temp, replace);
    }

    /** Where the file will appear. */
    public Path target() {
        return target;
    }

    /** The temporary file, for a writer that opens files by name (SQLite); empty until written. */
    public Path temp() {
        return temp;
    }

    /** A UTF-8 writer on the temporary file (opened on first use, closed by {@link #commit}). */
    public Writer writer() throws IOException {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /**
     * Closes the writer, forces the file to disk and renames it to the target, then forces the
     * folder so the new name survives a power cut.
     *
     * @throws FileAlreadyExistsException if the target appeared meanwhile and replacing was not asked for
     */
    public void commit() throws IOException {
        if (writer != null) {
            writer.close();
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        if (replace) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            moveIfAbsent();
        }
        committed = true;
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not every platform can sync a folder; the file itself is on disk.
        }
    }

    /**
     * A hard link fails if the name is taken, which a rename would silently replace; where links
     * are not supported, the check and the rename are separate steps.
     */
    private void moveIfAbsent() throws IOException {
        boolean linked;
        try {
            Files.createLink(target, temp);
            linked = true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            linked = false;
        }
        if (linked) {
            Files.delete(temp);
            return;
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            if (writer != null) {
                writer.close();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
