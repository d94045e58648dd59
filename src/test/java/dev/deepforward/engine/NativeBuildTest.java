package dev.deepforward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** ND4J's native build is picked by what the CPU supports, so the app starts on any x86-64 CPU. */
class NativeBuildTest {

    private static final Set<String> HASWELL = Set.of("fpu", "sse4_2", "avx", "avx2", "fma", "f16c", "bmi2");

    @Test
    void aLinuxX8664CpuWithAvx2AndFmaGetsTheAvx2Build() {
        assertThat(NativeBuild.extensionFor("Linux", "amd64", HASWELL)).isEqualTo("-avx2");
    }

    @Test
    void aCpuWithoutAvx2GetsTheGenericBuild() {
        assertThat(NativeBuild.extensionFor("Linux", "amd64", Set.of("fpu", "sse4_2", "avx"))).isEmpty();
        assertThat(NativeBuild.extensionFor("Linux", "amd64", Set.of("avx", "avx2"))).as("AVX2 without FMA").isEmpty();
        assertThat(NativeBuild.extensionFor("Linux", "amd64", Set.of())).as("flags unknown").isEmpty();
    }

    @Test
    void otherSystemsAndProcessorsGetTheGenericBuild() {
        assertThat(NativeBuild.extensionFor("Windows 11", "amd64", HASWELL)).isEmpty();
        assertThat(NativeBuild.extensionFor("Mac OS X", "x86_64", HASWELL)).isEmpty();
        assertThat(NativeBuild.extensionFor("Linux", "aarch64", Set.of("fp", "asimd"))).isEmpty();
    }

    @Test
    void theFlagsComeFromTheFirstFlagsLineOfCpuinfo() {
        List<String> cpuinfo = List.of("processor\t: 0", "model name\t: Some CPU", "flags\t\t: fpu avx  avx2 fma",
                "bugs\t\t: spectre_v1", "processor\t: 1", "flags\t\t: fpu");
        assertThat(NativeBuild.flagsOf(cpuinfo)).containsExactlyInAnyOrder("fpu", "avx", "avx2", "fma");
        assertThat(NativeBuild.flagsOf(List.of("processor\t: 0"))).isEmpty();
    }

    @Test
    void aChoiceAlreadyMadeOnTheCommandLineIsKept() {
        // the test JVM chose at session start (NativeBuildSession); choosing again changes nothing
        String before = System.getProperty(NativeBuild.PROPERTY);
        NativeBuild.choose();
        assertThat(before).isNotNull();
        assertThat(System.getProperty(NativeBuild.PROPERTY)).isEqualTo(before);
    }

    @Test
    void theTestsRunOnTheBuildThisCpuGets() {
        boolean avx2Shipped = NativeBuild.class.getClassLoader()
                .getResource("org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-avx2/libnd4jcpu.so") != null;
        String expected = avx2Shipped && System.getProperty(NativeBuild.PROPERTY).equals(NativeBuild.AVX2)
                ? "avx2" : "generic";
        assertThat(NativeBuild.loaded()).isEqualTo(expected);
        assertThat(Backend.nd4jDescription()).endsWith("libnd4j " + expected + ")");
    }
}
