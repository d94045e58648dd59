package dev.deepforward.spec.json;

/**
 * How every CSV file the project writes spells a text cell (the window's Export metrics and the {@code run}
 * command's files alike), so a name can neither break a row nor run as a formula.
 *
 * <ul>
 *   <li>RFC 4180: a cell holding a comma, a double quote, a CR or an LF is put in double quotes, with each
 *       double quote doubled.</li>
 *   <li>Spreadsheets run a cell that starts with {@code = + - @} (or a tab or CR before one) as a formula
 *       — {@code =HYPERLINK(…)} in a variant's name would be a link in whoever opens the file. Such a cell
 *       gets a leading apostrophe, which spreadsheets show as text and which a reader of the CSV can strip.</li>
 * </ul>
 * Numbers are not text cells: {@code -0.5} is written as it is.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** {@code text} as one CSV cell. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String t = formulaLeading(text.charAt(0)) ? "'" + text : text;
        boolean quote = false;
        for (int i = 0; i < t.length() && !quote; i++) {
            char c = t.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    private static boolean formulaLeading(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
