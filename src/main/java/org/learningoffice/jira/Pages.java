package org.learningoffice.jira;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Search result pages, fetched one at a time: each fetch returns a page and, unless it was the
 * last, the cursor of the next one ({@code nextPageToken} on Cloud, {@code startAt} on Data
 * Center).
 */
final class Pages<C> implements Iterable<SearchPage> {

  /** Fetches the page at the cursor (the first page when empty). */
  interface Fetcher<C> {
    Fetched<C> fetch(Optional<C> cursor);
  }

  /** A page and where the next one starts, if there is one. */
  record Fetched<C>(SearchPage page, Optional<C> next) {}

  private final Fetcher<C> fetcher;

  Pages(Fetcher<C> fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public Iterator<SearchPage> iterator() {
    return new Iterator<>() {
      private Optional<C> cursor = Optional.empty();
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public SearchPage next() {
        if (done) {
          throw new NoSuchElementException();
        }
        Fetched<C> fetched = fetcher.fetch(cursor);
        cursor = fetched.next();
        done = cursor.isEmpty();
        return fetched.page();
      }
    };
  }
}
