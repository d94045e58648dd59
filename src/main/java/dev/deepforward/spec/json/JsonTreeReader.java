package dev.deepforward.spec.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a {@link LocatedTree} with Jackson's streaming parser, remembering where every
 * value starts. Comments ({@code //} and {@code /* *}{@code /}) are allowed, because lesson authors
 * annotate their files; everything else is strict JSON.
 */
public final class JsonTreeReader {

    /** Documents nest far less than this; the limit stops a hostile file from exhausting the stack. */
    private static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(1_000_000).maxNumberLength(100).build())
            .build();

    private final String source;
    private final Map<String, dev.deepforward.spec.json.JsonLocation> locations = new HashMap<>();
    private final List<FileProblem> duplicates = new ArrayList<>();

    private JsonTreeReader(String source) {
        this.source = source;
    }

    /**
     * Parses {@code text}; {@code source} names it in problems (a file name).
     *
     * @throws JsonSyntaxException with the file, line and column when the text is not JSON
     */
    public static LocatedTree read(String text, String source) throws JsonSyntaxException {
        try {
            return parse(text, source);
        } catch (JsonSyntaxException e) {
            if (source != null && source.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(csv|tsv)(\\.gz)?")) {
                // A data table handed where a workbench, lesson or spec file belongs: where it does go, not JSON's words.
                String name = java.nio.file.Path.of(source).getFileName().toString();
                throw new JsonSyntaxException(new FileProblem(source, dev.deepforward.spec.json.JsonLocation.START, "",
                        CSV_HINT.replace("NAME", name)));
            }
            throw e;
        }
    }

    /** What a CSV table given as a workbench, lesson or spec file is told; NAME is its file name. */
    static final String CSV_HINT = "a CSV table, not a workbench, lesson or run spec file: in the window, import it with"
            + " Data → Import… → CSV table…; from the command line, train on it with a run spec whose data is"
            + " {\"dataset\": \"csv\", \"file\": \"NAME\"}";

    private static LocatedTree parse(String text, String source) throws JsonSyntaxException {
        JsonTreeReader reader = new JsonTreeReader(source);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException(new FileProblem(source, dev.deepforward.spec.json.JsonLocation.START,
                        "", "the file is empty; expected a JSON object"));
            }
            Object root = reader.value(parser, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw new JsonSyntaxException(new FileProblem(source, at(parser.currentTokenLocation()), "",
                        "unexpected content after the end of the document"));
            }
            return new LocatedTree(root, Map.copyOf(reader.locations), List.copyOf(reader.duplicates));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new JsonSyntaxException(new FileProblem(source, dev.deepforward.spec.json.JsonLocation.START, "",
                    "not valid JSON: nested deeper than " + MAX_DEPTH + " levels, or a value too long"));
        } catch (JsonParseException e) {
            JsonLocation loc = e.getLocation();
            com.fasterxml.jackson.core.JsonStreamContext context = e.getProcessor() != null
                    ? e.getProcessor().getParsingContext() : null;
            throw new JsonSyntaxException(new FileProblem(source,
                    loc == null ? dev.deepforward.spec.json.JsonLocation.START : at(loc),
                    context == null ? "" : JsonErrorWords.path(context), JsonErrorWords.say(e.getOriginalMessage(), context)));
        } catch (IOException e) {
            throw new JsonSyntaxException(new FileProblem(source, dev.deepforward.spec.json.JsonLocation.START, "",
                    "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * {@code d}, with a problem when it is not finite: JSON has no infinity, but {@code 1e999} reads as one,
     * and every number a file holds (a threshold, a rate, a claim's bound) must be a number to compute with.
     */
    private double finite(JsonParser p, String path, double d) throws IOException {
        if (!Double.isFinite(d)) {
            duplicates.add(new FileProblem(source, at(p.currentTokenLocation()), path, "the number " + p.getText()
                    + " is beyond the range of a double (at most ±1.8e308); numbers must be finite"));
        }
        return d;
    }

    private Object value(JsonParser p, String path) throws IOException {
        locations.putIfAbsent(path, at(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    dev.deepforward.spec.json.JsonLocation keyAt = at(p.currentTokenLocation());
                    p.nextToken();
                    if (map.containsKey(name)) {
                        duplicates.add(new FileProblem(source, keyAt, child, "field '" + name + "' is given twice"));
                        value(p, child + "#duplicate");
                        continue;
                    }
                    // A field's location is its name, which is where a reader looks for a misspelling.
                    locations.put(child, keyAt);
                    map.put(name, value(p, child));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p, path + "[" + list.size() + "]"));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    BigInteger big = p.getBigIntegerValue();
                    return finite(p, path, big.doubleValue());
                }
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return finite(p, path, p.getDoubleValue());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    private static dev.deepforward.spec.json.JsonLocation at(JsonLocation loc) {
        return new dev.deepforward.spec.json.JsonLocation(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
