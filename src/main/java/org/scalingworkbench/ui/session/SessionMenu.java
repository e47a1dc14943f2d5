package org.scalingworkbench.ui.session;

import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.scalingworkbench.ui.chart.ChartView;

/**
 * The window's side of sessions: the File menu's session items, the title with the session's
 * name and unsaved-changes mark, the question on close, and the autosave timer.
 */
public final class SessionMenu {

    /** How often the open session is autosaved to its recovery file while it has unsaved changes. */
    public static final Duration AUTOSAVE_EVERY = Duration.seconds(60);

    private SessionMenu() {
    }

    /**
     * Adds Open Session…, Save Session, Save Session As… and "Embed data in session" to the first
     * menu of {@code bar} (after Open Recent), binds the stage's title, asks about unsaved changes
     * when the window is asked to close, and starts the autosave timer.
     */
    public static void install(Stage stage, MenuBar bar, SessionViewModel session) {
        Menu file = bar.getMenus().get(0);
        CheckMenuItem embed = new CheckMenuItem("Embed data in session");
        embed.setId("embed-data");
        embed.selectedProperty().bindBidirectional(session.embedDataProperty());
        List<MenuItem> items = List.of(new SeparatorMenuItem(), item("open-session", "Open Session…", "Shortcut+Shift+O", session::open),
                item("save-session", "Save Session", "Shortcut+S", session::save),
                item("save-session-as", "Save Session As…", "Shortcut+Shift+S", session::saveAs), embed);
        file.getItems().addAll(afterOpenRecent(file), items);
        stage.titleProperty().bind(session.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!session.requestClose(stage::close)) {
                e.consume();
            }
        });
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> session.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> autosave.stop());
    }

    /** The chart view as the session sees it. */
    public static ViewPort viewPortOf(ChartView chart) {
        return new ViewPort() {
            @Override
            public Optional<double[]> viewX() {
                return chart.viewX();
            }

            @Override
            public void showX(double lower, double upper) {
                chart.showX(lower, upper);
            }
        };
    }

    /** A status-bar label with what the last session command did. */
    public static Label messageLabel(SessionViewModel session) {
        Label label = new Label();
        label.setId("session-message");
        label.textProperty().bind(session.messageProperty());
        return label;
    }

    private static int afterOpenRecent(Menu file) {
        for (int i = 0; i < file.getItems().size(); i++) {
            if ("Open Recent".equals(file.getItems().get(i).getText())) {
                return i + 1;
            }
        }
        return Math.min(1, file.getItems().size());
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }
}
