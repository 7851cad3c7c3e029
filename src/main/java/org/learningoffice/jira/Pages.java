package org.learningoffice.jira;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Search result pages, fetched one at a time: each fetch returns a page and, unless it was the
 * last, the cursor of the next one ({@code nextPageToken} on Cloud, {@code startAt} on Data
 * Center). A cursor that leads back to a page already fetched ends the paging with a {@link
 * JiraException}: following it would fetch the same issues again without end. So does a page that
 * says more follow but gives no cursor to them, once a reader asks for more: ending there quietly
 * would pass for the whole result, and a poller would move on past issues it never saw.
 */
final class Pages<C> implements Iterable<SearchPage> {

  /** Fetches the page at the cursor (the first page when empty). */
  interface Fetcher<C> {
    Fetched<C> fetch(Optional<C> cursor);
  }

  /**
   * A page and where the next one starts, if there is one; {@code stranded} when Jira said more
   * follow but gave no cursor to them.
   */
  record Fetched<C>(SearchPage page, Optional<C> next, boolean stranded) {
    /** A page that is the last one when {@code next} is empty. */
    static <C> Fetched<C> of(SearchPage page, Optional<C> next) {
      return new Fetched<>(page, next, false);
    }

    /** A page that Jira says is not the last, without a cursor to the next. */
    static <C> Fetched<C> stranded(SearchPage page) {
      return new Fetched<>(page, Optional.empty(), true);
    }
  }

  private final String path;
  private final Fetcher<C> fetcher;

  /** {@code path}: the search resource, named in the error when paging goes round in a circle. */
  Pages(String path, Fetcher<C> fetcher) {
    this.path = path;
    this.fetcher = fetcher;
  }

  @Override
  public Iterator<SearchPage> iterator() {
    return new Iterator<>() {
      private final Set<C> followed = new HashSet<>();
      private Optional<C> cursor = Optional.empty();
      private boolean done;
      private boolean stranded;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public SearchPage next() {
        if (done) {
          throw new NoSuchElementException();
        }
        if (stranded) {
          done = true;
          throw new JiraException(
              200,
              "POST",
              path,
              List.of(
                  "its page said more issues follow (isLast false) but gave no nextPageToken to"
                      + " fetch them; stopped rather than end the search short"),
              Map.of());
        }
        Fetched<C> fetched = fetcher.fetch(cursor);
        cursor.ifPresent(followed::add);
        cursor = fetched.next();
        if (cursor.isPresent() && followed.contains(cursor.get())) {
          done = true;
          throw new JiraException(
              200,
              "POST",
              path,
              List.of(
                  "its next page is a page it had already given; stopped, as following it would"
                      + " fetch the same issues without end"),
              Map.of());
        }
        stranded = fetched.stranded();
        done = cursor.isEmpty() && !stranded;
        return fetched.page();
      }
    };
  }
}
