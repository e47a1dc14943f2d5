package org.scalingworkbench.ui.task;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.controlsfx.control.PopOver;
import org.controlsfx.control.TaskProgressView;

/**
 * The status bar's "n running" button: shown while background tasks run; it opens a list of them,
 * each with its progress and a cancel button (ControlsFX {@link TaskProgressView}).
 */
public final class RunningTasksView {

    private final Button button = new Button();
    private final TaskProgressView<javafx.concurrent.Task<?>> list = new TaskProgressView<>();
    private final PopOver popOver = new PopOver(list);

    public RunningTasksView(FxTaskRunner tasks) {
        button.setId("running-tasks");
        button.textProperty().bind(Bindings.size(tasks.running()).asString("%d running…"));
        button.visibleProperty().bind(Bindings.isNotEmpty(tasks.running()));
        button.managedProperty().bind(button.visibleProperty());
        Bindings.bindContent(list.getTasks(), tasks.running());
        list.setPrefSize(420, 220);
        popOver.setTitle("Running");
        popOver.setArrowLocation(PopOver.ArrowLocation.BOTTOM_RIGHT);
        popOver.setDetachable(false);
        button.setOnAction(e -> popOver.show(button));
        button.visibleProperty().addListener((o, was, now) -> {
            if (!now) {
                popOver.hide();
            }
        });
    }

    public Node node() {
        return button;
    }
}
