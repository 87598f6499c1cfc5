// What the app needs from its platform: bytes in, events and requests out.
// Implemented by the web platform and by the headless test platform.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/context/iso_time.h"

namespace hw {

class Shell {
 public:
  virtual ~Shell() = default;
  // Starts fetching `url`; the answer comes back through App::onFetched with
  // the same request id and the answer's ETag. `withCredentials` sends the
  // shop's cookies (the shopper's own orders); content is fetched without
  // them. `ifNoneMatch` ("" = none) is the ETag of the copy the app holds:
  // a server that still has that version answers 304 without a body.
  virtual void fetch(int requestId, const std::string& url, bool withCredentials,
                     const std::string& ifNoneMatch) = 0;
  // An event for the host page's listeners; `detailJson` is a JSON object.
  virtual void emit(const std::string& event, const std::string& detailJson) = 0;
  virtual void openExternal(const std::string& url) = 0;
  virtual void requestClose() = 0;
  // The accessibility mirror of the current view, as JSON.
  virtual void publishMirror(const std::string& mirrorJson) = 0;
  // Keeps a small value in the browser (recent searches); read back through
  // AppConfig on the next start.
  virtual void store(const std::string& key, const std::string& value) = 0;
  // Something changed: draw a frame soon.
  virtual void requestFrame() = 0;
  // The time now and the shopper's UTC offset.
  virtual Clock clock() const = 0;
  // Milliseconds since the epoch, for the outbox's retry times.
  virtual std::int64_t nowMs() const = 0;
  // A value kept by store(), or "" when there is none.
  virtual std::string load(const std::string& key) = 0;
  // Random bytes for request references and retry jitter.
  virtual void randomBytes(std::uint8_t* out, std::size_t count) = 0;

  // POSTs a ticket to `url` with the reference as Idempotency-Key; the files
  // kept for that reference (keepFiles) travel with it. The answer comes
  // back through App::onFetched with the same request id.
  virtual void postTicket(int requestId, const std::string& url, const std::string& ticketJson,
                          const std::string& reference) = 0;
  // Files the shopper picked (by the ids pickFiles gave them) are kept for a
  // ticket, so they survive a reload until it is delivered.
  virtual void keepFiles(const std::string& reference, const std::vector<std::string>& fileIds) = 0;
  // Lets the shopper choose files; App::onFilesPicked gets [{id,name,type,size}].
  virtual void pickFiles(int requestId, const std::string& accept, bool multiple) = 0;
  // Calls App::onTimer after `delayMs` (replacing an earlier request).
  virtual void wakeAfter(std::int64_t delayMs) = 0;
  // Hands a batch of analytics events to the browser to send even as the
  // page goes away (sendBeacon); false when the browser refused it.
  virtual bool beacon(const std::string& url, const std::string& body) = 0;
};

}  // namespace hw
