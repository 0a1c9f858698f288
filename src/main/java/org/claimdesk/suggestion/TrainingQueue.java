package org.claimdesk.suggestion;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.claimdesk.annotation.event.GoldChanged;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.suggestion.tagger.TaggerModel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Runs trainings in the background, one at a time on a low-priority thread of their own, so the
 * editor never waits for one. A project has at most one training running and one queued; a gold
 * change starts one after the gold layer has been quiet for the debounce time, so a curator's
 * burst of edits trains once. A training can be cancelled; it stops at its next step.
 */
@Component
class TrainingQueue {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingQueue.class);

    /** What one project's training is doing, as the status shows it. */
    record Job(boolean running, boolean queued, double progress, String step, @Nullable String problem,
               @Nullable Instant finishedAt) {
        static final Job NONE = new Job(false, false, 0, "", null, null);
    }

    private final ModelTraining training;
    private final Duration debounce;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> cancelled = new ConcurrentHashMap<>();
    private final Map<Long, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> thread(r, "suggestion-training"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> thread(r, "suggestion-debounce"));

    TrainingQueue(ModelTraining training, @Value("${claimdesk.suggestions.training-debounce:PT60S}") Duration debounce) {
        this.training = training;
        this.debounce = debounce;
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    }

    Job job(long projectId) {
        return jobs.getOrDefault(projectId, Job.NONE);
    }

    /** Starts a training, or queues one if a training of the project is running (at most one queued). */
    synchronized void request(long projectId) {
        Job j = job(projectId);
        if (j.running()) {
            jobs.put(projectId, new Job(true, true, j.progress(), j.step(), null, j.finishedAt()));
            return;
        }
        if (j.queued()) {
            return;
        }
        jobs.put(projectId, new Job(false, true, 0, "Waiting for another project's training", null, j.finishedAt()));
        worker.submit(() -> run(projectId));
    }

    /** Cancels the running training and forgets the queued one. */
    synchronized void cancel(long projectId) {
        ScheduledFuture<?> t = timers.remove(projectId);
        if (t != null) {
            t.cancel(false);
        }
        Job j = job(projectId);
        if (j.running() || j.queued()) {
            cancelled.put(projectId, true);
            jobs.put(projectId, new Job(j.running(), false, j.progress(), "Cancelling", null, j.finishedAt()));
        }
    }

    @ApplicationModuleListener
    void on(GoldChanged event) {
        ScheduledFuture<?> previous = timers.put(event.projectId(),
                timer.schedule(() -> request(event.projectId()), debounce.toMillis(), TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void run(long projectId) {
        synchronized (this) {
            if (cancelled.remove(projectId) != null) {
                jobs.put(projectId, new Job(false, false, 0, "Cancelled", null, Instant.now()));
                return;
            }
            jobs.put(projectId, new Job(true, false, 0, "Starting", null, job(projectId).finishedAt()));
        }
        String problem = null;
        String step = "";
        try {
            StoredModel m = training.run(projectId, (fraction, s) -> progress(projectId, fraction, s),
                    () -> cancelled.containsKey(projectId));
            step = "Model " + m.version() + " trained on " + m.trainedOn() + " documents";
        } catch (TaggerModel.Cancelled e) {
            step = "Cancelled";
        } catch (InvalidInputException e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("Training the suggestion model of project {} failed", projectId, e);
            problem = "Training failed: " + e.getMessage();
        }
        boolean again;
        synchronized (this) {
            cancelled.remove(projectId);
            again = job(projectId).queued();
            jobs.put(projectId, new Job(false, false, 1, step, problem, Instant.now()));
        }
        if (again) {
            request(projectId);
        }
    }

    private synchronized void progress(long projectId, double fraction, String step) {
        Job j = job(projectId);
        jobs.put(projectId, new Job(true, j.queued(), fraction, step, null, j.finishedAt()));
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        worker.shutdownNow();
    }
}
