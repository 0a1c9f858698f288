package org.claimdesk.dataset.ui;

import java.io.IOException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.claimdesk.dataset.ExportProgress;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A long export or import off the request thread, as the signed-in user, with a progress bar, a
 * count and a Cancel button; results come back through server push.
 */
class BackgroundTask extends HorizontalLayout {
    private final ProgressBar bar = new ProgressBar();
    private final Span count = new Span();
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastUpdate;

    BackgroundTask() {
        bar.setWidth("20em");
        bar.setIndeterminate(true);
        cancel.addClickListener(e -> {
            cancelled.set(true);
            cancel.setEnabled(false);
            count.setText("Cancelling…");
        });
        setAlignItems(Alignment.CENTER);
        add(bar, count, cancel);
        setVisible(false);
    }

    /** Runs {@code work} in the background; {@code done} runs in the UI afterwards with its result or error. */
    <T> void run(String unit, Work<T> work, Consumer<Result<T>> done) {
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        cancelled.set(false);
        cancel.setEnabled(true);
        bar.setIndeterminate(true);
        count.setText("Starting…");
        setVisible(true);
        ExportProgress progress = new ExportProgress() {
            @Override
            public void advanced(long done, long total) {
                long now = System.nanoTime();
                if (now - lastUpdate < 150_000_000L && done < total) {
                    return; // a few updates a second are enough for the eye
                }
                lastUpdate = now;
                ui.access(() -> {
                    bar.setIndeterminate(total <= 0);
                    if (total > 0) {
                        bar.setValue(Math.min(1.0, done / (double) total));
                    }
                    count.setText(done + (total > 0 ? " of " + total : "") + " " + unit);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        Thread.ofVirtual().name("claimdesk-dataset-task").start(() -> {
            SecurityContextHolder.setContext(security);
            Result<T> result;
            try {
                result = new Result<>(work.run(progress), null);
            } catch (RuntimeException | IOException e) {
                result = new Result<>(null, e);
            } finally {
                SecurityContextHolder.clearContext();
            }
            Result<T> r = result;
            ui.access(() -> {
                setVisible(false);
                done.accept(r);
            });
        });
    }

    interface Work<T> {
        T run(ExportProgress progress) throws IOException;
    }

    record Result<T>(T value, Exception error) {
    }
}
