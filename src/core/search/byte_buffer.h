// A growable byte array that the index build writes postings into: one
// capacity check per posting instead of one per byte, which is what
// std::vector::push_back costs when it is not inlined (in wasm, per-byte
// pushes were a tenth of the index build). Pure C++: no ImGui, no
// Emscripten.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <new>
#include <utility>

namespace hw::search {

class ByteBuffer {
 public:
  ByteBuffer() = default;
  ByteBuffer(const ByteBuffer&) = delete;
  ByteBuffer& operator=(const ByteBuffer&) = delete;
  ByteBuffer(ByteBuffer&& other) noexcept
      : m_data(std::exchange(other.m_data, nullptr)),
        m_size(std::exchange(other.m_size, 0)),
        m_capacity(std::exchange(other.m_capacity, 0)) {}
  ByteBuffer& operator=(ByteBuffer&& other) noexcept {
    if (this != &other) {
      std::free(m_data);
      m_data = std::exchange(other.m_data, nullptr);
      m_size = std::exchange(other.m_size, 0);
      m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
  }
  ~ByteBuffer() { std::free(m_data); }

  // Room for `bytes` more; returns where they go. Call commit() after.
  std::uint8_t* reserveMore(std::uint32_t bytes) {
    if (m_size + bytes > m_capacity) grow(m_size + bytes);
    return m_data + m_size;
  }
  void commit(std::uint8_t* end) { m_size = static_cast<std::uint32_t>(end - m_data); }

  const std::uint8_t* data() const { return m_data; }
  std::uint32_t size() const { return m_size; }

  // Writes `value` as a varint (7 bits per byte, low first) at `out`.
  static std::uint8_t* putVarint(std::uint8_t* out, std::uint32_t value) {
    while (value >= 0x80) {
      *out++ = static_cast<std::uint8_t>(value | 0x80);
      value >>= 7;
    }
    *out++ = static_cast<std::uint8_t>(value);
    return out;
  }
  static constexpr std::uint32_t kMaxVarintBytes = 5;

 private:
  void grow(std::uint32_t needed) {
    std::uint32_t capacity = m_capacity < 16 ? 16 : m_capacity * 2;
    while (capacity < needed) capacity *= 2;
    auto* data = static_cast<std::uint8_t*>(std::realloc(m_data, capacity));
    if (!data) throw std::bad_alloc();
    m_data = data;
    m_capacity = capacity;
  }

  std::uint8_t* m_data = nullptr;
  std::uint32_t m_size = 0;
  std::uint32_t m_capacity = 0;
};

}  // namespace hw::search
