package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.data.CatalogEntry;
import dev.deepforward.data.DatasetCatalog;
import dev.deepforward.spec.ClippingSpec;
import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.EarlyStoppingSpec;
import dev.deepforward.spec.LayerSpec;
import dev.deepforward.spec.NetworkSpec;
import dev.deepforward.spec.OptimizerSpec;
import dev.deepforward.spec.OutputSpec;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.ScheduleSpec;
import dev.deepforward.spec.SpecTree;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps README and the reference it links (src/site/markdown) true: the spec format names every field a spec
 * file accepts, every link resolves, and README gives the commands CI runs.
 */
class ReadmeTest {

    static final Path SITE = Path.of("src/site/markdown");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @Test
    void everySpecFieldIsDocumented() throws Exception {
        String readme = Files.readString(SITE.resolve("spec-format.md"));
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(RunSpec.class, DataSpec.class, NetworkSpec.class, LayerSpec.class,
                OutputSpec.class, TrainingSpec.class, OptimizerSpec.class, ScheduleSpec.class, ClippingSpec.class,
                EarlyStoppingSpec.class, Variant.class, dev.deepforward.spec.SearchSpace.class,
                dev.deepforward.spec.SearchDimension.class, dev.deepforward.spec.ArchitectureSearchSpec.class)) {
            for (String field : SpecTree.fieldNames(type)) {
                String plain = "| `" + field + "` |";
                String qualified = "| `" + type.getSimpleName() + "." + field + "` |";
                if (!readme.contains(plain) && !readme.contains(qualified)) {
                    missing.add(type.getSimpleName() + "." + field);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyBuiltInDatasetIsNamedInTheSpecFormat() throws Exception {
        String format = Files.readString(SITE.resolve("spec-format.md"));
        for (CatalogEntry entry : DatasetCatalog.entries()) {
            assertThat(format).as(entry.id()).contains("`" + entry.id() + "`");
        }
    }

    @Test
    void everyPackageHasARowInTheArchitectureTable() throws Exception {
        String architecture = Files.readString(SITE.resolve("architecture.md"));
        try (Stream<Path> packages = Files.list(Path.of("src/main/java/dev/deepforward"))) {
            for (Path p : packages.filter(Files::isDirectory).toList()) {
                assertThat(architecture).as(p.getFileName().toString()).contains("| `" + p.getFileName() + "` |");
            }
        }
    }

    @Test
    void everyRelativeLinkInTheDocumentsPointsToAFileThatExists() throws Exception {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> site = Files.list(SITE)) {
            site.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path doc : documents) {
            Matcher m = LINK.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains("://") && !Files.exists(doc.toAbsolutePath().getParent().resolve(target))) {
                    broken.add(doc + " -> " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void readmeFitsOneScreenAndLinksTheReference() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        assertThat(lines.size()).isLessThanOrEqualTo(60);
        String readme = String.join("\n", lines);
        assertThat(readme).contains("](assets/screenshots/").contains("Lessons → Catalogue");
        try (Stream<Path> site = Files.list(SITE)) {
            for (Path p : site.filter(x -> x.toString().endsWith(".md")).toList()) {
                assertThat(readme).as(p.toString()).contains("](src/site/markdown/" + p.getFileName() + ")");
            }
        }
    }

    @Test
    void readmeGivesTheTwoQuickStartCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("`./mvnw javafx:run`").contains("`./mvnw verify`");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("\n./mvnw verify\n");
    }
}
