package org.scalingworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Timings t = new Timings(new double[] {4, 1, 3, 2}, new double[] {0.4, 0.1, 0.3, 0.2});
        assertThat(t.medianWall()).isEqualTo(2.5);
        assertThat(t.medianCpu()).isEqualTo(0.25);
    }

    @Test
    void bestAndMaxWallAreTheFastestAndSlowestRun() {
        Timings t = new Timings(new double[] {0.3, 0.1, 0.7}, new double[] {0.3, 0.1, 0.7});
        assertThat(t.medianWall()).isEqualTo(0.3);
        assertThat(t.bestWall()).isEqualTo(0.1);
        assertThat(t.maxWall()).isEqualTo(0.7);
        assertThat(t.runs()).isEqualTo(3);
    }

    @Test
    void timesAreCopiedSoTheRecordCannotChange() {
        double[] wall = {1, 2, 3};
        Timings t = new Timings(wall, wall);
        wall[0] = 100;
        t.wall()[1] = 100;
        assertThat(t.wall()).containsExactly(1, 2, 3);
    }
}
