package com.trendythreads.opsdesk.views.catalog.jobs;

import com.trendythreads.opsdesk.viewmodels.catalog.jobs.CatalogJobsViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobItem;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/// Recent bulk changes and imports, each with who, when, how far it got, and an undo. It listens to job
/// changes while it is in a scene.
public final class CatalogJobsView {

    private final CatalogJobsViewModel vm;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private ListView<JobItem> jobList;
    @FXML private Button undoJobButton;
    @FXML private Label jobMessage;
    @FXML private ListView<String> jobKept;
    @FXML private UndoStepUpView undoStepUpController;

    @Inject
    public CatalogJobsView(CatalogJobsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        jobList.setItems(vm.items());
        jobList.setPlaceholder(new Label(i18n.get("jobs.empty")));
        jobList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(JobItem j, boolean empty) {
                super.updateItem(j, empty);
                setText(empty || j == null ? null : j.description() + "  ·  " + j.state() + "\n" + j.detail());
            }
        });
        var selected = jobList.getSelectionModel().selectedItemProperty();
        undoJobButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().undoable() || vm.busyProperty().get(),
                selected, vm.busyProperty()));
        jobMessage.textProperty().bind(vm.messageProperty());
        undoStepUpController.bind(vm.stepUp());
        jobKept.setItems(vm.kept());
        jobKept.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.kept()));
        jobKept.managedProperty().bind(jobKept.visibleProperty());
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.activate();
            } else {
                vm.deactivate();
            }
        });
    }

    @FXML
    private void undo() {
        vm.undo(jobList.getSelectionModel().getSelectedItem());
    }

    public CatalogJobsViewModel viewModel() {
        return vm;
    }
}
