package dev.deepforward.data;

import dev.deepforward.spec.DataSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a classification table from CSV: numeric feature columns and one label column.
 *
 * <p>Two layouts are understood, told apart by the first line:
 * <ul>
 *   <li><b>Header CSV</b>: the first line names the columns; the label column is the one named, or the
 *       last. Fields are separated by commas and may be double-quoted ({@code ""} inside quotes is a
 *       quote); blank lines are skipped; a UTF-8 byte-order mark is ignored.</li>
 *   <li><b>scikit-learn's layout</b> (its {@code iris.csv}): a first line {@code count,features,name0,name1,…}
 *       (two whole numbers, then the class names), then rows of the features and an integer label.</li>
 * </ul>
 * A file may be gzip-compressed (recognised by content).
 *
 * <p><b>Labels.</b> If every label is a whole number from 0 to {@value #MAX_CLASSES}−1, the numbers are the
 * classes, as written (so a spec's {@code classes: [3, 5]} means what the file says 3 and 5 are), and the
 * classes are 0..max. Otherwise the labels are names, numbered in order of first appearance in the file —
 * the order a user reading the file from the top sees them in.
 *
 * <p>Every error names the file and line: {@code iris.csv:17: column 'petal_width': 'abc' is not a number}.
 */
public final class CsvReader {

    /** Most distinct labels; more suggests the label column is not a class at all. */
    public static final int MAX_CLASSES = 1000;
    /** Most rows read (the most samples a spec can ask for). */
    public static final int MAX_ROWS = DataSpec.MAX_SAMPLES;
    /** Most numbers in a table (400 MB as floats). */
    public static final long MAX_VALUES = 100_000_000L;

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
        Lines lines = new Lines(Inputs.decompressIfGzip(in, source), source);
        String first = lines.next();
        if (first == null) {
            throw new DataException(source, "the file is empty");
        }
        List<String> header = split(first, source, lines.number());
        if (isSklearnHeader(header)) {
            return readSklearn(lines, header, name);
        }
        int labelIndex = labelIndex(header, labelColumn, source, lines.number());
        Table table = new Table(header.size(), labelIndex, header, lines);
        table.readRows(-1);
        return table.toDataset(name, null);
    }

    /**
     * Reads a CSV without a header whose last column is the label (scikit-learn's {@code digits.csv.gz});
     * the columns are called {@code column 1}, {@code column 2}, … in messages.
     */
    static Dataset readHeaderless(InputStream in, String source, String name) throws DataException {
        Lines lines = new Lines(Inputs.decompressIfGzip(in, source), source);
        String first = lines.peek();
        if (first == null) {
            throw new DataException(source, "the file is empty");
        }
        int columns = split(first, source, lines.number() + 1).size();
        List<String> header = new ArrayList<>(columns);
        for (int c = 1; c <= columns; c++) {
            header.add("column " + c);
        }
        Table table = new Table(columns, columns - 1, header, lines);
        table.readRows(-1);
        return table.toDataset(name, null);
    }

    /** {@code 150,4,setosa,versicolor,virginica}: two whole numbers, then at least two names. */
    private static boolean isSklearnHeader(List<String> header) {
        if (header.size() < 4 || !isWholeNumber(header.get(0)) || !isWholeNumber(header.get(1))) {
            return false;
        }
        for (String className : header.subList(2, header.size())) {
            if (className.isEmpty() || parseNumber(className) != null) {
                return false;
            }
        }
        return true;
    }

    private static Dataset readSklearn(Lines lines, List<String> header, String name) throws DataException {
        String source = lines.source;
        long headerLine = lines.number();
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
        List<String> columns = new ArrayList<>(features + 1);
        for (int c = 1; c <= features; c++) {
            columns.add("feature " + c);
        }
        columns.add("label");
        Table table = new Table(features + 1, features, columns, lines);
        table.readRows(declaredRows);
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

    /** Splits one line at commas outside double quotes; fields are trimmed. */
    static List<String> split(String line, String source, long lineNumber) throws DataException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw DataException.atLine(source, lineNumber, "a quoted field is not closed");
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** The value of a finite decimal number, or null if {@code text} is not one. */
    private static Double parseNumber(String text) {
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

    /** Non-blank lines with their 1-based physical line numbers. */
    private static final class Lines {
        private final BufferedReader reader;
        private final String source;
        private long number;
        private String peeked;
        private long peekedNumber;

        Lines(InputStream in, String source) {
            this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), Inputs.BUFFER);
            this.source = source;
        }

        /** The line number of the line last returned by {@link #next()}. */
        long number() {
            return number;
        }

        String peek() throws DataException {
            if (peeked == null) {
                long before = number;
                peeked = readNonBlank();
                peekedNumber = number;
                number = before;
            }
            return peeked;
        }

        String next() throws DataException {
            if (peeked != null) {
                String line = peeked;
                number = peekedNumber;
                peeked = null;
                return line;
            }
            return readNonBlank();
        }

        private String readNonBlank() throws DataException {
            try {
                String line;
                do {
                    line = reader.readLine();
                    if (line == null) {
                        return null;
                    }
                    number++;
                    if (number == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                } while (line.isBlank());
                return line;
            } catch (IOException e) {
                throw DataException.atLine(source, number + 1, "cannot be read: " + e.getMessage());
            }
        }
    }

    /** The rows read so far: features in a growing float array, labels numbered by first appearance. */
    private static final class Table {
        private final int columns;
        private final int labelIndex;
        private final List<String> header;
        private final Lines lines;
        private final Map<String, Integer> labelIds = new LinkedHashMap<>();
        private float[] features = new float[1024];
        private int[] labels = new int[256];
        private int rows;

        Table(int columns, int labelIndex, List<String> header, Lines lines) {
            this.columns = columns;
            this.labelIndex = labelIndex;
            this.header = header;
            this.lines = lines;
        }

        /** Reads rows to the end of the file, or at most {@code limit} if it is not negative. */
        void readRows(int limit) throws DataException {
            String line;
            while ((limit < 0 || rows < limit) && (line = lines.next()) != null) {
                addRow(line);
            }
            if (limit >= 0 && rows == limit && lines.next() != null) {
                throw DataException.atLine(lines.source, lines.number(), "more rows than the " + limit
                        + " the first line declares");
            }
        }

        private void addRow(String line) throws DataException {
            long number = lines.number();
            List<String> fields = split(line, lines.source, number);
            if (fields.size() != columns) {
                throw DataException.atLine(lines.source, number, fields.size() + " values, but there are " + columns
                        + " columns (" + String.join(", ", header) + ")");
            }
            if (rows == MAX_ROWS) {
                throw DataException.atLine(lines.source, number, "more than " + MAX_ROWS + " rows");
            }
            int featureCount = columns - 1;
            if ((long) (rows + 1) * featureCount > MAX_VALUES) {
                throw DataException.atLine(lines.source, number, "more than " + MAX_VALUES + " numbers in all");
            }
            ensureCapacity(featureCount);
            int at = rows * featureCount;
            for (int c = 0; c < columns; c++) {
                String text = fields.get(c);
                if (c == labelIndex) {
                    labels[rows] = labelId(text, number);
                    continue;
                }
                if (text.isEmpty()) {
                    throw DataException.atLine(lines.source, number, "column '" + header.get(c) + "' is empty");
                }
                Double value = parseNumber(text);
                if (value == null) {
                    throw DataException.atLine(lines.source, number, "column '" + header.get(c) + "': '" + text
                            + "' is not a number");
                }
                features[at++] = value.floatValue();
            }
            rows++;
        }

        private int labelId(String text, long number) throws DataException {
            if (text.isEmpty()) {
                throw DataException.atLine(lines.source, number, "column '" + header.get(labelIndex)
                        + "' (the label) is empty");
            }
            Integer id = labelIds.get(text);
            if (id == null) {
                if (labelIds.size() == MAX_CLASSES) {
                    throw DataException.atLine(lines.source, number, "column '" + header.get(labelIndex)
                            + "' holds more than " + MAX_CLASSES + " distinct labels; is it really the class?");
                }
                id = labelIds.size();
                labelIds.put(text, id);
            }
            return id;
        }

        private void ensureCapacity(int featureCount) {
            long needed = (long) (rows + 1) * featureCount;
            if (needed > features.length) {
                features = Arrays.copyOf(features, (int) Math.min(MAX_VALUES, Math.max(needed, 2L * features.length)));
            }
            if (rows == labels.length) {
                labels = Arrays.copyOf(labels, 2 * labels.length);
            }
        }

        /** @param declaredNames the class names of an sklearn header, or null to derive them from the labels */
        Dataset toDataset(String name, List<String> declaredNames) throws DataException {
            if (rows == 0) {
                throw new DataException(lines.source, "a header but no data rows");
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
                    throw new DataException(lines.source, "the labels must be whole numbers 0.."
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
