package dev.deepforward.ui.compare;

import dev.deepforward.engine.run.Comparison;
import dev.deepforward.spec.Variant;
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
 */
final class VariantDialog extends Dialog<ComparePlan> {

    private static final String AS_DESIGNED = "as designed";

    private final List<Row> rows = new ArrayList<>();
    private final Label problem = new Label();

    VariantDialog(ComparePlan start) {
        setTitle("Compare variants");
        setHeaderText("Train up to four variants of the designed network side by side, with the same data and seed.");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        String[] heads = {"", "Use", "Name", "Init", "Activation", "Batch norm", "Dropout", "Learning rate"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.setStyle("-fx-font-weight: bold;");
            grid.add(h, c, 0);
        }
        for (int i = 0; i < Comparison.MAX_VARIANTS; i++) {
            VariantChoice c = i < start.choices().size() ? start.choices().get(i) : null;
            Row r = new Row(i, c);
            rows.add(r);
            grid.add(new Label(ComparePlan.letter(i)), 0, i + 1);
            grid.add(r.use, 1, i + 1);
            grid.add(r.name, 2, i + 1);
            int col = 3;
            for (ChoiceBox<String> box : r.toggles) {
                grid.add(box, col++, i + 1);
            }
            grid.add(r.eta, col, i + 1);
        }
        problem.setId("variant-dialog-problem");
        problem.setStyle("-fx-text-fill: #D55E00;");
        Label hint = new Label("Blank learning rate: as designed. Variant A keeps its colour in every chart.");
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
                return "Variant " + ComparePlan.letter(r.index) + ": the learning rate must be a number above 0, at most 100.";
            }
        }
        return "";
    }

    private ComparePlan plan() {
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

        Row(int index, VariantChoice c) {
            this.index = index;
            use.setId("variant-use-" + index);
            name.setId("variant-name-" + index);
            eta.setId("variant-eta-" + index);
            use.setSelected(c != null);
            name.setText(c != null ? c.name() : "variant " + ComparePlan.letter(index));
            name.setPrefColumnCount(10);
            eta.setPrefColumnCount(6);
            eta.setPromptText(AS_DESIGNED);
            if (c != null && c.learningRate() != null) {
                eta.setText(Numbers.compact(c.learningRate()));
            }
            for (HeadlineToggle t : HeadlineToggle.values()) {
                ChoiceBox<String> box = new ChoiceBox<>();
                box.setId("variant-" + t.name().toLowerCase() + "-" + index);
                box.getItems().addAll(AS_DESIGNED, t.onName(), t.offName());
                Boolean v = c == null ? null : c.get(t);
                box.setValue(v == null ? AS_DESIGNED : t.valueName(v));
                toggles.add(box);
            }
        }

        Double eta() {
            try {
                // one rule for commas in every number field (NumberText): "0,05" is 0.05
                dev.deepforward.spec.NumberText.Reading r = dev.deepforward.spec.NumberText.read(eta.getText(), false);
                return r != null && r.value() > 0 && r.value() <= 100 ? r.value() : null;
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
