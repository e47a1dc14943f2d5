package org.scalingworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderUnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Model Size (B)|Model Size|1e9|MULTIPLE", "Pretraining Data Size (T)|Pretraining Data Size|1e12|MULTIPLE",
        "Params (M)|Params|1e6|MULTIPLE", "examples (K)|examples|1e3|MULTIPLE", "FLOPs (1E21)|FLOPs|1e21|MULTIPLE",
        "tokens (B)|tokens|1e9|MULTIPLE", "Training tokens (billions)|Training tokens|1e9|MULTIPLE",
        "compute [GFLOPs]|compute|1e9|COMPUTE", "Compute (PF-days)|Compute|8.64e19|COMPUTE",
        "C (petaflop/s-days)|C|8.64e19|COMPUTE", "throughput/total_gflops|throughput/total_gflops|1e9|COMPUTE",
        "train_tflops|train_tflops|1e12|COMPUTE", "total_pflops|total_pflops|1e15|COMPUTE",
        "total train ZFLOPs|total train ZFLOPs|1e21|COMPUTE", "loss (bits)|loss|0.6931471805599453|BITS",
        "loss_bits|loss_bits|0.6931471805599453|BITS", "eval/bpb|eval/bpb|1|BITS_PER_BYTE",
        "ARC-C|ARC-C|1|NONE", "HW TFLOP/s/GPU|HW TFLOP/s/GPU|1|NONE", "tflops_per_sec|tflops_per_sec|1|NONE",
        "Loss (val)|Loss (val)|1|NONE", "Model FLOP Util|Model FLOP Util|1|NONE"
    })
    void readsTheUnitAndFactorOfAHeader(String header, String name, double factor, HeaderUnit.Kind kind) {
        HeaderUnit unit = HeaderUnit.of(header);
        assertThat(unit.name()).isEqualTo(name);
        assertThat(unit.factor()).isCloseTo(factor, within(factor * 1e-12));
        assertThat(unit.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource({"1000000000, 1e9", "86400000000000000000, 8.64e19", "0.6931471805599453, 0.6931", "1000, 1e3", "2.5, 2.5"})
    void writesFactorsForPeople(double factor, String text) {
        assertThat(ColumnScale.factorText(factor)).isEqualTo(text);
    }
}
