package dev.deepforward.ui.compare;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.spec.RunSpec;
import dev.deepforward.spec.TrainingSpec;
import dev.deepforward.spec.Variant;
import dev.deepforward.ui.model.Headlines;
import dev.deepforward.ui.model.Numbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Variants by hand: up to four rows, each a name and, for every headline toggle and the learning rate,
 * a value or "as designed". OK stays disabled, with the reason shown, until at least two variants are
 * used and every used one has its own name and a valid learning rate.
 *
 * <p>A comparison a lesson step (or a file) wrote shows each variant's own settings: its learning rate,
 * its switches where they say what it does, and what else it sets in its description. OK keeps each
 * variant as it was except for what the person changed in its row.
 */
final class VariantDialog extends Dialog<ComparePlan> {

    private static final String AS_DESIGNED = "as designed";
    /** A switch the variant sets in a way the column's two values cannot say (tanh, a layer's own init). */
    static final String AS_SET = "as the variant sets it";
    private static final double WHAT_WIDTH = 140;

    private final List<Row> rows = new ArrayList<>();
    private final Label problem = new Label();
    private final ComparePlan start;
    private final RunSpec base;

    VariantDialog(ComparePlan start, RunSpec base) {
        this.start = start;
        this.base = base;
        setTitle("Compare variants");
        setHeaderText("Train up to four variants of the designed network side by side, with the same data and seed.");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        boolean fixed = !start.fixed().isEmpty();
        String[] heads = {"", "Use", "Name", "Init", "Activation", "Batch norm", "Dropout", "Learning rate",
            fixed ? "What it is" : ""};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.setStyle("-fx-font-weight: bold;");
            grid.add(h, c, 0);
        }
        for (int i = 0; i < Comparison.MAX_VARIANTS; i++) {
            VariantChoice c = i < start.choices().size() ? start.choices().get(i) : null;
            Variant v = fixed && i < start.fixed().size() ? start.variants(base).get(i) : null;
            Row r = new Row(i, c, v, base);
            rows.add(r);
            grid.add(new Label(ComparePlan.letter(i)), 0, i + 1);
            grid.add(r.use, 1, i + 1);
            grid.add(r.name, 2, i + 1);
            int col = 3;
            for (ChoiceBox<String> box : r.toggles) {
                grid.add(box, col++, i + 1);
            }
            grid.add(r.eta, col++, i + 1);
            if (fixed) {
                grid.add(r.what, col, i + 1);
            }
        }
        if (fixed) {
            // the column is cut (each description whole in its tooltip), so the dialog fits a 1024 px screen
            for (int c = 0; c < heads.length; c++) {
                javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
                if (c == heads.length - 1) {
                    cc.setPrefWidth(WHAT_WIDTH);
                    cc.setMaxWidth(WHAT_WIDTH);
                }
                grid.getColumnConstraints().add(cc);
            }
        }
        problem.setId("variant-dialog-problem");
        problem.setStyle("-fx-text-fill: #D55E00;");
        Label hint = new Label("Blank learning rate: as designed (" + Numbers.compact(base.training().learningRate())
                + "). Variant A keeps its colour in every chart.");
        hint.getStyleClass().add("hint");
        getDialogPane().setContent(new VBox(8, grid, problem, hint));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String p = check();
            problem.setText(p);
            ok.setDisable(!p.isEmpty());
        };
        for (Row r : rows) {
            r.use.selectedProperty().addListener(o -> check.run());
            r.name.textProperty().addListener(o -> check.run());
            r.eta.textProperty().addListener(o -> check.run());
        }
        check.run();
        setResultConverter(b -> b == ButtonType.OK ? plan() : null);
    }

    /** What keeps OK disabled, or empty. */
    private String check() {
        List<Row> used = rows.stream().filter(r -> r.use.isSelected()).toList();
        if (used.size() < 2) {
            return "Use at least two variants.";
        }
        Set<String> names = new HashSet<>();
        for (Row r : used) {
            String n = r.name.getText().trim();
            if (n.isEmpty() || n.length() > Variant.MAX_NAME) {
                return "Variant " + ComparePlan.letter(r.index) + " needs a name of 1–" + Variant.MAX_NAME + " characters.";
            }
            if (!names.add(n)) {
                return "Two variants are called '" + n + "'.";
            }
            if (r.eta() == null && !r.eta.getText().isBlank()) {
                return "Variant " + ComparePlan.letter(r.index) + ": the learning rate must be a number above 0, at most "
                        + Numbers.compact(TrainingSpec.MAX_LEARNING_RATE) + ".";
            }
        }
        return "";
    }

    private ComparePlan plan() {
        if (!start.fixed().isEmpty()) {
            // the lesson's (or file's) variants stay as they were written, but for what was changed in their rows
            List<Variant> out = new ArrayList<>();
            for (Row r : rows) {
                if (r.use.isSelected()) {
                    out.add(r.variant());
                }
            }
            return ComparePlan.ofVariants(out, base);
        }
        List<VariantChoice> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.use.isSelected()) {
                out.add(r.choice());
            }
        }
        return ComparePlan.custom(out);
    }

    /** One variant's controls. */
    private static final class Row {
        final int index;
        final CheckBox use = new CheckBox();
        final TextField name = new TextField();
        final List<ChoiceBox<String>> toggles = new ArrayList<>();
        final TextField eta = new TextField();
        final Label what = new Label();
        /** The variant as the lesson or file wrote it (null: a row of the person's own choices). */
        private final Variant written;
        private final RunSpec base;
        /** What the row showed when the dialog opened: a fixed variant changes only where these change. */
        private final List<String> shownToggles = new ArrayList<>();
        private final String shownEta;

        Row(int index, VariantChoice c, Variant written, RunSpec base) {
            this.index = index;
            this.written = written;
            this.base = base;
            use.setId("variant-use-" + index);
            name.setId("variant-name-" + index);
            eta.setId("variant-eta-" + index);
            what.setId("variant-what-" + index);
            use.setSelected(c != null);
            name.setText(c != null ? c.name() : "variant " + ComparePlan.letter(index));
            name.setPrefColumnCount(8);
            eta.setPrefColumnCount(6);
            eta.setPromptText(AS_DESIGNED);
            RunSpec runs = written == null ? null : runOf(written, base);
            if (c != null && c.learningRate() != null) {
                eta.setText(Numbers.compact(c.learningRate()));
            } else if (written != null && written.set().containsKey(RATE) && runs != null) {
                eta.setText(Numbers.compact(runs.training().learningRate())); // the variant's own η, not "as designed"
            }
            for (HeadlineToggle t : HeadlineToggle.values()) {
                ChoiceBox<String> box = new ChoiceBox<>();
                box.setId("variant-" + t.name().toLowerCase() + "-" + index);
                box.getItems().addAll(AS_DESIGNED, t.onName(), t.offName());
                String shown;
                if (written != null) {
                    shown = shownFor(t, runs);
                    if (AS_SET.equals(shown)) {
                        box.getItems().add(AS_SET);
                    }
                } else {
                    Boolean v = c == null ? null : c.get(t);
                    shown = v == null ? AS_DESIGNED : t.valueName(v);
                }
                box.setValue(shown);
                shownToggles.add(shown);
                toggles.add(box);
            }
            shownEta = eta.getText().trim();
            if (written != null) {
                String text = written.description().isBlank() ? String.join(", ", written.set().keySet()) : written.description();
                what.setText(text.isBlank() ? AS_DESIGNED : text);
                what.setTooltip(new javafx.scene.control.Tooltip(text.isBlank() ? AS_DESIGNED : text));
                // cut (whole in its tooltip) rather than widen the dialog past a 1024 px screen: lesson 13's are long
                what.setMaxWidth(WHAT_WIDTH);
            }
        }

        private static final String RATE = "training.learningRate";

        /** The run a written variant trains, or null when it does not fit the base. */
        private static RunSpec runOf(Variant v, RunSpec base) {
            try {
                return v.applyTo(base);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** What a written variant's switch column shows: as designed when it leaves it, its value, or {@link #AS_SET}. */
        private String shownFor(HeadlineToggle t, RunSpec run) {
            if (run == null) {
                return AS_DESIGNED;
            }
            Boolean was = headline(t, base);
            Boolean now = headline(t, run);
            boolean same = java.util.Objects.equals(was, now) && sameLayersFor(t, base, run);
            if (same) {
                return AS_DESIGNED;
            }
            return now == null ? AS_SET : t.valueName(now);
        }

        private static Boolean headline(HeadlineToggle t, RunSpec s) {
            return switch (t) {
                case INIT -> Headlines.xavier(s.network());
                case ACTIVATION -> Headlines.sigmoid(s.network());
                case BATCH_NORM -> Headlines.batchNorm(s.network());
                case DROPOUT -> Headlines.dropout(s.network());
            };
        }

        /** Whether the hidden layers agree in what the switch is about (tanh vs elu are both "not one value"). */
        private static boolean sameLayersFor(HeadlineToggle t, RunSpec a, RunSpec b) {
            var x = a.network().hidden();
            var y = b.network().hidden();
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                boolean same = switch (t) {
                    case INIT -> java.util.Objects.equals(x.get(i).init(), y.get(i).init())
                            && java.util.Objects.equals(x.get(i).initScale(), y.get(i).initScale());
                    case ACTIVATION -> java.util.Objects.equals(x.get(i).activation(), y.get(i).activation());
                    case BATCH_NORM -> x.get(i).batchNorm() == y.get(i).batchNorm();
                    case DROPOUT -> java.util.Objects.equals(x.get(i).dropout(), y.get(i).dropout());
                };
                if (!same) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The engine variant of a written row: as written, with only what was changed in the row applied to it
         * (a switch set to a value, or back to as designed; the learning rate set or cleared); its description
         * says the new learning rate and the switches set.
         */
        Variant variant() {
            String n = name.getText().trim();
            if (written == null) {
                return choice().toVariant(base);
            }
            java.util.Map<String, Object> set = new java.util.LinkedHashMap<>(written.set());
            List<String> added = new ArrayList<>();
            HeadlineToggle[] ts = HeadlineToggle.values();
            RunSpec run = runOf(written, base);
            for (int i = 0; i < ts.length; i++) {
                String v = toggles.get(i).getValue();
                if (v.equals(shownToggles.get(i))) {
                    continue;
                }
                if (AS_DESIGNED.equals(v)) {
                    pathsOf(ts[i]).forEach(set::remove);
                } else if (!AS_SET.equals(v) && run != null) {
                    Variant one = VariantChoice.named(n).with(ts[i], v.equals(ts[i].onName())).toVariant(run);
                    set.putAll(one.set());
                    added.add(v);
                }
            }
            if (!eta.getText().trim().equals(shownEta)) {
                if (eta.getText().isBlank()) {
                    set.remove(RATE);
                } else {
                    set.put(RATE, eta());
                }
            }
            Variant changed = new Variant(n, written.description(), set);
            Variant out = VariantText.upToDate(written, base, changed, base);
            if (!added.isEmpty()) {
                String d = out.description();
                out = new Variant(n, (d.isBlank() ? "" : d + ", ") + String.join(", ", added), set);
            }
            return out;
        }

        /** The field paths a switch's comparison writes over every hidden layer. */
        private static List<String> pathsOf(HeadlineToggle t) {
            return switch (t) {
                case INIT -> List.of("network.hidden[*].init", "network.hidden[*].initScale");
                case ACTIVATION -> List.of("network.hidden[*].activation");
                case BATCH_NORM -> List.of("network.hidden[*].batchNorm");
                case DROPOUT -> List.of("network.hidden[*].dropout");
            };
        }

        Double eta() {
            try {
                // one rule for commas in every number field (NumberText): "0,05" is 0.05
                dev.deepforward.spec.NumberText.Reading r = dev.deepforward.spec.NumberText.read(eta.getText(), false);
                return r != null && r.value() > 0 && r.value() <= TrainingSpec.MAX_LEARNING_RATE ? r.value() : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        VariantChoice choice() {
            VariantChoice c = VariantChoice.named(name.getText().trim());
            HeadlineToggle[] ts = HeadlineToggle.values();
            for (int i = 0; i < ts.length; i++) {
                String v = toggles.get(i).getValue();
                c = c.with(ts[i], AS_DESIGNED.equals(v) ? null : v.equals(ts[i].onName()));
            }
            return c.withLearningRate(eta.getText().isBlank() ? null : eta());
        }
    }
}
