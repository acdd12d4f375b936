package dk.jobbro.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tasks that enter a data set through the API on a few threads, as several caseworkers or kommune systems would;
 * {@link #run} waits for all of them and rethrows the first failure, so an assertion inside a task fails the test.
 */
final class Parallel {

  /** One piece of work; may throw, like an assertion. */
  interface Task {
    void run() throws Exception;
  }

  private static final int THREADS = 6;

  private final List<Task> tasks = new ArrayList<>();

  Parallel add(Task task) {
    tasks.add(task);
    return this;
  }

  void run() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Task task : tasks) {
        running.add(pool.submit(() -> {
          task.run();
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
