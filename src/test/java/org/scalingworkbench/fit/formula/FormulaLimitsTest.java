package org.scalingworkbench.fit.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Formulas far past real use (1,000 levels of nesting, 10,000 terms, long sign or power chains)
 * give a located syntax error or a correct law, never a StackOverflowError.
 */
class FormulaLimitsTest {

    private static final List<String> X = List.of("x");

    @Test
    void parenthesesNestedAThousandDeepAreRefusedAtTheFirstLevelPastTheLimit() {
        String text = "(".repeat(1000) + "a*x" + ")".repeat(1000);
        assertThatThrownBy(() -> CustomFormulaLaw.parse(text, X))
                .isInstanceOfSatisfying(FormulaSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo("formula nests deeper than 200 levels");
                    assertThat(e.column()).isEqualTo(201);
                });
    }

    @Test
    void nestingJustBelowTheLimitIsRead() {
        String text = "(".repeat(199) + "a*x" + ")".repeat(199);
        assertThat(CustomFormulaLaw.parse(text, X).value(new double[] {3}, new double[] {2})).isEqualTo(6.0);
    }

    @Test
    void functionCallsNestedAThousandDeepAreRefused() {
        String text = "exp(".repeat(1000) + "a*x" + ")".repeat(1000);
        assertThatThrownBy(() -> CustomFormulaLaw.parse(text, X))
                .isInstanceOfSatisfying(FormulaSyntaxException.class,
                        e -> assertThat(e.reason()).isEqualTo("formula nests deeper than 200 levels"));
    }

    @Test
    void tenThousandUnaryMinusSignsAreRefusedWithTheirColumn() {
        String text = "-".repeat(10_000) + "a*x";
        assertThatThrownBy(() -> CustomFormulaLaw.parse(text, X))
                .isInstanceOfSatisfying(FormulaSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo("formula nests deeper than 200 levels");
                    assertThat(e.column()).isEqualTo(200);
                });
    }

    @Test
    void aPowerChainOfTenThousandIsRefused() {
        String text = "a*x" + "^x".repeat(10_000);
        assertThatThrownBy(() -> CustomFormulaLaw.parse(text, X))
                .isInstanceOfSatisfying(FormulaSyntaxException.class,
                        e -> assertThat(e.reason()).isEqualTo("formula nests deeper than 200 levels"));
    }

    @Test
    void aFlatSumOfTenThousandTermsHasTheRightValueAndGradient() {
        String text = "a" + "+b*x".repeat(9_999);
        CustomFormulaLaw law = CustomFormulaLaw.parse(text, X);
        double[] gradient = new double[2];
        double value = law.valueAndGradient(new double[] {0.5}, new double[] {1, 2}, gradient);
        assertThat(value).isCloseTo(1 + 9_999 * 2 * 0.5, within(1e-6));
        assertThat(gradient).containsExactly(new double[] {1, 9_999 * 0.5}, within(1e-6));
        assertThat(law.canonicalForm()).startsWith("((((").endsWith("(b * x))");
    }

    @Test
    void aFlatProductAndAnAlternatingSumOfTenThousandTermsAreRead() {
        CustomFormulaLaw product = CustomFormulaLaw.parse("a" + "*x".repeat(9_999), X);
        assertThat(product.value(new double[] {1}, new double[] {3})).isEqualTo(3.0);
        CustomFormulaLaw alternating = CustomFormulaLaw.parse("a" + "-x+x".repeat(5_000), X);
        assertThat(alternating.value(new double[] {7}, new double[] {3})).isEqualTo(3.0);
    }

    @Test
    void aFormulaLongerThanTheLimitIsRefusedWithoutReadingIt() {
        String text = "a" + "+x".repeat(60_000);
        assertThatThrownBy(() -> CustomFormulaLaw.parse(text, X))
                .isInstanceOfSatisfying(FormulaSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo("formula is longer than 100,000 characters (120001)");
                    assertThat(e.column()).isEqualTo(100_001);
                });
    }
}
