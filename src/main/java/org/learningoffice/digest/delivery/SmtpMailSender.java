package org.learningoffice.digest.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.learningoffice.config.DigestConfig.Smtp;
import org.learningoffice.config.Secret;
import org.learningoffice.digest.delivery.MailMessage.InlineImage;

/**
 * Sends the digest over SMTP with Jakarta Mail (Eclipse Angus); STARTTLS and auth as configured.
 */
public final class SmtpMailSender implements MailSender {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A reply such as "550 5.1.1 ..." or "550-5.1.2 ...": the address itself is bad (RFC 3463). */
  private static final Pattern BAD_ADDRESS = Pattern.compile("5\\d\\d[ -]5\\.1\\.\\d+\\b");

  private final Smtp smtp;
  private final Clock clock;
  private final Session session;

  public SmtpMailSender(Smtp smtp, Clock clock) {
    this(smtp, clock, TIMEOUT);
  }

  /** With {@code timeout} for connecting, each read and each write instead of 30 seconds. */
  SmtpMailSender(Smtp smtp, Clock clock, Duration timeout) {
    this.smtp = smtp;
    this.clock = clock;
    this.session = session(smtp, timeout);
  }

  /**
   * A mail session for the server of {@code smtp}, as the digest is sent (and {@code check} tries
   * it): {@code timeout} for connecting, each read and each write; STARTTLS required when
   * configured; signing in when a user is.
   */
  public static Session session(Smtp smtp, Duration timeout) {
    Properties p = new Properties();
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", Integer.toString(smtp.port()));
    p.put("mail.smtp.connectiontimeout", Long.toString(timeout.toMillis()));
    p.put("mail.smtp.timeout", Long.toString(timeout.toMillis()));
    p.put("mail.smtp.writetimeout", Long.toString(timeout.toMillis()));
    if (smtp.startTls()) {
      // required, not opportunistic: a server that cannot upgrade gets no password and no digest
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    p.put("mail.smtp.auth", Boolean.toString(smtp.username().isPresent()));
    return Session.getInstance(p);
  }

  /**
   * The HTML part alone, or with its images as a multipart/related (RFC 2387) whose parts carry the
   * Content-IDs the HTML's {@code cid:} URLs name: Outlook and Gmail show those inline.
   */
  private static MimeBodyPart withImages(MimeBodyPart html, List<InlineImage> images)
      throws MessagingException {
    if (images.isEmpty()) {
      return html;
    }
    MimeMultipart related = new MimeMultipart("related");
    related.addBodyPart(html);
    for (InlineImage image : images) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(
          new DataHandler(new ByteArrayDataSource(image.bytes(), image.mediaType())));
      part.setContentID("<" + image.contentId() + ">");
      part.setDisposition(Part.INLINE);
      part.setFileName(image.contentId().replaceAll("@.*", "") + ".png");
      related.addBodyPart(part);
    }
    MimeBodyPart wrapper = new MimeBodyPart();
    wrapper.setContent(related);
    return wrapper;
  }

  @Override
  public void send(MailMessage mail) {
    try {
      TrackedMessage message = new TrackedMessage(session);
      message.setFrom(sender());
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(clock.instant()));
      // RFC 3834: an out-of-office auto-reply must not answer it (to the From mailbox, weekly)
      message.setHeader("Auto-Submitted", "auto-generated");
      mail.unsubscribe()
          .ifPresent(
              u -> {
                try {
                  message.setHeader("List-Unsubscribe", "<" + u + ">");
                  message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                } catch (MessagingException e) {
                  throw new DeliveryException("bad unsubscribe header: " + e.getMessage(), e);
                }
              });
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
      // multipart/alternative: the last part is the preferred one
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(withImages(html, mail.images()));
      message.setContent(alternative);
      message.saveChanges();
      send(message);
    } catch (MessagingException e) {
      String message = notTaken(e);
      if (refusedForGood(e)) {
        throw new RecipientRefusedException(message, e);
      }
      throw new DeliveryException(message, e);
    }
  }

  /** What the server answered instead of taking the digest. */
  private String notTaken(MessagingException e) {
    return "SMTP " + smtp.host() + ":" + smtp.port() + " did not take the digest: " + reasons(e);
  }

  /**
   * Whether the server refused the recipient's address itself, for good: a 5xx answer to RCPT with
   * an enhanced status 5.1.x (no such mailbox, no such domain, a bad address: RFC 3463), or an
   * address that does not parse. A refusal for any other reason (5.7.1 relaying denied: a sign-in
   * or relay rule the administrator fixes, which hits every recipient) or a 4xx is tried again.
   */
  private static boolean refusedForGood(MessagingException e) {
    for (Exception next = e;
        next != null;
        next = next instanceof MessagingException m ? m.getNextException() : null) {
      if (next instanceof AddressException) {
        return true;
      }
      if (next instanceof SMTPAddressFailedException refused
          && refused.getReturnCode() >= 500
          && refused.getReturnCode() < 600
          && BAD_ADDRESS.matcher(String.valueOf(refused.getMessage()).strip()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code digest.smtp.from} with its display name (such as "Lärande kontoret") encoded as RFC 2047
   * words: parsed alone, a name keeps its raw 8-bit bytes in the header, which servers without
   * SMTPUTF8 refuse or mangle.
   */
  private InternetAddress sender() throws MessagingException {
    InternetAddress parsed = new InternetAddress(smtp.from(), true);
    if (parsed.getPersonal() == null) {
      return parsed;
    }
    try {
      return new InternetAddress(
          parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException("UTF-8 is always supported", e);
    }
  }

  /**
   * Connects and hands the message over. Until the message's data starts to go out, a failure (no
   * connection, no sign-in, a refused or unanswered sender or recipient) sent nothing; no
   * connection or no sign-in is a {@link ChannelUnavailableException}. After that, only an answer
   * from the server (a reply code, such as 554) says it refused the message; any other failure,
   * such as a timeout or a dropped connection while waiting for that answer, may have left the
   * message delivered: that is an outcome unknown, which is not sent again.
   */
  private void send(TrackedMessage message) throws MessagingException {
    Transport transport = session.getTransport();
    try {
      try {
        if (smtp.username().isPresent()) {
          transport.connect(smtp.username().get(), smtp.password().map(Secret::reveal).orElse(""));
        } else {
          transport.connect();
        }
      } catch (MessagingException e) {
        // no connection or no sign-in: the same for every recipient of this round
        throw new ChannelUnavailableException(notTaken(e), e);
      }
      try {
        transport.sendMessage(message, message.getAllRecipients());
      } catch (MessagingException e) {
        if (!message.dataStarted || answeredByServer(e)) {
          throw e;
        }
        throw new DeliveryOutcomeUnknownException(
            "SMTP "
                + smtp.host()
                + ":"
                + smtp.port()
                + " may have taken the digest: "
                + e.getMessage(),
            e);
      }
    } finally {
      closeQuietly(transport);
    }
  }

  /**
   * The failure with the server's replies it wraps: a refused recipient is "Invalid Addresses" on
   * its own, the server's "550 5.1.1 ..." (no such user, relay denied, mailbox full) only in the
   * exceptions chained to it.
   */
  private static String reasons(MessagingException e) {
    Set<String> reasons = new LinkedHashSet<>();
    for (Exception next = e;
        next != null && reasons.size() < 5;
        next = next instanceof MessagingException m ? m.getNextException() : null) {
      if (next.getMessage() != null && !next.getMessage().isBlank()) {
        reasons.add(next.getMessage().strip());
      }
    }
    return String.join(": ", reasons);
  }

  /** Whether the server replied with a code (a refusal it stated), not the connection failing. */
  private static boolean answeredByServer(MessagingException e) {
    return e instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0;
  }

  /** A message that remembers whether its data started to go to the server. */
  private static final class TrackedMessage extends MimeMessage {
    private volatile boolean dataStarted;

    TrackedMessage(Session session) {
      super(session);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList)
        throws IOException, MessagingException {
      dataStarted = true;
      super.writeTo(out, ignoreList);
    }
  }

  /** Ends the session; a failed QUIT changes nothing about what was sent. */
  private static void closeQuietly(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException e) {
      // the message was handed over, or the failure before it is what counts
    }
  }
}
