// What the app needs from its platform: bytes in, events and requests out.
// Implemented by the web platform and by the headless test platform.
#pragma once
#include <string>

#include "core/context/iso_time.h"

namespace hw {

class Shell {
 public:
  virtual ~Shell() = default;
  // Starts fetching `url`; the answer comes back through App::onFetched with
  // the same request id. `withCredentials` sends the shop's cookies (the
  // shopper's own orders); content is fetched without them.
  virtual void fetch(int requestId, const std::string& url, bool withCredentials) = 0;
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
};

}  // namespace hw
