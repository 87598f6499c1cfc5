// Tests for the inbox's pure parts: file sniffing, HTML escaping, flags.
#include <catch_amalgamated.hpp>

#include "server/attachment_sniff.h"
#include "server/html_escape.h"
#include "server/inbox_options.h"

using namespace hw::server;

TEST_CASE("files are recognized by their first bytes", "[server]") {
  CHECK(sniffAttachmentType(std::string("\xFF\xD8\xFF\xE0rest", 8)) == "image/jpeg");
  CHECK(sniffAttachmentType(std::string("\x89PNG\r\n\x1A\n....", 12)) == "image/png");
  CHECK(sniffAttachmentType(std::string("RIFF\x10\x00\x00\x00WEBPVP8 ", 16)) == "image/webp");
  CHECK(sniffAttachmentType("%PDF-1.7\n") == "application/pdf");
  CHECK_FALSE(sniffAttachmentType("").has_value());
  CHECK_FALSE(sniffAttachmentType("\x89PN").has_value());
  CHECK_FALSE(sniffAttachmentType(std::string("RIFF\x10\x00\x00\x00WAVE", 12)).has_value());
  CHECK_FALSE(sniffAttachmentType("GIF89a").has_value());
  CHECK_FALSE(sniffAttachmentType("<svg xmlns=").has_value());
}

TEST_CASE("HTML escaping leaves no markup and no broken UTF-8", "[server]") {
  CHECK(escapeHtml("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(escapeHtml("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x99\x82") ==
        "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x99\x82");
  CHECK(escapeHtml("a\xFF<") == "a\xEF\xBF\xBD&lt;");
}

TEST_CASE("flags: defaults, values, repeats and mistakes", "[server]") {
  const auto defaults = parseInboxOptions({});
  CHECK(defaults.error.empty());
  CHECK(defaults.options.host == "127.0.0.1");
  CHECK(defaults.options.port == 8081);

  const auto parsed = parseInboxOptions({"--port", "0", "--host=::1", "--db", "x.sqlite",
                                         "--allow-origin", "http://a.example/",
                                         "--allow-origin=http://b.example", "--max-body", "1000"});
  REQUIRE(parsed.error.empty());
  CHECK(parsed.options.port == 0);
  CHECK(parsed.options.host == "::1");
  CHECK(parsed.options.db == "x.sqlite");
  CHECK(parsed.options.allowedOrigins ==
        std::vector<std::string>{"http://a.example", "http://b.example"});
  CHECK(parsed.options.maxBody == 1000);

  CHECK_FALSE(parseInboxOptions({"--port", "70000"}).error.empty());
  CHECK_FALSE(parseInboxOptions({"--port", "-1"}).error.empty());
  CHECK_FALSE(parseInboxOptions({"--port"}).error.empty());
  CHECK_FALSE(parseInboxOptions({"--max-body", "0"}).error.empty());
  CHECK_FALSE(parseInboxOptions({"--max-body", "12abc"}).error.empty());
  CHECK_FALSE(parseInboxOptions({"--verbose"}).error.empty());
  CHECK(parseInboxOptions({"--help"}).help);
}
