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
import okio.BufferedSink;

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
   * @throws DeliveryException on any other answer, or when the hook could not be reached before the
   *     message was written (nothing was posted; tried again later)
   * @throws DeliveryOutcomeUnknownException when the connection failed after the message was
   *     written, such as a timeout waiting for the answer: the hook may have posted it
   */
  public void post(String what, URI url, JsonNode body) {
    byte[] bytes;
    try {
      bytes = json.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the " + what + " message", e);
    }
    WrittenBody written = new WrittenBody(bytes);
    Request request = new Request.Builder().url(url.toString()).post(written).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        // the URL holds the hook's secret: name the channel, never the URL
        throw new DeliveryException(what + " webhook answered HTTP " + response.code());
      }
    } catch (IOException e) {
      if (written.sent) {
        throw new DeliveryOutcomeUnknownException(
            what + " webhook took the message but gave no answer: " + e.getMessage(), e);
      }
      throw new DeliveryException(what + " webhook could not be reached: " + e.getMessage(), e);
    }
  }

  /** The message as a request body that remembers whether OkHttp wrote it to a connection. */
  private static final class WrittenBody extends RequestBody {
    private final byte[] bytes;
    private volatile boolean sent;

    WrittenBody(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    /** Never resent by OkHttp on a failed connection: a second post could be a second message. */
    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sent = true; // from here on, part of it may have reached the hook
      sink.write(bytes);
    }
  }
}
