package dev.deepforward.spec.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deepforward.spec.RunSpec;
import org.junit.jupiter.api.Test;

class NumbersBeyondTheirTypeTest {

    private static String spec(String units, String seed) {
        return "{\"seed\": " + seed + ", \"network\": {\"hidden\": [{\"units\": " + units + ", \"activation\": \"relu\"}]}}";
    }

    @Test
    void aNumberTooBigForItsFieldSaysTheFieldsRangeAndTheNumberAsWritten() {
        Loaded<RunSpec> loaded = SpecJson.read(spec("1000000000000", "1"), "big.json", RunSpec.class);
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).extracting(FileProblem::toString).singleElement().asString()
                .contains("network.hidden[0].units: must be between 1 and 4096 (is 1000000000000)");
    }

    @Test
    void aNegativeNumberTooBigForItsFieldSaysTheRangeToo() {
        Loaded<RunSpec> loaded = SpecJson.read(spec("-1000000000000", "1"), "small.json", RunSpec.class);
        assertThat(loaded.problems()).extracting(FileProblem::toString).singleElement().asString()
                .contains("must be between 1 and 4096 (is -1000000000000)");
    }

    @Test
    void aNumberBeyondItsTypeWhereNoRangeIsCheckedIsStillAProblem() {
        // the seed is a long with no range of its own: 2^70 cannot be bound, and says so
        Loaded<RunSpec> loaded = SpecJson.read(spec("16", "1180591620717411303424"), "seed.json", RunSpec.class);
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problems()).extracting(FileProblem::toString).singleElement().asString()
                .contains("seed: number out of range");
    }

    @Test
    void aNumberWithinRangeStillBinds() {
        Loaded<RunSpec> loaded = SpecJson.read(spec("4096", "1"), "ok.json", RunSpec.class);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.value().network().hidden().get(0).units()).isEqualTo(4096);
    }
}
