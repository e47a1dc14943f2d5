package org.scalingworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingworkbench.app.BackgroundTask;
import org.scalingworkbench.app.CurrentThreadTaskRunner;
import org.scalingworkbench.app.TaskContext;
import org.scalingworkbench.app.TaskHandle;
import org.scalingworkbench.app.TaskRunner;
import org.scalingworkbench.figure.AxisSpec;
import org.scalingworkbench.figure.PlotZoom;
import org.scalingworkbench.figure.PointSeries;
import org.scalingworkbench.figure.PointState;
import org.scalingworkbench.figure.ScalingPlotSpec;
import org.scalingworkbench.figure.export.ExportFormat;
import org.scalingworkbench.ui.NoDialogs;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("scalingworkbench-export-test");
    private final FakeDialogs dialogs = new FakeDialogs();

    /** Answers the file chooser with {@link #answer} and records what it was asked. */
    private static final class FakeDialogs extends NoDialogs {
        Path answer;
        final List<ExportFormat> askedFor = new ArrayList<>();

        @Override
        public Optional<Path> chooseExportFile(ExportFormat format, Path suggested) {
            askedFor.add(format);
            return Optional.ofNullable(answer);
        }
    }

    @AfterEach
    void forgetChoices() throws Exception {
        prefs.removeNode();
    }

    private static ScalingPlotSpec spec() {
        PointSeries points = new PointSeries("runs", PointState.FITTED, new double[] {1e6, 1e7, 1e8}, new double[] {3.1, 2.6, 2.3});
        return new ScalingPlotSpec(AxisSpec.log("params"), AxisSpec.log("loss"), List.of(points), List.of(), Double.NaN, false);
    }

    private ExportViewModel model() {
        return new ExportViewModel(new CurrentThreadTaskRunner(), new CurrentThreadTaskRunner(), dialogs, prefs,
                ExportViewModelTest::spec, Optional::empty);
    }

    private ExportViewModel choose(ExportFormat format, String width, String height, String dpi, Path file) {
        ExportViewModel model = model();
        model.formatProperty().set(format);
        model.widthProperty().set(width);
        model.heightProperty().set(height);
        model.dpiProperty().set(dpi);
        dialogs.answer = file;
        model.browse();
        return model;
    }

    @Test
    void pngIsWidthTimesDpiPixelsAndTheSummarySaysSo() throws Exception {
        Path png = dir.resolve("plot.png");
        ExportViewModel model = choose(ExportFormat.PNG, "6.5", "5.2", "300", png);
        assertThat(model.summaryProperty().get()).isEqualTo("1950 × 1560 px PNG, 300 dpi");
        assertThat(model.export()).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1950);
        assertThat(image.getHeight()).isEqualTo(1560);
        assertThat(model.messageProperty().get()).isEqualTo("Wrote " + png + " (1950 × 1560 px PNG, 300 dpi)");
        assertThat(dialogs.askedFor).containsExactly(ExportFormat.PNG);
    }

    @Test
    void svgWidthAttributeIsTheChosenWidthInPoints() throws Exception {
        Path svg = dir.resolve("plot.svg");
        ExportViewModel model = choose(ExportFormat.SVG, "6.75", "4.2", "300", svg);
        assertThat(model.presetProperty().get()).isEqualTo(SizePreset.DOUBLE_COLUMN);
        assertThat(model.summaryProperty().get()).isEqualTo("6.75 × 4.2 in SVG (486 × 302 pt)");
        model.export();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo("486.00pt");
        assertThat(root.getAttribute("height")).isEqualTo("302.40pt");
    }

    @Test
    void pdfPageIsTheChosenSizeInPoints() throws Exception {
        Path pdf = dir.resolve("plot.pdf");
        ExportViewModel model = choose(ExportFormat.PDF, "10", "5.625", "300", pdf);
        assertThat(model.presetProperty().get()).isEqualTo(SizePreset.SLIDE);
        model.export();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(720f, within(0.01f));
            assertThat(page.getHeight()).isCloseTo(405f, within(0.01f));
        }
    }

    @Test
    void invalidFieldsGiveTheirMessageAndWriteNothing() {
        Path svg = dir.resolve("plot.svg");
        String[][] cases = {
            {"0.5", "2.6", "300", "PNG", "Width must be between 1 and 40 in"},
            {"abc", "2.6", "300", "SVG", "Width must be a number of inches, such as 3.25"},
            {"3.25", "41", "300", "PDF", "Height must be between 1 and 40 in"},
            {"3.25", "2.6", "50", "PNG", "DPI must be a whole number from 72 to 1200"},
            {"3.25", "2.6", "2000", "PNG", "DPI must be a whole number from 72 to 1200"},
        };
        for (String[] c : cases) {
            ExportViewModel model = choose(ExportFormat.valueOf(c[3]), c[0], c[1], c[2], dir.resolve("plot." + c[3].toLowerCase()));
            assertThat(model.export()).as(c[4]).isFalse();
            assertThat(model.errorProperty().get()).isEqualTo(c[4]);
            assertThat(model.summaryProperty().get()).isEmpty();
        }
        assertThat(dir).isEmptyDirectory();
        ExportViewModel svgIgnoresDpi = choose(ExportFormat.SVG, "3.25", "2.6", "50", svg);
        assertThat(svgIgnoresDpi.errorProperty().get()).isEmpty();
        assertThat(svgIgnoresDpi.dpiEnabledProperty().get()).isFalse();
    }

    @Test
    void switchingFormatRenamesTheFileAndAMismatchedNameIsRefused() {
        ExportViewModel model = choose(ExportFormat.SVG, "3.25", "2.6", "300", dir.resolve("fig.svg"));
        model.formatProperty().set(ExportFormat.PDF);
        assertThat(model.pathProperty().get()).isEqualTo(dir.resolve("fig.pdf").toString());
        model.pathProperty().set(dir.resolve("fig.png").toString());
        assertThat(model.export()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("The file name ends in .png but the format is PDF");
        model.pathProperty().set(dir.resolve("fig").toString());
        assertThat(model.export()).isTrue();
        assertThat(dir.resolve("fig.pdf")).exists();
    }

    @Test
    void presetsSetTheSizeAndTheLastChoicesAreRememberedForNextTime() {
        ExportViewModel model = model();
        model.presetProperty().set(SizePreset.SLIDE);
        assertThat(model.widthProperty().get()).isEqualTo("10");
        assertThat(model.heightProperty().get()).isEqualTo("5.625");
        model.formatProperty().set(ExportFormat.PNG);
        model.dpiProperty().set("150");
        model.themeProperty().set("dark");
        model.pathProperty().set(dir.resolve("slide.png").toString());
        assertThat(model.export()).isTrue();

        ExportViewModel next = model();
        assertThat(next.formatProperty().get()).isEqualTo(ExportFormat.PNG);
        assertThat(next.presetProperty().get()).isEqualTo(SizePreset.SLIDE);
        assertThat(next.dpiProperty().get()).isEqualTo("150");
        assertThat(next.themeProperty().get()).isEqualTo("dark");
        assertThat(next.pathProperty().get()).isEqualTo(dir.resolve("scaling-plot.png").toString());
    }

    @Test
    void previewHasTheFiguresAspectAndFollowsTheTheme() {
        ExportViewModel model = model();
        model.setPreviewBox(400, 400);
        assertThat(model.prepare()).isTrue();
        BufferedImage paper = model.previewProperty().get();
        assertThat(paper.getWidth()).isEqualTo(400);
        assertThat(paper.getHeight()).isEqualTo(320);
        assertThat(paper.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        model.themeProperty().set("dark");
        assertThat(model.previewProperty().get().getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x1E1F22);
        model.presetProperty().set(SizePreset.SLIDE);
        assertThat(model.previewProperty().get().getHeight()).isEqualTo(225);
    }

    @Test
    void previewsRenderOneAtATimeAndOnlyTheLatestRequestIsShown() {
        List<Runnable> held = new ArrayList<>();
        TaskRunner holding = new TaskRunner() {
            @Override
            public <T> TaskHandle run(String title, BackgroundTask<T> task, Consumer<? super T> onSuccess,
                    Consumer<? super Exception> onFailure) {
                held.add(() -> {
                    try {
                        onSuccess.accept(task.run(TaskContext.none()));
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
                return null;
            }
        };
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskRunner(), holding, dialogs, prefs,
                ExportViewModelTest::spec, Optional::empty);
        model.setPreviewBox(400, 400);
        model.prepare();
        model.widthProperty().set("6.75");
        model.presetProperty().set(SizePreset.SLIDE);
        assertThat(held).as("one render in flight, the rest wait").hasSize(1);
        held.remove(0).run();
        assertThat(model.previewProperty().get()).as("a stale render is not shown").isNull();
        assertThat(held).as("only the newest waiting request starts").hasSize(1);
        held.remove(0).run();
        assertThat(held).isEmpty();
        assertThat(model.previewProperty().get().getHeight()).isEqualTo(225);
    }

    @Test
    void withoutAPlotTheDialogDoesNotOpenAndNothingIsWritten() {
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskRunner(), new CurrentThreadTaskRunner(), dialogs,
                prefs, () -> null, Optional::empty);
        assertThat(model.prepare()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Nothing to export");
        model.pathProperty().set(dir.resolve("a.svg").toString());
        assertThat(model.export()).isFalse();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void exportShowsTheChartsZoomByDefaultAndTheFullExtentOnRequest() throws Exception {
        Optional<PlotZoom> zoom = Optional.of(new PlotZoom(1.5e6, 6e7, 2.45, 2.75));
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskRunner(), new CurrentThreadTaskRunner(), dialogs,
                prefs, ExportViewModelTest::spec, () -> zoom);
        model.widthProperty().set("3.25");
        model.heightProperty().set("2.6");
        assertThat(model.prepare()).isTrue();
        assertThat(model.zoomedProperty().get()).isTrue();
        assertThat(model.useZoomProperty().get()).as("default: what is shown").isTrue();
        model.pathProperty().set(dir.resolve("zoomed.svg").toString());
        assertThat(model.export()).isTrue();
        model.useZoomProperty().set(false);
        model.pathProperty().set(dir.resolve("full.svg").toString());
        assertThat(model.export()).isTrue();
        // x tick labels are drawn as a prefix and a superscript exponent: "2×10", "6" is 2×10^6
        List<String> zoomed = svgTexts(dir.resolve("zoomed.svg"));
        assertThat(zoomed.subList(0, zoomed.indexOf("params"))).containsExactly("2×10", "6", "5×10", "6", "10", "7", "2×10", "7",
                "5×10", "7");
        assertThat(yLabels(zoomed)).allSatisfy(y -> assertThat(y).isBetween(2.45, 2.75)).hasSizeGreaterThanOrEqualTo(4);
        List<String> full = svgTexts(dir.resolve("full.svg"));
        assertThat(full.subList(0, full.indexOf("params"))).containsExactly("10", "6", "10", "7", "10", "8");
        assertThat(yLabels(full)).contains(3.0);
        model.prepare();
        assertThat(model.useZoomProperty().get()).as("opened again: what is shown").isTrue();
    }

    @Test
    void unzoomedChartOffersNoZoomChoiceAndExportsTheFullExtent() throws Exception {
        ExportViewModel model = model();
        assertThat(model.prepare()).isTrue();
        assertThat(model.zoomedProperty().get()).isFalse();
        model.pathProperty().set(dir.resolve("plain.svg").toString());
        assertThat(model.export()).isTrue();
        List<String> texts = svgTexts(dir.resolve("plain.svg"));
        assertThat(texts.subList(0, texts.indexOf("params"))).containsExactly("10", "6", "10", "7", "10", "8");
    }

    /** The numbers labelling the y axis: the texts between the x and the y axis titles. */
    private static List<Double> yLabels(List<String> texts) {
        return texts.subList(texts.indexOf("params") + 1, texts.indexOf("loss")).stream().map(Double::valueOf).toList();
    }

    /** The text of every text element of an SVG file, in document order. */
    private static List<String> svgTexts(Path svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var texts = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent().trim());
        }
        return out;
    }

    @Test
    void cancelledFileChooserKeepsThePath() {
        ExportViewModel model = choose(ExportFormat.SVG, "3.25", "2.6", "300", dir.resolve("kept.svg"));
        dialogs.answer = null;
        model.browse();
        assertThat(model.pathProperty().get()).isEqualTo(dir.resolve("kept.svg").toString());
    }
}
