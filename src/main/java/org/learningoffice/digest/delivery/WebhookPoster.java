package org.learningoffice.digest.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Posts JSON to a chat webhook (Slack, Teams) over OkHttp. */
public final class WebhookPoster {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final ObjectMapper json;

  public WebhookPoster(OkHttpClient http, ObjectMapper json) {
    this.http = http;
    this.json = json;
  }

  /**
   * Posts the body; a 2xx answer is success.
   *
   * @throws DeliveryException on any other answer or when the hook cannot be reached
   */
  public void post(String what, URI url, JsonNode body) {
    String text;
    try {
      text = json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the " + what + " message", e);
    }
    Request request =
        new Request.Builder().url(url.toString()).post(RequestBody.create(text, JSON)).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        // the URL holds the hook's secret: name the channel, never the URL
        throw new DeliveryException(what + " webhook answered HTTP " + response.code());
      }
    } catch (IOException e) {
      throw new DeliveryException(what + " webhook could not be reached: " + e.getMessage(), e);
    }
  }
}
