package dev.deepforward.data;

import dev.deepforward.spec.DataSpec;
import dev.deepforward.spec.io.InputRefusedException;
import dev.deepforward.spec.io.LineCappedReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a classification table from CSV: numeric feature columns and one label column.
 *
 * <p>Parsing is Apache Commons CSV's: fields may be double-quoted ({@code ""} inside quotes is a quote)
 * and quoted fields may hold line breaks. The delimiter is sniffed from the first line — comma,
 * semicolon or tab, whichever occurs most outside quotes (comma when none does); with {@code ;} or tab
 * a number may use a decimal comma ({@code 5,1}). A UTF-8 byte-order mark is ignored, blank lines are
 * skipped, fields are trimmed, and the text must be UTF-8. Two layouts are understood, told apart by the
 * first line:
 * <ul>
 *   <li><b>Header CSV</b>: the first line names the columns; the label column is the one named, or the
 *       last.</li>
 *   <li><b>scikit-learn's layout</b> (its {@code iris.csv}): a first line {@code count,features,name0,name1,…}
 *       (two whole numbers, then the class names), then rows of the features and an integer label.</li>
 * </ul>
 * A file may be gzip-compressed (recognised by content). Files are read through the bounded reader
 * ({@link Inputs}): at most {@link dev.deepforward.spec.io.BoundedInput#DATA_FILE_BYTES} bytes raw and
 * decompressed, a record of at most {@value #MAX_RECORD_CHARS} characters, and the table's numbers are
 * checked against the memory budget before the array that holds them grows.
 *
 * <p><b>Cells.</b> Features must be decimal numbers that are finite in single precision, the precision
 * the data are trained in ({@code 1e39} is refused). Labels and column names must not hold control
 * characters other than tabs and line breaks (a NUL byte would silently make a class of its own that
 * looks like another).
 *
 * <p><b>Labels.</b> If every label is a whole number from 0 to {@value #MAX_CLASSES}−1, the numbers are the
 * classes, as written (so a spec's {@code classes: [3, 5]} means what the file says 3 and 5 are), and the
 * classes are 0..max. Otherwise the labels are names, numbered in order of first appearance in the file —
 * the order a user reading the file from the top sees them in.
 *
 * <p>Every error names the file and line, and for a cell its column (the field's number, from 1):
 * {@code iris.csv:17:4: column 'petal_width': 'abc' is not a number}.
 */
public final class CsvReader {

    /** Most distinct labels; more suggests the label column is not a class at all. */
    public static final int MAX_CLASSES = 1000;
    /** Most rows read (the most samples a spec can ask for). */
    public static final int MAX_ROWS = DataSpec.MAX_SAMPLES;
    /** Most numbers in a table (400 MB as floats). */
    public static final long MAX_VALUES = 100_000_000L;
    /** Longest record (one line, or a quoted field's lines), in characters: 400,000 features of ten. */
    public static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;
    /** Copies of the table that loading and preparing a run holds at once, for the memory check. */
    static final int COPIES = 3;

    /** Bad lines an error lists (it counts them all). */
    static final int LISTED_BAD_LINES = 5;

    /** Characters looked at to sniff the delimiter. */
    private static final int SNIFF_CHARS = 1 << 16;

    private CsvReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param labelColumn the label column's name, or {@code null}/blank for the last column
     */
    public static Dataset read(Path file, String labelColumn) throws DataException {
        String source = Inputs.nameOf(file);
        try (InputStream in = Inputs.open(file)) {
            return read(in, source, datasetName(source), labelColumn);
        } catch (IOException e) {
            throw new DataException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads from {@code in} (raw or gzip); {@code source} names it in messages. */
    public static Dataset read(InputStream in, String source, String name, String labelColumn) throws DataException {
        try (Records records = new Records(Inputs.decompressIfGzip(in, source), source)) {
            Row first = records.next();
            if (first == null) {
                throw new DataException(source, "the file is empty");
            }
            List<String> header = first.fields();
            if (isSklearnHeader(header)) {
                return readSklearn(records, first, name);
            }
            checkNames(header, source, first.line());
            int labelIndex = labelIndex(header, labelColumn, source, first.line());
            Table table = new Table(header.size(), labelIndex, header, records);
            table.readRows(null, -1);
            return table.toDataset(name, null);
        }
    }

    /**
     * Reads a CSV without a header whose last column is the label (scikit-learn's {@code digits.csv.gz});
     * the columns are called {@code column 1}, {@code column 2}, … in messages.
     */
    static Dataset readHeaderless(InputStream in, String source, String name) throws DataException {
        try (Records records = new Records(Inputs.decompressIfGzip(in, source), source)) {
            Row first = records.next();
            if (first == null) {
                throw new DataException(source, "the file is empty");
            }
            int columns = first.fields().size();
            List<String> header = new ArrayList<>(columns);
            for (int c = 1; c <= columns; c++) {
                header.add("column " + c);
            }
            Table table = new Table(columns, columns - 1, header, records);
            table.readRows(first, -1);
            return table.toDataset(name, null);
        }
    }

    /**
     * The column names of {@code file}'s header, to offer as label columns before the file is read in
     * full; empty when the first line is data (a number in it) or scikit-learn's count line, or when the
     * file cannot be read (reading it in full then says why).
     */
    public static List<String> headerNames(Path file) {
        String source = Inputs.nameOf(file);
        try (InputStream in = Inputs.open(file); Records records = new Records(in, source)) {
            Row first = records.next();
            if (first == null) {
                return List.of();
            }
            for (String field : first.fields()) {
                if (parseNumber(field, ',') != null || hasControl(field)) {
                    return List.of();
                }
            }
            return List.copyOf(first.fields());
        } catch (DataException | IOException e) {
            return List.of();
        }
    }

    /** {@code 150,4,setosa,versicolor,virginica}: two whole numbers, then at least two names. */
    private static boolean isSklearnHeader(List<String> header) {
        if (header.size() < 4 || !isWholeNumber(header.get(0)) || !isWholeNumber(header.get(1))) {
            return false;
        }
        for (String className : header.subList(2, header.size())) {
            if (className.isEmpty() || parseNumber(className, ',') != null) {
                return false;
            }
        }
        return true;
    }

    private static Dataset readSklearn(Records records, Row first, String name) throws DataException {
        String source = records.source;
        List<String> header = first.fields();
        long headerLine = first.line();
        int declaredRows;
        int features;
        try {
            declaredRows = Integer.parseInt(header.get(0));
            features = Integer.parseInt(header.get(1));
        } catch (NumberFormatException e) {
            throw DataException.atLine(source, headerLine, "the sample and feature counts are too large");
        }
        if (features < 1 || features > 100_000 || declaredRows < 1 || declaredRows > MAX_ROWS) {
            throw DataException.atLine(source, headerLine, "declares " + declaredRows + " samples of " + features
                    + " features; expected 1.." + MAX_ROWS + " samples of at least one feature");
        }
        List<String> classNames = header.subList(2, header.size());
        checkNames(classNames, source, headerLine);
        List<String> columns = new ArrayList<>(features + 1);
        for (int c = 1; c <= features; c++) {
            columns.add("feature " + c);
        }
        columns.add("label");
        Table table = new Table(features + 1, features, columns, records);
        table.readRows(null, declaredRows);
        if (table.rows != declaredRows) {
            throw new DataException(source, "line " + headerLine + " declares " + declaredRows
                    + " samples, but the file holds " + table.rows);
        }
        return table.toDataset(name, classNames);
    }

    private static int labelIndex(List<String> header, String labelColumn, String source, long line)
            throws DataException {
        if (header.size() < 2) {
            throw DataException.atLine(source, line, "needs at least one feature column and a label column; the "
                    + "header has " + header.size() + " column");
        }
        if (labelColumn == null || labelColumn.isBlank()) {
            return header.size() - 1;
        }
        int index = header.indexOf(labelColumn.strip());
        if (index < 0) {
            throw DataException.atLine(source, line, "no column named '" + labelColumn.strip()
                    + "'; the columns are " + String.join(", ", header));
        }
        return index;
    }

    /** Column and class names are shown in the window and in messages: no control characters. */
    private static void checkNames(List<String> names, String source, long line) throws DataException {
        for (int i = 0; i < names.size(); i++) {
            if (hasControl(names.get(i))) {
                throw DataException.atCell(source, line, i + 1, "the name " + printable(names.get(i))
                        + " holds a control character");
            }
        }
    }

    /** Control characters other than a tab or a line break (a quoted field may hold those). */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** {@code text} quoted for a message, control characters written as {@code \u0000}, cut at 40 characters. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder("'");
        for (int i = 0; i < text.length() && i < 40; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.append(text.length() > 40 ? "…'" : "'").toString();
    }

    /**
     * The value of a decimal number, or null if {@code text} is not one. With a delimiter other than a
     * comma, one comma and no point is a decimal comma ({@code 5,1}), as spreadsheets in much of Europe
     * write numbers.
     */
    private static Double parseNumber(String text, char delimiter) {
        if (delimiter != ',' && text.indexOf(',') >= 0 && text.indexOf(',') == text.lastIndexOf(',')
                && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        // Double.parseDouble accepts "NaN", "Infinity" and hex floats ("0x1p3"); none belongs in a feature.
        if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1)) && text.charAt(text.length() - 1) != '.') {
            return null;
        }
        if (text.indexOf('x') >= 0 || text.indexOf('X') >= 0) {
            return null;
        }
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isWholeNumber(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String datasetName(String fileName) {
        String name = fileName;
        for (String ext : new String[] {".gz", ".csv", ".CSV"}) {
            if (name.endsWith(ext) && name.length() > ext.length()) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /** One non-blank record and the physical line it starts on (from 1). */
    record Row(List<String> fields, long line) {
    }

    /**
     * The non-blank records of a CSV stream, parsed by Commons CSV with the sniffed delimiter, behind
     * strict UTF-8 decoding and the record-length cap.
     */
    private static final class Records implements AutoCloseable {
        private final String source;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final char delimiter;

        Records(InputStream in, String source) throws DataException {
            this.source = source;
            Reader decoded = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            BufferedReader reader = new BufferedReader(new LineCappedReader(decoded, MAX_RECORD_CHARS, true),
                    Inputs.BUFFER);
            try {
                skipByteOrderMark(reader);
                delimiter = sniffDelimiter(reader);
                // Blank lines are kept as records and skipped here, so every record's first line is known
                // by counting (Commons CSV reports only where the parser stands).
                CSVFormat format = CSVFormat.DEFAULT.builder()
                        .setDelimiter(delimiter)
                        .setQuote('"')
                        .setIgnoreEmptyLines(false)
                        .setIgnoreSurroundingSpaces(true)
                        .get();
                parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            } catch (IOException e) {
                throw failure(e, 1);
            }
            records = parser.iterator();
        }

        /** The next non-blank record, or null at the end. */
        Row next() throws DataException {
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw failure(e.getCause(), line);
                } catch (IllegalStateException e) {
                    // Commons CSV reports some malformed quoting this way
                    throw DataException.atLine(source, line, "a quoted field is malformed: " + e.getMessage());
                }
                // strip(), not Commons CSV's trim(): trim() would also drop NUL and other control
                // characters at the ends, hiding them instead of refusing them
                List<String> fields = new ArrayList<>(record.size());
                for (String field : record) {
                    fields.add(field.strip());
                }
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                return new Row(fields, line);
            }
        }

        char delimiter() {
            return delimiter;
        }

        private DataException failure(IOException e, long line) {
            if (e instanceof InputRefusedException) {
                return new DataException(source, e.getMessage());
            }
            if (e instanceof CharacterCodingException) {
                // the decoder reads ahead by a buffer, so the line it stopped at says little
                return new DataException(source, "is not UTF-8 text; save it as UTF-8");
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                return DataException.atLine(source, line, "a quoted field is not closed");
            }
            if (message.contains("nvalid char between encapsulated token and delimiter")) {
                return DataException.atLine(source, line, "text after a closing quote; a quote inside a quoted "
                        + "field is written \"\"");
            }
            return DataException.atLine(source, line, "cannot be read: " + message);
        }

        private static void skipByteOrderMark(BufferedReader reader) throws IOException {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }

        /** The most frequent of , ; and tab outside quotes on the first non-blank line (comma on a tie). */
        private static char sniffDelimiter(BufferedReader reader) throws IOException {
            reader.mark(SNIFF_CHARS);
            char[] chars = new char[SNIFF_CHARS];
            int n = 0;
            int got;
            while (n < chars.length && (got = reader.read(chars, n, chars.length - n)) > 0) {
                n += got;
            }
            reader.reset();
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            boolean seenText = false;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    if (seenText) {
                        break;
                    }
                } else if (!quoted && c == ',') {
                    commas++;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == '\t') {
                    tabs++;
                }
                seenText |= !Character.isWhitespace(c);
            }
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            return tabs > commas && tabs > semicolons ? '\t' : ',';
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // the data were already read or the error already reported
            }
        }
    }

    /** A line that cannot be a row (a cell that is not a number, a missing value): the reading goes on. */
    private static final class BadRow extends Exception {
        private final String where;
        private final String detail;

        private BadRow(String where, String detail) {
            super(where + ": " + detail, null, false, false);
            this.where = where;
            this.detail = detail;
        }

        static BadRow atLine(String source, long line, String detail) {
            return new BadRow(source + ":" + line, detail);
        }

        static BadRow atCell(String source, long line, int column, String detail) {
            return new BadRow(source + ":" + line + ":" + column, detail);
        }
    }

    /** The rows read so far: features in a growing float array, labels numbered by first appearance. */
    private static final class Table {
        private final int columns;
        private final int labelIndex;
        private final List<String> header;
        private final Records records;
        private final String source;
        private final Map<String, Integer> labelIds = new LinkedHashMap<>();
        private float[] features = new float[1024];
        private int[] labels = new int[256];
        private int rows;

        Table(int columns, int labelIndex, List<String> header, Records records) {
            this.columns = columns;
            this.labelIndex = labelIndex;
            this.header = header;
            this.records = records;
            this.source = records.source;
        }

        /**
         * Reads rows, {@code first} (if not null) and those after it, to the end of the file, or at most
         * {@code limit} if it is not negative. A line with a bad cell or the wrong number of values does not
         * stop the reading: the file is read on, so that the error lists the first few bad lines
         * ({@value #LISTED_BAD_LINES}) and counts them all, and one round of fixing can fix them all.
         */
        void readRows(Row first, int limit) throws DataException {
            List<BadRow> bad = new ArrayList<>();
            int badLines = 0;
            for (Row r = first; (limit < 0 || rows < limit) && (r != null || (r = records.next()) != null); r = null) {
                try {
                    addRow(r);
                } catch (BadRow e) {
                    if (badLines++ < LISTED_BAD_LINES) {
                        bad.add(e);
                    }
                }
            }
            if (badLines == 1) {
                throw new DataException(bad.get(0).where, bad.get(0).detail);
            }
            if (badLines > 1) {
                StringBuilder more = new StringBuilder(bad.get(0).detail);
                for (BadRow b : bad.subList(1, bad.size())) {
                    more.append('\n').append(b.getMessage());
                }
                more.append('\n').append(badLines).append(" lines cannot be read")
                        .append(badLines > bad.size() ? " (the first " + bad.size() + " are listed)" : "").append('.');
                throw new DataException(bad.get(0).where, more.toString());
            }
            Row row;
            if (limit >= 0 && rows == limit && (row = records.next()) != null) {
                throw DataException.atLine(source, row.line(), "more rows than the " + limit
                        + " the first line declares");
            }
        }

        void addRow(Row row) throws DataException, BadRow {
            long number = row.line();
            List<String> fields = row.fields();
            if (fields.size() != columns) {
                throw BadRow.atLine(source, number, fields.size() + (fields.size() == 1 ? " value" : " values")
                        + ", but there are " + columns
                        + " columns (" + String.join(", ", header) + ")");
            }
            if (rows == MAX_ROWS) {
                throw DataException.atLine(source, number, "more than " + MAX_ROWS + " rows");
            }
            int featureCount = columns - 1;
            if ((long) (rows + 1) * featureCount > MAX_VALUES) {
                throw DataException.atLine(source, number, "more than " + MAX_VALUES + " numbers in all");
            }
            ensureCapacity(featureCount, number);
            int at = rows * featureCount;
            for (int c = 0; c < columns; c++) {
                String text = fields.get(c);
                if (c == labelIndex) {
                    labels[rows] = labelId(text, number, c + 1);
                    continue;
                }
                if (text.isEmpty()) {
                    throw BadRow.atCell(source, number, c + 1, "column '" + header.get(c) + "' is empty");
                }
                Double value = parseNumber(text, records.delimiter());
                if (value == null) {
                    throw BadRow.atCell(source, number, c + 1, "column '" + header.get(c) + "': "
                            + printable(text) + " is not a number");
                }
                float f = value.floatValue();
                if (Float.isInfinite(f)) {
                    throw BadRow.atCell(source, number, c + 1, "column '" + header.get(c) + "': "
                            + printable(text) + " is too large for single precision (at most ±"
                            + Float.MAX_VALUE + "), the precision the data are trained in");
                }
                features[at++] = f;
            }
            rows++;
        }

        private int labelId(String text, long number, int column) throws DataException, BadRow {
            if (text.isEmpty()) {
                throw BadRow.atCell(source, number, column, "column '" + header.get(labelIndex)
                        + "' (the label) is empty");
            }
            if (hasControl(text)) {
                throw BadRow.atCell(source, number, column, "column '" + header.get(labelIndex)
                        + "' (the label): " + printable(text) + " holds a control character");
            }
            Integer id = labelIds.get(text);
            if (id == null) {
                if (labelIds.size() == MAX_CLASSES) {
                    throw DataException.atCell(source, number, column, "column '" + header.get(labelIndex)
                            + "' holds more than " + MAX_CLASSES + " distinct labels; is it really the class?");
                }
                id = labelIds.size();
                labelIds.put(text, id);
            }
            return id;
        }

        /** Grows the arrays, first checking the grown table (and its later copies) fits the memory budget. */
        private void ensureCapacity(int featureCount, long line) throws DataException {
            long needed = (long) (rows + 1) * featureCount;
            if (needed > features.length) {
                long grown = Math.min(MAX_VALUES, Math.max(needed, 2L * features.length));
                String shortfall = MemoryBudget.shortfall((grown + needed) * Float.BYTES * COPIES / 2);
                if (shortfall != null) {
                    throw DataException.atLine(source, line, "the table so far (" + rows + " rows of "
                            + featureCount + " numbers) " + shortfall);
                }
                features = Arrays.copyOf(features, (int) grown);
            }
            if (rows == labels.length) {
                labels = Arrays.copyOf(labels, 2 * labels.length);
            }
        }

        /** @param declaredNames the class names of an sklearn header, or null to derive them from the labels */
        Dataset toDataset(String name, List<String> declaredNames) throws DataException {
            if (rows == 0) {
                throw new DataException(source, "a header but no data rows");
            }
            int featureCount = columns - 1;
            float[] f = Arrays.copyOf(features, rows * featureCount);
            int[] l = Arrays.copyOf(labels, rows);
            List<String> names = new ArrayList<>(labelIds.keySet());
            int[] asNumbers = wholeNumberLabels(names);
            if (asNumbers != null) {
                int classes = 0;
                for (int i = 0; i < l.length; i++) {
                    l[i] = asNumbers[l[i]];
                    classes = Math.max(classes, l[i] + 1);
                }
                names = new ArrayList<>(classes);
                for (int c = 0; c < classes; c++) {
                    names.add(Integer.toString(c));
                }
            }
            if (declaredNames != null) {
                if (asNumbers == null || names.size() > declaredNames.size()) {
                    throw new DataException(source, "the labels must be whole numbers 0.."
                            + (declaredNames.size() - 1) + " for the " + declaredNames.size()
                            + " classes of the first line");
                }
                names = declaredNames;
            }
            return Dataset.classification(name, featureCount, f, l, names);
        }

        /** The class number of each distinct label if all are whole numbers 0..MAX_CLASSES-1, else null. */
        private static int[] wholeNumberLabels(List<String> distinct) {
            int[] numbers = new int[distinct.size()];
            for (int i = 0; i < numbers.length; i++) {
                String s = distinct.get(i);
                if (!isWholeNumber(s) || Integer.parseInt(s) >= MAX_CLASSES) {
                    return null;
                }
                numbers[i] = Integer.parseInt(s);
            }
            return numbers;
        }
    }
}
