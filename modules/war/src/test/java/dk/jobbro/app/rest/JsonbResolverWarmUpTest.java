package dk.jobbro.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonbResolverWarmUpTest {

  /** Stands for Payara's resolver: slow on its first use, and counting who is inside it at once. */
  static final class FirstUseResolver implements ContextResolver<Jsonb> {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger inside = new AtomicInteger();
    volatile boolean overlapped;
    volatile long finishedAt;

    @Override
    public Jsonb getContext(Class<?> type) {
      calls.incrementAndGet();
      if (inside.incrementAndGet() > 1) {
        overlapped = true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inside.decrementAndGet();
      finishedAt = System.nanoTime();
      return null; // what it answers does not matter here, only when and how often it is asked
    }
  }

  private static Providers offering(ContextResolver<Jsonb> resolver) {
    return new Providers() {
      @Override
      public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
          MediaType mediaType) {
        return null;
      }

      @Override
      public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
          MediaType mediaType) {
        return null;
      }

      @Override
      public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
        return null;
      }

      @Override
      @SuppressWarnings("unchecked")
      public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
        return contextType == Jsonb.class && MediaType.APPLICATION_JSON_TYPE.equals(mediaType)
            ? (ContextResolver<T>) resolver : null;
      }
    };
  }

  @Test
  void requestsArrivingTogetherPassOnlyAfterOneOfThemHasSetUpJsonBinding() throws Exception {
    FirstUseResolver resolver = new FirstUseResolver();
    JsonbResolverWarmUp warmUp = new JsonbResolverWarmUp();
    warmUp.providers = offering(resolver);

    int requests = 8;
    ExecutorService threads = Executors.newFixedThreadPool(requests);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> passedAt = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      passedAt.add(threads.submit(() -> {
        start.await();
        warmUp.filter(null);
        return System.nanoTime();
      }));
    }
    start.countDown();
    for (Future<Long> passed : passedAt) {
      assertThat(passed.get()).isGreaterThanOrEqualTo(resolver.finishedAt);
    }
    threads.shutdown();

    assertThat(resolver.calls).hasValue(1);
    assertThat(resolver.overlapped).isFalse();
    warmUp.filter(null);
    assertThat(resolver.calls).as("a warm filter does not ask again").hasValue(1);
  }
}
