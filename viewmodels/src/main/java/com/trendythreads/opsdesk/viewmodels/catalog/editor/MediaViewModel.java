package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.cache.media.MediaContent;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The product's images in their order, the main one marked; reordering and choosing the main image
/// are edits of the form (saved as `mediaOrder`/`mainMediaId`). Thumbnails load from the local store
/// in the background. While an image waits to be uploaded the order cannot change: the platform wants
/// every one of its image ids in a new order, and it does not know the waiting one yet.
public final class MediaViewModel {

    /// Order and main image, for undo and for telling whether anything changed.
    public record State(List<String> order, String mainId) {
        public State {
            order = List.copyOf(order);
        }
    }

    private final TaskRunner runner;
    private final MediaContent content;
    private final Consumer<String> onEdit;
    private final ObservableList<MediaItem> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reorderable = new ReadOnlyBooleanWrapper(true);
    private String mainId;
    private int ops;

    MediaViewModel(TaskRunner runner, MediaContent content, Consumer<String> onEdit) {
        this.runner = Objects.requireNonNull(runner);
        this.content = Objects.requireNonNull(content);
        this.onEdit = Objects.requireNonNull(onEdit);
    }

    void load(List<Media> media, String main) {
        Map<String, MediaItem> known = new HashMap<>();
        items.forEach(i -> known.put(i.id(), i));
        List<MediaItem> next = new ArrayList<>();
        for (Media m : media == null ? List.<Media>of() : media) {
            MediaItem had = known.get(m.id());
            MediaItem item = had != null ? had : new MediaItem(m);
            next.add(item);
            if (had == null) {
                BackgroundTask.of(() -> content.content(m.id()).orElse(null))
                        .onSuccess(item::content)
                        .onFailure(e -> { })
                        .runWith(runner);
            }
        }
        items.setAll(next);
        reorderable.set(next.stream().noneMatch(MediaItem::pending));
        mark(main);
    }

    State state() {
        return new State(items.stream().map(MediaItem::id).toList(), mainId);
    }

    void restore(State s) {
        Map<String, MediaItem> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        List<MediaItem> next = new ArrayList<>();
        s.order().stream().map(byId::get).filter(Objects::nonNull).forEach(next::add);
        items.stream().filter(i -> !next.contains(i)).forEach(next::add);
        items.setAll(next);
        mark(s.mainId());
    }

    /// The images in their current order.
    List<Media> media() {
        return items.stream().map(MediaItem::media).toList();
    }

    String mainId() {
        return mainId;
    }

    public void moveUp(MediaItem item) {
        move(item, -1);
    }

    public void moveDown(MediaItem item) {
        move(item, +1);
    }

    /// Moves `item` to `index` (drag and drop).
    public void moveTo(MediaItem item, int index) {
        int from = items.indexOf(item);
        if (!reorderable.get() || from < 0 || index < 0 || index >= items.size() || index == from) {
            return;
        }
        items.remove(from);
        items.add(index, item);
        edited();
    }

    private void move(MediaItem item, int by) {
        moveTo(item, items.indexOf(item) + by);
    }

    public void makeMain(MediaItem item) {
        if (item == null || item.pending() || item.id().equals(mainId)) {
            return;
        }
        mark(item.id());
        edited();
    }

    private void mark(String id) {
        mainId = id;
        items.forEach(i -> i.main(i.id().equals(id)));
    }

    private void edited() {
        ops++;
        onEdit.accept("media#" + ops);
    }

    public ObservableList<MediaItem> items() {
        return items;
    }

    /// False while an image waits to be uploaded.
    public ReadOnlyBooleanProperty reorderableProperty() {
        return reorderable.getReadOnlyProperty();
    }
}
