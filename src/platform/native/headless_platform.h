// A native, windowless platform for tests: an ImGui context with the
// built-in font, a renderer that accepts every texture request, and a Shell
// that records what the app asked for. No Emscripten.
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "app/app.h"
#include "ui/theme.h"
#include "ui/views.h"

namespace hw {

class RecordingShell : public Shell {
 public:
  struct Fetch {
    int requestId;
    std::string url;
    bool withCredentials;
    std::string ifNoneMatch;
  };
  std::vector<Fetch> fetches;
  std::vector<std::pair<std::string, std::string>> events;  // name, detail JSON
  std::vector<std::string> openedUrls;
  std::vector<std::string> mirrors;
  int closeRequests = 0;
  int frameRequests = 0;

  void fetch(int requestId, const std::string& url, bool withCredentials,
             const std::string& ifNoneMatch) override {
    fetches.push_back({requestId, url, withCredentials, ifNoneMatch});
  }
  Clock clock() const override { return now; }
  Clock now;  // tests set the time
  std::int64_t nowMs() const override { return now.nowUnix * 1000; }
  std::string load(const std::string& key) override {
    auto found = stored.find(key);
    return found == stored.end() ? std::string() : found->second;
  }
  void randomBytes(std::uint8_t* out, std::size_t count) override {
    for (std::size_t i = 0; i < count; ++i) out[i] = static_cast<std::uint8_t>(randomState = randomState * 1103515245u + 12345u);
  }
  struct Post {
    int requestId;
    std::string url;
    std::string body;
    std::string reference;
  };
  std::vector<Post> posts;
  void postTicket(int requestId, const std::string& url, const std::string& ticketJson,
                  const std::string& reference) override {
    posts.push_back({requestId, url, ticketJson, reference});
  }
  std::map<std::string, std::vector<std::string>> keptFiles;
  void keepFiles(const std::string& reference, const std::vector<std::string>& fileIds) override {
    keptFiles[reference] = fileIds;
  }
  std::vector<std::pair<int, std::string>> filePicks;  // request id, accept
  void pickFiles(int requestId, const std::string& accept, bool) override { filePicks.emplace_back(requestId, accept); }
  std::vector<std::pair<std::string, std::string>> beacons;  // url, body
  bool acceptBeacons = true;
  bool beacon(const std::string& url, const std::string& body) override {
    if (acceptBeacons) beacons.emplace_back(url, body);
    return acceptBeacons;
  }
  std::vector<std::int64_t> wakes;
  void wakeAfter(std::int64_t delayMs) override { wakes.push_back(delayMs); }
  std::uint32_t randomState = 12345;
  void emit(const std::string& event, const std::string& detailJson) override {
    events.emplace_back(event, detailJson);
  }
  void openExternal(const std::string& url) override { openedUrls.push_back(url); }
  void requestClose() override { ++closeRequests; }
  void publishMirror(const std::string& mirrorJson) override { mirrors.push_back(mirrorJson); }
  void requestFrame() override { ++frameRequests; }
  void store(const std::string& key, const std::string& value) override { stored[key] = value; }
  std::map<std::string, std::string> stored;

  int countEvents(const std::string& name) const;
};

class HeadlessUi {
 public:
  HeadlessUi(float width, float height);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // Draws one frame of the panel and applies the actions it produced.
  void frame(App& app);
  ImGuiIO& io();
  ui::ViewMemory& memory() { return m_memory; }
  // Number of vertices in the last frame: a panel with content is not blank.
  int lastVertexCount() const { return m_lastVertexCount; }

 private:
  ImGuiContext* m_context = nullptr;
  ui::Fonts m_fonts;
  ui::ViewMemory m_memory;
  ActionList m_actions;
  int m_lastVertexCount = 0;
};

}  // namespace hw
