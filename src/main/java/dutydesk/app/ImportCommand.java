package dutydesk.app;

import dutydesk.db.Database;
import dutydesk.imports.Importer;
import dutydesk.imports.Problem;
import dutydesk.io.Leftovers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dutydesk import}: cases, registrations and contacts from CSV extracts (see {@link Importer}). */
@Command(name = "import", sortOptions = false,
        header = "Import unallocated cases, their registrations and contacts from CSV extracts.",
        description = {"Reads CSV files with a header row: a cases extract, and optionally its registrations and"
                + " contact history (each file's kind is told by its columns; the README lists them). Every row is"
                + " checked first; one bad row and nothing is imported, unless --skip-bad.",
            "Cases are matched by CRN, registrations by CRN, type and registered date, contacts by CRN, date,"
                + " start time and type, so importing the same files again changes nothing. An imported case that"
                + " a newer full extract no longer lists leaves the unallocated list (it is never deleted). Creates"
                + " the database if it does not exist.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:imported (with --skip-bad: the good rows; the rejects are in their files)",
                "1:stopped by an error while running: nothing was imported",
                "2:bad arguments, or a file or the database cannot be opened",
                "3:problems in the files (listed on stderr): nothing was imported"})
final class ImportCommand extends HeadlessCommand {

    static final int REJECTED = 3;

    @Parameters(paramLabel = "FILE", arity = "1..3", description = "the extracts: cases, registrations, contacts (any order)")
    List<Path> files;

    @Option(names = "--skip-bad", description = "import the good rows; the bad ones go to NAME.rejects.csv")
    boolean skipBad;

    @Option(names = "--rejects", paramLabel = "DIR",
            description = "the folder for the rejects files (default: beside each file); made if missing, but only"
                    + " inside a folder that exists")
    Path rejects;

    @Option(names = "--encoding", paramLabel = "E",
            description = "auto (the default: UTF-8 if the file is valid UTF-8, else Windows-1252), utf-8 or windows-1252")
    String encoding = "auto";

    @Option(names = "--partial", description = "the cases file is not the whole extract: no case is marked as having left it")
    boolean partial;

    @Override
    public Integer call() throws IOException {
        Charset charset = charset();
        checkRejectsFolder();
        for (Path f : files) {
            if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
                throw new CommandFailure(Cli.USAGE, "cannot read " + f, Files.exists(f) ? "Check its permissions."
                        : "Check the file name.");
            }
        }
        PrintStream out = out();
        PrintStream err = err();
        Path path = dbPath();
        boolean created = !Files.exists(path);
        // A new database is built beside its name and put there, complete, only if the import
        // succeeds: until then no other process can open it, so it is written without a journal.
        if (created) {
            // A killed import's half-built file is of no use to anyone.
            Leftovers.remove(path.toAbsolutePath().getParent(), asidePrefix(path));
        }
        Path target = created ? aside(path) : path;
        long t0 = System.nanoTime();
        Progress bar = new Progress(err, Progress.stderrIsTerminal());
        Importer.Result r;
        boolean placed = false;
        // The database is opened (a new one made and migrated) on another thread while the files'
        // headers and first records are read.
        CompletableFuture<Database> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(created ? openAside(target) : open(target, Database.Mode.CREATE_IF_MISSING));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "import-open");
        opener.setDaemon(true);
        opener.start();
        try {
            try {
                r = Importer.run(() -> opened(opening), new Importer.Options(files, skipBad, rejects, charset, partial,
                        created), Clock.systemDefaultZone(), Main.osUser(), bar::show);
            } finally {
                bar.clear();
                closeWhenOpened(opening);
            }
            if (created && !r.rejected()) {
                place(target, path);
                placed = true;
            }
        } finally {
            if (created && !placed) {
                deleteDatabase(target);
            }
        }
        for (String note : r.notes()) {
            err.println("note: " + note);
        }
        for (Problem p : r.problems()) {
            err.println(p);
        }
        if (r.rejected()) {
            String what = r.rejectedRows() == 0 ? "the files have problems"
                    : Cli.count(r.rejectedRows(), "row was", "rows were") + " rejected";
            throw new CommandFailure(REJECTED, what + "; nothing was imported.", r.rejectedRows() == 0 || skipBad ? "Correct the files and import them again."
                    : "Correct them and import again, or use --skip-bad to import the good rows.");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.UK, "Imported %s into %s%s in %.1f s.%n", String.join(", ", files.stream()
                .map(f -> f.getFileName().toString()).toList()), path, created ? " (a new database)" : "", secs);
        out.println(capitalised(r.summary()) + ".");
        if (Boolean.getBoolean("dutydesk.trace")) {
            err.println("dutydesk import: " + bar.phases());
        }
        if (r.rejectedRows() > 0) {
            boolean one = r.rejectedRows() == 1;
            err.println("dutydesk: " + Cli.count(r.rejectedRows(), "row was", "rows were") + " rejected and not imported; "
                    + (one ? "it is in " : "they are in ") + String.join(", ", r.rejectsFiles().stream()
                    .map(Path::toString).toList()) + ".");
            // A rejects file is not the whole extract: imported as one, every case it does not list
            // would be marked as having left.
            err.println("Correct " + (one ? "it" : "them") + " there and import "
                    + (r.rejectsFiles().size() == 1 ? "that file" : "those files") + " with --partial.");
        }
        if (r.leftSkipped()) {
            err.println("dutydesk: no case was marked as having left the extract: some rows' CRNs could not be read.");
            err.println("Correct those rows and import the whole extract again.");
        }
        return Cli.OK;
    }

    /**
     * The rejects folder must be a folder; a missing one is made when the rejects are written, but
     * only inside a folder that exists, so a mistyped path stops the import before it starts.
     */
    private void checkRejectsFolder() {
        if (rejects == null || Files.isDirectory(rejects)) {
            return;
        }
        if (Files.exists(rejects)) {
            throw new CommandFailure(Cli.USAGE, "--rejects " + rejects + " is not a folder",
                    "Give --rejects a folder, or leave it out to write the rejects beside each file.");
        }
        Path parent = rejects.toAbsolutePath().normalize().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandFailure(Cli.USAGE, "--rejects " + rejects + ": there is no folder " + parent + " to make it in",
                    "Check the path, or create the folder first.");
        }
    }

    /**
     * Makes and migrates the new database built aside: no other process can open it and it is
     * thrown away if anything fails, so it is written without a journal or syncing until it is
     * finished ({@link Importer.Options#unsharedNewFile}).
     */
    private Database openAside(Path aside) {
        return open(aside, Database.Mode.CREATE_IF_MISSING, Importer::unsharedFile);
    }

    /** The database being opened, once it is (its failure as it failed). */
    private static Database opened(CompletableFuture<Database> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Waits for the database to be opened, if it is being, and closes it. */
    private static void closeWhenOpened(CompletableFuture<Database> opening) {
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // Its failure is the import's, reported there (or a file's problem was reported first).
        }
    }

    /** Where a new database at {@code path} is built: a hidden file beside it, named for this process. */
    static Path aside(Path path) {
        return path.toAbsolutePath().resolveSibling(asidePrefix(path) + ProcessHandle.current().pid());
    }

    private static String asidePrefix(Path path) {
        return "." + path.toAbsolutePath().getFileName() + ".importing-";
    }

    /**
     * Puts the finished database {@code built} at {@code path}: synced to disk first, then linked
     * there (which fails, changing nothing, if a database appeared at {@code path} meanwhile), or
     * where links are not possible, renamed.
     */
    static void place(Path built, Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(built, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        try {
            Files.createLink(path, built);
        } catch (FileAlreadyExistsException e) {
            throw appeared(path);
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.exists(path)) {
                throw appeared(path);
            }
            Files.move(built, path, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.delete(built);
    }

    private static CommandFailure appeared(Path path) {
        return new CommandFailure(Cli.FAILED, "a database appeared at " + path + " during the import; nothing was"
                + " imported.", "Import into it again: cases are matched by CRN.");
    }

    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    private Charset charset() {
        switch (encoding.toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "auto": return null;
            case "utf-8": case "utf8": return StandardCharsets.UTF_8;
            case "windows-1252": case "cp1252": return Charset.forName("windows-1252");
            default: throw new CommandLine.ParameterException(spec.commandLine(),
                    "--encoding is auto, utf-8 or windows-1252, not '" + encoding + "'");
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
