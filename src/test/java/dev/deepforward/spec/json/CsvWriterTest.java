package dev.deepforward.spec.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(CsvWriter.cell("ReLU · Xavier")).isEqualTo("ReLU · Xavier");
        assertThat(CsvWriter.cell("")).isEmpty();
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedPerRfc4180() {
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaStartWithAnApostrophe() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvWriter.cell("-2")).isEqualTo("'-2");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\t=x")).isEqualTo("'\t=x");
        assertThat(CsvWriter.cell("\r=x")).isEqualTo("\"'\r=x\"");
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(CsvWriter.cell("a=b")).as("only a leading sign makes a formula").isEqualTo("a=b");
    }
}
