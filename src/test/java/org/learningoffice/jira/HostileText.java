package org.learningoffice.jira;

import java.util.List;

/** User text that tries to be markup, HTML, mentions or macros. */
final class HostileText {
  private HostileText() {}

  static final List<String> SAMPLES =
      List.of(
          "<script>alert('x')</script>",
          "<b>bold</b> &amp; &lt;tag&gt; &#123;",
          "{code}System.exit(0);{code}",
          "{noformat}raw{noformat} {panel:title=x}p{panel} {color:red}red{color}",
          "[~admin] [~accountid:5b10a2844c20165700ede21g] @admin",
          "*bold* _em_ -deleted- +inserted+ ^sup^ ~sub~ ??cite?? {{mono}}",
          "[click|https://evil.example] [https://evil.example] !https://evil.example/x.png!",
          "http://evil.example/auto-link and mailto:x@example.com",
          "h1. Not a heading",
          "bq. Not a quote",
          "# not a numbered list\n* not a bullet\n- not a dash list\n---- not a rule",
          "||not||a||table||\n|cell|cell|",
          "line one\nline two\r\nline three\rline four\n\n\nafter blank lines",
          "back\\slash, double \\\\ break, escaped \\* star, trailing \\",
          "smileys :) :( :P :D ;) (y) (n) (i) (/) (x) (!) (?) (on) (*)",
          "100% sure & #hashtag: done",
          "unicode: åäö 日本語 emoji \uD83D\uDE00");
}
