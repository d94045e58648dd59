package dev.deepforward.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void stringLabelsAreNumberedInOrderOfFirstAppearance() throws Exception {
        Dataset d = CsvReader.read(csv("flowers.csv", """
                sepal_length,sepal_width,species
                5.1,3.5,virginica
                4.9,3.0,setosa
                6.3,2.9,virginica
                """), null);
        assertThat(d.name()).isEqualTo("flowers");
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.featureCount()).isEqualTo(2);
        assertThat(d.features()).containsExactly(5.1f, 3.5f, 4.9f, 3.0f, 6.3f, 2.9f);
        assertThat(d.classNames()).containsExactly("virginica", "setosa");
        assertThat(d.labels()).containsExactly(0, 1, 0);
    }

    @Test
    void wholeNumberLabelsAreTheClassesAsWritten() throws Exception {
        Dataset d = CsvReader.read(csv("n.csv", "a,b,label\n1,2,3\n3,4,1\n5,6,3\n"), null);
        assertThat(d.labels()).containsExactly(3, 1, 3);
        assertThat(d.classCount()).isEqualTo(4);
        assertThat(d.classNames()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void theLabelColumnCanBeNamedAndQuotedFieldsAreRead() throws Exception {
        Dataset d = CsvReader.read(csv("q.csv", """
                "kind","x, in cm",y
                "a ""big"" one",1.5,-2e1

                small,.5,3
                """), "kind");
        assertThat(d.features()).containsExactly(1.5f, -20f, 0.5f, 3f);
        assertThat(d.classNames()).containsExactly("a \"big\" one", "small");
    }

    @Test
    void gzipAndAByteOrderMarkAreHandled() throws Exception {
        Path f = dir.resolve("z.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("\uFEFFa,label\n1,x\n2,y\n".getBytes(StandardCharsets.UTF_8));
        }
        Dataset d = CsvReader.read(f, "label");
        assertThat(d.name()).isEqualTo("z");
        assertThat(d.features()).containsExactly(1f, 2f);
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws Exception {
        Path f = csv("iris.csv", "sepal,petal_width,species\n1,2,a\n\n3,abc,b\n");
        assertThatThrownBy(() -> CsvReader.read(f, null)).isInstanceOf(DataException.class)
                .hasMessage("iris.csv:4:2: column 'petal_width': 'abc' is not a number");
    }

    @Test
    void severalBadLinesAreCountedAndTheFirstFiveListedInOneError() throws Exception {
        StringBuilder text = new StringBuilder("x,y,label\n1,2,a\n3,oops,b\n4\n");
        for (int i = 0; i < 6; i++) {
            text.append("5,?,c\n");
        }
        text.append("6,7,a\n");
        Path f = csv("bad.csv", text.toString());
        assertThatThrownBy(() -> CsvReader.read(f, null)).isInstanceOf(DataException.class)
                .hasMessage("""
                        bad.csv:3:2: column 'y': 'oops' is not a number
                        bad.csv:4: 1 value, but there are 3 columns (x, y, label)
                        bad.csv:5:2: column 'y': '?' is not a number
                        bad.csv:6:2: column 'y': '?' is not a number
                        bad.csv:7:2: column 'y': '?' is not a number
                        8 lines cannot be read (the first 5 are listed).""");
        Path two = csv("two.csv", "x,y,label\n1,oops,a\n2\n");
        assertThatThrownBy(() -> CsvReader.read(two, null)).hasMessage("""
                two.csv:2:2: column 'y': 'oops' is not a number
                two.csv:3: 1 value, but there are 3 columns (x, y, label)
                2 lines cannot be read.""");
    }

    @Test
    void notFiniteAndEmptyValuesAreRefused() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("nan.csv", "a,b\nNaN,x\n"), null))
                .hasMessage("nan.csv:2:1: column 'a': 'NaN' is not a number");
        assertThatThrownBy(() -> CsvReader.read(csv("inf.csv", "a,b\n-Infinity,x\n"), null))
                .hasMessage("inf.csv:2:1: column 'a': '-Infinity' is not a number");
        assertThatThrownBy(() -> CsvReader.read(csv("gap.csv", "a,b,c\n1,,x\n"), null))
                .hasMessage("gap.csv:2:2: column 'b' is empty");
        assertThatThrownBy(() -> CsvReader.read(csv("nolabel.csv", "a,b\n1,\n"), null))
                .hasMessage("nolabel.csv:2:2: column 'b' (the label) is empty");
    }

    @Test
    void aWrongNumberOfValuesIsRefused() throws Exception {
        Path f = csv("cols.csv", "a,b,c\n1,2,x\n1,2\n");
        assertThatThrownBy(() -> CsvReader.read(f, null)).isInstanceOf(DataException.class)
                .hasMessage("cols.csv:3: 2 values, but there are 3 columns (a, b, c)");
    }

    @Test
    void emptyFilesAndFilesWithoutRowsAreRefused() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("empty.csv", ""), null)).isInstanceOf(DataException.class)
                .hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> CsvReader.read(csv("blank.csv", "\n  \n"), null))
                .hasMessage("blank.csv: the file is empty");
        assertThatThrownBy(() -> CsvReader.read(csv("header.csv", "a,b\n\n"), null)).isInstanceOf(DataException.class)
                .hasMessage("header.csv: a header but no data rows");
    }

    @Test
    void anUnknownLabelColumnListsTheColumns() throws Exception {
        Path f = csv("cols.csv", "a,b,c\n1,2,x\n");
        assertThatThrownBy(() -> CsvReader.read(f, "species")).isInstanceOf(DataException.class)
                .hasMessage("cols.csv:1: no column named 'species'; the columns are a, b, c");
    }

    @Test
    void aSingleColumnLeavesNoFeatures() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("one.csv", "label\nx\n"), null))
                .hasMessageStartingWith("one.csv:1: needs at least one feature column");
    }

    @Test
    void anUnclosedQuoteIsRefused() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("quote.csv", "a,b\n1,\"x\n"), null))
                .hasMessage("quote.csv:2: a quoted field is not closed");
    }

    @Test
    void scikitLearnsLayoutIsRecognisedByItsFirstLine() throws Exception {
        Dataset d = CsvReader.read(csv("mini-iris.csv", """
                3,2,setosa,versicolor,virginica
                5.1,3.5,0
                7.0,3.2,1
                6.3,3.3,2
                """), null);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.featureCount()).isEqualTo(2);
        assertThat(d.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(d.labels()).containsExactly(0, 1, 2);
    }

    @Test
    void scikitLearnsLayoutChecksItsDeclaredCountsAndLabels() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("few.csv", "3,2,a,b\n1,2,0\n1,2,1\n"), null))
                .hasMessage("few.csv: line 1 declares 3 samples, but the file holds 2");
        assertThatThrownBy(() -> CsvReader.read(csv("more.csv", "1,2,a,b\n1,2,0\n1,2,1\n"), null))
                .hasMessage("more.csv:3: more rows than the 1 the first line declares");
        assertThatThrownBy(() -> CsvReader.read(csv("label.csv", "1,2,a,b\n1,2,5\n"), null))
                .hasMessageStartingWith("label.csv: the labels must be whole numbers 0..1");
        assertThatThrownBy(() -> CsvReader.read(csv("width.csv", "1,2,a,b\n1,2,3,0\n"), null))
                .hasMessageStartingWith("width.csv:2: 4 values, but there are 3 columns");
    }

    @Test
    void headerlessFilesNameTheirColumnsByNumber() throws Exception {
        byte[] text = "1,2,0\n3,x,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvReader.readHeaderless(new java.io.ByteArrayInputStream(text), "d.csv", "d"))
                .hasMessage("d.csv:2:2: column 'column 2': 'x' is not a number");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write("1,2,0\n3,4,1\n".getBytes(StandardCharsets.UTF_8));
        }
        Dataset d = CsvReader.readHeaderless(new java.io.ByteArrayInputStream(gz.toByteArray()), "d.csv.gz", "d");
        assertThat(d.features()).containsExactly(1f, 2f, 3f, 4f);
        assertThat(d.labels()).containsExactly(0, 1);
    }

    @Test
    void tooManyDistinctLabelsSuggestTheWrongColumn() throws Exception {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < CsvReader.MAX_CLASSES + 1; i++) {
            sb.append(i).append(",v").append(i).append('\n');
        }
        assertThatThrownBy(() -> CsvReader.read(csv("many.csv", sb.toString()), null))
                .hasMessageStartingWith("many.csv:1002:2: column 'y' holds more than 1000 distinct labels");
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaksAndLaterLinesKeepTheirNumbers() throws Exception {
        Path f = csv("quoted.csv", "a,b,label\n1,2,\"two\nlines\"\n3,4,\"say \"\"hi\"\", ok\"\n5,x,y\n");
        assertThatThrownBy(() -> CsvReader.read(f, null)).hasMessage("quoted.csv:5:2: column 'b': 'x' is not a number");
        Dataset d = CsvReader.read(csv("ok.csv", "a,b,label\n1,2,\"two\nlines\"\n3,4,\"say \"\"hi\"\", ok\"\n"), null);
        assertThat(d.classNames()).containsExactly("two\nlines", "say \"hi\", ok");
    }

    @Test
    void semicolonAndTabDelimitersAreSniffedFromTheFirstLine() throws Exception {
        Dataset semi = CsvReader.read(csv("semi.csv", "\uFEFFa;b;label\n1,5;2;x\n3;4,25;y\n"), null);
        assertThat(semi.features()).containsExactly(1.5f, 2f, 3f, 4.25f);
        assertThat(semi.classNames()).containsExactly("x", "y");
        Dataset tab = CsvReader.read(csv("tab.tsv", "a\tb\tlabel\n1\t2\tx\n3\t4\ty\n"), null);
        assertThat(tab.features()).containsExactly(1f, 2f, 3f, 4f);
        Dataset comma = CsvReader.read(csv("comma.csv", "\"a;b\",c,label\n1,2,x\n"), null);
        assertThat(comma.featureCount()).isEqualTo(2);
    }

    @Test
    void aNumberBeyondSinglePrecisionIsRefusedAtItsCell() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("big.csv", "a,b,label\n1,2,x\n3,1e39,y\n"), null))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("big.csv:3:2: column 'b': '1e39' is too large for single precision");
    }

    @Test
    void controlCharactersInLabelsAndNamesAreRefused() throws Exception {
        assertThatThrownBy(() -> CsvReader.read(csv("nul.csv", "a,label\n1,x\n2,x\u0000\n3,y\n"), null))
                .hasMessage("nul.csv:3:2: column 'label' (the label): 'x\\u0000' holds a control character");
        assertThatThrownBy(() -> CsvReader.read(csv("name.csv", "a\u0007,label\n1,x\n"), null))
                .hasMessage("name.csv:1:1: the name 'a\\u0007' holds a control character");
    }

    @Test
    void oneEndlessLineFromASmallGzipFileIsRefusedAtTheRecordCap() throws Exception {
        Path f = dir.resolve("bomb.csv.gz");
        byte[] zeros = new byte[1 << 20];
        java.util.Arrays.fill(zeros, (byte) '0');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("a,label\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 64; i++) { // 64 MB of one line, 64 KB on disk
                out.write(zeros);
            }
        }
        assertThat(Files.size(f)).isLessThan(1 << 20);
        assertThatThrownBy(() -> CsvReader.read(f, null)).isInstanceOf(DataException.class)
                .hasMessage("bomb.csv.gz: line 2 is longer than 4,194,304 characters");
    }

    @Test
    void devicesFoldersAndMissingFilesAreRefusedBeforeReading() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThatThrownBy(() -> CsvReader.read(Path.of("/dev/zero"), null)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("zero: is in /dev, which holds devices");
        assertThatThrownBy(() -> CsvReader.read(dir, null)).hasMessageEndingWith(": is a folder, not a file");
        assertThatThrownBy(() -> CsvReader.read(dir.resolve("none.csv"), null))
                .hasMessageStartingWith("none.csv: file not found");
    }

    @Test
    void notUtf8TextIsRefusedWithItsLine() throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "a,label\n1,x\n2,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> CsvReader.read(f, null)).hasMessage("latin1.csv: is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void theHeaderPickerReadsNamesThroughTheSameParser() throws Exception {
        assertThat(CsvReader.headerNames(csv("h.csv", "\"sepal, cm\";petal;species\n1;2;x\n")))
                .containsExactly("sepal, cm", "petal", "species");
        assertThat(CsvReader.headerNames(csv("d.csv", "1,2,3\n"))).isEmpty();
        assertThat(CsvReader.headerNames(dir.resolve("missing.csv"))).isEmpty();
    }

    private Path csv(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }
}
