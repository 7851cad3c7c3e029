package org.learningoffice.jira;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JQL search: Cloud's enhanced search ({@code /rest/api/3/search/jql}, paged by {@code
 * nextPageToken}) or Data Center's {@code /rest/api/2/search} (paged by {@code startAt}), behind
 * one paging shape.
 */
public interface SearchApi {
  /** The result pages; each page is fetched when the iteration reaches it. */
  Iterable<SearchPage> pages(SearchQuery query);

  /** All matching issues, fetched page by page as the stream is consumed. */
  default Stream<Issue> issues(SearchQuery query) {
    return StreamSupport.stream(pages(query).spliterator(), false)
        .flatMap(page -> page.issues().stream());
  }

  /** How many issues match: approximate on Cloud, exact on Data Center. */
  long count(String jql);
}
