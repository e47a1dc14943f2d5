package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    private double parsed(String text) {
        assertThat(parser.parse(text)).as(text).isEqualTo(NumberParser.NUMBER);
        return parser.value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|42", "-3.5|-3.5", "+7|7", ".5|0.5", "5.|5", "0.000123|0.000123",
        "6e23|6e23", "1.1E+07|1.1e7", "4.5E-05|4.5e-5", "9.993852799709755e+18|9.993852799709755e+18",
        "6795600349.289497|6795600349.289497", "12047168|12047168",
        "1.5B|1.5e9", "300M|3e8", "32.0K|32000", "1856k|1856000", "2T|2e12", "0.0B|0",
        "'1,000,000'|1e6", "'10,581'|10581", "'1,234.5'|1234.5",
        "11%|0.11", "40.3%|0.403", "' 3.25 '|3.25", "inf|Infinity", "-Infinity|-Infinity"
    })
    void parsesEveryValueForm(String text, double expected) {
        assertThat(parsed(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "NaN", "nan", "NA", "N/A", "null", "None", "#N/A"})
    void treatsEmptyAndMarkersAsMissing(String text) {
        assertThat(parser.parse(text)).isEqualTo(NumberParser.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "1,00", "12,3456", "1e", "e5", "-", "1.5BB", "1e3K", "#REF!", "10 000",
        "0x1F", "3,14", "1.5 B", "٣"})
    void rejectsWhatIsNotANumber(String text) {
        assertThat(parser.parse(text)).as(text).isEqualTo(NumberParser.INVALID);
    }

    @Test
    void decimalCommaSwapsTheMarks() {
        NumberParser comma = new NumberParser(true);
        assertThat(comma.parse("3,14")).isEqualTo(NumberParser.NUMBER);
        assertThat(comma.value()).isEqualTo(3.14);
        assertThat(comma.parse("1.234,5")).isEqualTo(NumberParser.NUMBER);
        assertThat(comma.value()).isEqualTo(1234.5);
        assertThat(comma.parse("3.14")).isEqualTo(NumberParser.INVALID);
    }

    @Test
    void roundsExactlyLikeTheJdkOnRandomDecimals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
            int digits = 1 + random.nextInt(19);
            String text = String.format(Locale.ROOT, "%." + digits + "e", v);
            if (random.nextBoolean()) {
                text = String.format(Locale.ROOT, "%." + random.nextInt(12) + "f", random.nextDouble() * 1e6);
            }
            assertThat(parsed(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void suffixScalesAreExactPowersOfTen() {
        assertThat(parsed("1.1B")).isEqualTo(Double.parseDouble("1.1e9"));
        assertThat(parsed("0.3M")).isEqualTo(Double.parseDouble("0.3e6"));
        assertThat(parsed("7%")).isEqualTo(Double.parseDouble("0.07"));
    }
}
