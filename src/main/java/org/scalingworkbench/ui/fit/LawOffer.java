package org.scalingworkbench.ui.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingworkbench.analysis.FitData;
import org.scalingworkbench.app.select.PlotData;
import org.scalingworkbench.fit.ScalingLaw;
import org.scalingworkbench.fit.formula.CustomFormulaLaw;
import org.scalingworkbench.fit.formula.FormulaSyntaxException;
import org.scalingworkbench.fit.laws.LawCatalog;

/**
 * The laws the window offers for the file shown: every built-in law of the plotted x, and, when the
 * file has model size N and data D columns, the laws of N and D too (Chinchilla's and Kaplan's);
 * and the variables a custom formula may use: {@code x} alone, or {@code x}, {@code N}, {@code D}
 * and {@code C} with such a file. The laws of N and D come first, so that they head the list when
 * shown. Ticked at the start: power law + constant, BNSL with one break,
 * and Chinchilla (which shows only once a file has N and D).
 */
public final class LawOffer {

    private static final List<String> TICKED = List.of("plc", "bnsl1", "chinchilla");

    private final ObservableList<LawChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper formulaHeading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper formulaExample = new ReadOnlyStringWrapper();
    private List<String> variables = List.of();

    public LawOffer() {
        LawCatalog catalog = LawCatalog.builtIn();
        catalog.ids().stream().map(catalog::get).sorted(Comparator.comparingInt(l -> -l.variables().size()))
                .forEach(l -> choices.add(new LawChoice(l, TICKED.contains(l.id()))));
        offer(null);
    }

    /** Offers what the points shown allow: their variables x, N, D and C, or x alone (also with none shown). */
    public void offer(PlotData shown) {
        variables = shown == null ? List.of(FitData.PLOTTED) : shown.variables();
        choices.forEach(c -> c.availableProperty().set(variables.containsAll(c.law().variables())));
        formulaHeading.set(variables.size() == 1 ? "Custom formula (variable x)"
                : "Custom formula (variables " + String.join(", ", variables) + ")");
        formulaExample.set(variables.size() == 1 ? "e.g. E + A * x^(-a)" : "e.g. E + A/N^alpha + B/D^beta");
    }

    /** The laws ticked and available, in list order. */
    public List<ScalingLaw> ticked() {
        return new ArrayList<>(choices.stream().filter(c -> c.availableProperty().get() && c.selectedProperty().get())
                .map(LawChoice::law).toList());
    }

    /** The formula as a law of the offered variables; empty when blank or unreadable. */
    public Optional<ScalingLaw> formula(String text) {
        try {
            return Optional.ofNullable(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What is wrong with the formula, "" when nothing (or it is blank). */
    public String problem(String text) {
        try {
            parse(text);
            return "";
        } catch (FormulaSyntaxException e) {
            return "Column " + (e.position() + 1) + ": " + e.reason();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private ScalingLaw parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (variables.size() == 1) {
            return CustomFormulaLaw.parse(s, variables);
        }
        CustomFormulaLaw law = CustomFormulaLaw.parse(s);
        law.variables().stream().filter(v -> !variables.contains(v)).findFirst().ifPresent(v -> {
            throw new IllegalArgumentException("The file has no column for " + v);
        });
        return law;
    }

    public ObservableList<LawChoice> choices() {
        return choices;
    }

    public ReadOnlyStringProperty formulaHeadingProperty() {
        return formulaHeading.getReadOnlyProperty();
    }

    /** An example formula for the prompt of the empty field. */
    public ReadOnlyStringProperty formulaExampleProperty() {
        return formulaExample.getReadOnlyProperty();
    }
}
