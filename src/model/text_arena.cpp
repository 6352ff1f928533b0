#include "model/text_arena.hpp"

#include <algorithm>
#include <functional>

namespace scolint::model {
namespace {

// Blocks double from 4 KiB to 256 KiB: a small file needs a page or two, a
// million pupils some three hundred full blocks.
constexpr std::size_t first_block_size = std::size_t{4} << 10;
constexpr std::size_t block_size = std::size_t{256} << 10;
// The bytes before a value: its length (see Text::size()).
std::size_t prefix_of(std::size_t size) { return size < Text::long_size ? 1 : 1 + sizeof(std::uint32_t); }

}  // namespace

Text TextArena::keep(std::string_view value) {
  if (value.empty()) return {};
  if (value.size() > max_shared_size) return store(value);
  if (!recent_) recent_ = std::make_unique<Text[]>(cache_slots);
  Text& slot = recent_[std::hash<std::string_view>{}(value) & (cache_slots - 1)];
  if (slot.view() != value) slot = store(value);
  return slot;
}

Text TextArena::store(std::string_view value) {
  const std::size_t prefix = prefix_of(value.size());
  const std::size_t needed = prefix + value.size();
  char* at = nullptr;
  if (needed > left_) {
    // A value larger than a quarter block gets a block of its own, so the
    // rest of the current block is not wasted on it.
    const bool own = needed > block_size / 4;
    const std::size_t size = own ? needed : std::max(needed, std::clamp(capacity_, first_block_size, block_size));
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    capacity_ += size;
    at = blocks_.back().get();
    if (!own) {
      next_ = at + needed;
      left_ = size - needed;
    }
  } else {
    at = next_;
    next_ += needed;
    left_ -= needed;
  }
  if (prefix == 1) {
    at[0] = static_cast<char>(value.size());
  } else {
    const auto size = static_cast<std::uint32_t>(value.size());
    std::memcpy(at, &size, sizeof size);
    at[sizeof size] = static_cast<char>(Text::long_size);
  }
  std::memcpy(at + prefix, value.data(), value.size());
  return Text(at + prefix);
}

void TextArena::append(TextArena&& other) {
  blocks_.reserve(blocks_.size() + other.blocks_.size());
  std::move(other.blocks_.begin(), other.blocks_.end(), std::back_inserter(blocks_));
  capacity_ += other.capacity_;
  other.blocks_.clear();
  other.recent_.reset();
  other.next_ = nullptr;
  other.left_ = 0;
  other.capacity_ = 0;
}

}  // namespace scolint::model
