package dev.deepforward;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/** README's reference tables must name every field a spec file accepts, so the docs cannot fall behind. */
class ReadmeTest {

    @Test
    void everySpecFieldIsDocumented() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
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
    void readmeGivesTheTwoQuickStartCommands() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("`mvn javafx:run`").contains("`mvn verify`");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("\nmvn verify\n");
    }
}
