#pragma once
// A set of a million identifiers (ELEVE_IDs placed in a division...) without
// a heap node per identifier: open addressing over (hash, text) slots, half
// empty at most. std::unordered_set<model::Text> spent most of P005's 0.8 s at one
// million pupils allocating nodes and following pointers.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "model/text_arena.hpp"

namespace scolint::rules {

class TextSet {
 public:
  explicit TextSet(std::size_t expected = 0) { rehash(capacity_for(expected)); }

  /// Adds `text` (its bytes stay in the dataset's arena); false if it was
  /// there. The empty text is a member like any other, as in a std::set (a
  /// record without an id is still counted once).
  bool insert(model::Text text) {
    if (text.empty()) {
      if (has_empty_) return false;
      has_empty_ = true;
      ++size_;
      return true;
    }
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);
    const std::uint64_t hash = hash_of(text);
    Slot& slot = find(*this, hash, text);
    if (!slot.text.empty()) return false;
    slot = {hash, text};
    ++size_;
    return true;
  }

  [[nodiscard]] bool contains(std::string_view text) const {
    if (text.empty()) return has_empty_;
    return !find(*this, hash_of(text), text).text.empty();
  }

  [[nodiscard]] std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    model::Text text;  // empty: a free slot
  };

  static std::uint64_t hash_of(std::string_view text) { return std::hash<std::string_view>{}(text); }

  static std::size_t capacity_for(std::size_t expected) {
    std::size_t capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    return capacity;
  }

  // The slot holding `text`, or the free slot where it would go (linear probing).
  template <typename Self>
  static auto find(Self& self, std::uint64_t hash, std::string_view text) -> decltype(self.slots_[0]) {
    const std::size_t mask = self.slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      auto& slot = self.slots_[at];
      if (slot.text.empty() || (slot.hash == hash && slot.text.view() == text)) return slot;
    }
  }

  void rehash(std::size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (!slot.text.empty()) find(*this, slot.hash, slot.text) = slot;
    }
  }

  std::vector<Slot> slots_;  // an empty text marks a free slot: the empty member is has_empty_
  std::size_t size_ = 0;
  bool has_empty_ = false;
};

}  // namespace scolint::rules
