package dutydesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.OSInfo;

/**
 * Copies SQLite's native library for this machine out of the jar into a folder, once, so that
 * each start can load it with {@code -Dorg.sqlite.lib.path} instead of extracting a fresh copy to
 * {@code /tmp} (which costs tens of milliseconds per start and leaks a file after a kill).
 * Run by the launcher: {@code java -cp dutydesk.jar dutydesk.db.NativeLibrary DIR}.
 */
public final class NativeLibrary {

    private NativeLibrary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: NativeLibrary DIR");
            System.exit(2);
        }
        Path out = extract(Path.of(args[0]));
        System.out.println(out);
    }

    /** Extracts the library into {@code dir} (atomically) and returns its path. */
    public static Path extract(Path dir) throws IOException {
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        if (name.endsWith(".dylib") || name.endsWith(".jnilib")) {
            name = "libsqlitejdbc.dylib";
        }
        String resource = "/org/sqlite/native/" + folder + "/" + name;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("This build has no SQLite library for " + folder);
            }
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name, ".part");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Path target = dir.resolve(name);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }
}
