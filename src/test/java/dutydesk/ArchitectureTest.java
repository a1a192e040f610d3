package dutydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of the README's Architecture section, read from the sources: which top-level
 * package may use which. A use is an import or a qualified name of a class in another package.
 */
class ArchitectureTest {

    static final Path MAIN = Path.of("src/main/java/dutydesk");

    /** Terminal, database and file infrastructure: no feature, no application; only files below them. */
    static final Map<String, Set<String>> INFRASTRUCTURE_USES = Map.of("tui", Set.of("io"), "db", Set.of("io"),
            "io", Set.of());
    static final Set<String> INFRASTRUCTURE = INFRASTRUCTURE_USES.keySet();

    /** Each feature and the features it may use (infrastructure is always allowed). */
    static final Map<String, Set<String>> FEATURES = Map.ofEntries(
            Map.entry("calendar", Set.of()),
            Map.entry("compliance", Set.of()),
            Map.entry("cases", Set.of("compliance", "calendar")),
            Map.entry("dachecks", Set.of("cases", "compliance", "calendar")),
            Map.entry("contacts", Set.of("dachecks", "cases", "compliance", "calendar")),
            Map.entry("users", Set.of()),
            Map.entry("reception", Set.of("cases", "users", "compliance", "calendar")),
            Map.entry("reports", Set.of("dachecks", "cases", "compliance", "calendar")),
            Map.entry("imports", Set.of("dachecks", "cases", "compliance", "calendar")),
            Map.entry("demo", Set.of("dachecks", "cases", "compliance", "calendar")),
            Map.entry("exports", Set.of()),
            Map.entry("backup", Set.of()));

    /** The pure rules inside dachecks: facts and a date in, results out. */
    static final List<String> CHECK_ENGINE = List.of("CheckEngine", "CheckFacts", "CheckRules", "Evaluation");

    static final Pattern USE = Pattern.compile("\\bdutydesk\\.([a-z]+)\\.(?:[a-z]+\\.)*[A-Z]");
    static final Pattern IO = Pattern.compile(
            "^import (?:static )?(java\\.sql|java\\.io|java\\.nio|java\\.net|org\\.jdbi|org\\.sqlite|dutydesk\\.db|dutydesk\\.tui)\\.",
            Pattern.MULTILINE);

    @Test
    void everyTopLevelPackageHasARule() {
        Set<String> packages = new TreeSet<>(uses().keySet());
        Set<String> known = new TreeSet<>(FEATURES.keySet());
        known.addAll(INFRASTRUCTURE);
        known.addAll(Set.of("app", "bench", "."));
        packages.removeAll(known);
        assertEquals(Set.of(), packages, "a new package needs its place in the dependency rule (README, Architecture)");
    }

    @Test
    void infrastructureKnowsNothingOfProbation() {
        Map<String, Set<String>> uses = uses();
        INFRASTRUCTURE_USES.forEach((p, allowed) -> {
            Set<String> used = new TreeSet<>(uses.getOrDefault(p, Set.of()));
            used.removeAll(allowed);
            assertEquals(Set.of(), used, p + " uses another package");
        });
    }

    @Test
    void featuresUseOnlyTheFeaturesBelowThemAndNeverTheApplication() {
        Map<String, Set<String>> uses = uses();
        List<String> wrong = new ArrayList<>();
        FEATURES.forEach((feature, allowed) -> {
            for (String used : uses.getOrDefault(feature, Set.of())) {
                if (!INFRASTRUCTURE.contains(used) && !allowed.contains(used)) {
                    wrong.add(feature + " -> " + used);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void onlyTheEntryPointUsesTheApplicationAndNothingUsesTheBenchTools() {
        uses().forEach((p, used) -> {
            if (!p.equals(".") && !p.equals("app")) {
                assertTrue(!used.contains("app"), p + " uses app");
            }
            if (!p.equals("bench")) {
                assertTrue(!used.contains("bench"), p + " uses bench");
            }
        });
    }

    @Test
    void theChecksEngineDoesNoInputOrOutput() throws IOException {
        for (String name : CHECK_ENGINE) {
            String source = Files.readString(MAIN.resolve("dachecks/" + name + ".java"));
            Matcher m = IO.matcher(source);
            if (m.find()) {
                throw new AssertionError(name + " imports from " + m.group(1));
            }
        }
    }

    @Test
    void theRuleSeesAUseWhereverItIsWritten() {
        assertEquals(List.of("cases", "tui"), found("""
                import dutydesk.cases.CaseRow;
                import static dutydesk.tui.widgets.Dialog.ask;
                // dutydesk.stderr.tty is a system property, not a package
                """));
        assertEquals(List.of("db"), found("var d = new dutydesk.db.Database(path);"));
    }

    static List<String> found(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = USE.matcher(source);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Top-level package ("." for the root) to the other top-level packages its sources use. */
    static Map<String, Set<String>> uses() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Path rel = MAIN.relativize(f);
                String pkg = rel.getNameCount() == 1 ? "." : rel.getName(0).toString();
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                try {
                    for (String p : found(Files.readString(f))) {
                        if (!p.equals(pkg)) {
                            used.add(p);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(uses.size() > 10, "the sources were found from " + Path.of("").toAbsolutePath());
        return uses;
    }
}
