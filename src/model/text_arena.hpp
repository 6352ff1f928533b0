#pragma once
// Record values stored once, compactly.
//
// A million pupils carry some ten million short values (names, ids, dates,
// codes). As std::string each costs 32 bytes even when empty, and freeing
// them one by one at exit took 8-15 % of a run. A Text is one pointer into
// an arena whose blocks are freed at once; its length sits just before its
// bytes, and an empty Text is a null pointer. The length is one byte for a
// value under 255 bytes, as nearly every value is (a 4-byte length cost a
// million pupils some 25 MB); a longer value has the byte 255 and, before
// it, its length on four bytes.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace scolint::model {

/// A read-only value owned by a TextArena (or empty). Converts to
/// std::string_view; it lives as long as the arena (the run's dataset).
///
/// Its pointer is kept as bytes aligned on four, not on eight: a record's
/// Field (a Text and a packed 4-byte place) is then 12 bytes, not 16 — eight
/// per pupil, a million pupils. Reading it is one unaligned load.
class Text {
 public:
  constexpr Text() = default;

  /// The length byte that says "the length is the four bytes before me".
  static constexpr unsigned char long_size = 255;

  [[nodiscard]] std::size_t size() const {
    const char* at = pointer();
    if (at == nullptr) return 0;
    const auto short_size = static_cast<unsigned char>(at[-1]);
    if (short_size != long_size) return short_size;
    std::uint32_t size = 0;
    std::memcpy(&size, at - 1 - sizeof size, sizeof size);
    return size;
  }
  [[nodiscard]] bool empty() const { return pointer() == nullptr; }
  [[nodiscard]] const char* data() const {
    const char* at = pointer();
    return at == nullptr ? "" : at;
  }
  [[nodiscard]] std::string_view view() const { return {data(), size()}; }
  // Implicit on purpose: rules pass values to string_view functions everywhere.
  operator std::string_view() const { return view(); }  // NOLINT(google-explicit-constructor)
  [[nodiscard]] std::string str() const { return std::string(view()); }

  [[nodiscard]] const char* begin() const { return data(); }
  [[nodiscard]] const char* end() const { return data() + size(); }
  [[nodiscard]] char operator[](std::size_t i) const { return pointer()[i]; }
  [[nodiscard]] char front() const { return pointer()[0]; }
  [[nodiscard]] char back() const { return pointer()[size() - 1]; }

  friend bool operator==(const Text& a, const Text& b) { return a.view() == b.view(); }
  friend bool operator==(const Text& a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const Text& a, const Text& b) { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(const Text& a, std::string_view b) { return a.view() <=> b; }

  friend std::string operator+(std::string_view a, const Text& b) { return std::string(a).append(b.view()); }
  friend std::string operator+(const Text& a, std::string_view b) { return a.str().append(b); }
  friend std::string operator+(const Text& a, const Text& b) { return a.str().append(b.view()); }

 private:
  friend class TextArena;
  explicit Text(const char* data) { std::memcpy(bytes_, &data, sizeof data); }

  [[nodiscard]] const char* pointer() const {
    const char* at = nullptr;
    std::memcpy(&at, bytes_, sizeof at);
    return at;
  }

  alignas(4) unsigned char bytes_[sizeof(const char*)]{};  // a null pointer: every byte 0
};

/// Owns the bytes of Texts: append-only blocks, never moved, freed together.
class TextArena {
 public:
  TextArena() = default;
  TextArena(TextArena&&) noexcept = default;
  TextArena& operator=(TextArena&&) noexcept = default;
  TextArena(const TextArena&) = delete;
  TextArena& operator=(const TextArena&) = delete;
  ~TextArena() = default;

  /// A copy of `value` that lives as long as this arena (or as the arena it
  /// is appended to). Values over 4 GiB cannot occur: readers stop at 8 MiB.
  /// A short value kept recently may come back as the same Text: birth
  /// dates, first names, codes and flags repeat from record to record.
  [[nodiscard]] Text keep(std::string_view value);

  /// Takes over the blocks of `other`: its Texts stay valid, owned here.
  void append(TextArena&& other);

  /// Values up to this size go through the repeat cache.
  static constexpr std::size_t max_shared_size = 24;
  /// Slots of the repeat cache (a power of two).
  static constexpr std::size_t cache_slots = 4096;

  /// Bytes held in blocks (for tests and statistics).
  [[nodiscard]] std::size_t capacity() const { return capacity_; }

 private:
  [[nodiscard]] Text store(std::string_view value);

  std::vector<std::unique_ptr<char[]>> blocks_;
  // The last short value kept for each hash slot: direct-mapped, so it
  // stays 32 KiB whatever the file, and unique values (ids) only evict.
  std::unique_ptr<Text[]> recent_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace scolint::model

template <>
struct std::hash<scolint::model::Text> {
  std::size_t operator()(const scolint::model::Text& text) const noexcept {
    return std::hash<std::string_view>{}(text.view());
  }
};
