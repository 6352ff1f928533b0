#pragma once
// An append-only list of records kept in fixed-size chunks.
//
// A std::vector of a million pupils doubles its capacity as it grows: up to
// half of it is unused, and each doubling holds the old and the new block at
// once (the peak RSS of a 1M-pupil run was such a moment). Chunks never move:
// appending costs no copy, the addresses rules keep in their indexes stay
// valid, and merging the lists of several files moves chunks, not records.

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>
#include <vector>

namespace scolint::model {

template <typename T>
class RecordList {
 public:
  /// Records per chunk once the list is large: enough that chunk
  /// bookkeeping is noise, few enough that a chunk stays a few hundred KiB.
  static constexpr std::size_t chunk_records = 1024;
  /// The first chunk's records. Chunks double up to chunk_records, so a
  /// file of a few records (most of a fuzzing run, many school exports)
  /// does not map a 176 KiB chunk for them.
  static constexpr std::size_t first_chunk_records = 16;

  template <bool Const>
  class Iterator {
    using List = std::conditional_t<Const, const RecordList, RecordList>;

   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using pointer = std::conditional_t<Const, const T*, T*>;
    using reference = std::conditional_t<Const, const T&, T&>;

    Iterator() = default;
    Iterator(List* list, std::size_t chunk, std::size_t index) : list_(list), chunk_(chunk), index_(index) {}
    reference operator*() const { return list_->chunks_[chunk_][index_]; }
    pointer operator->() const { return &**this; }
    Iterator& operator++() {
      if (++index_ == list_->chunks_[chunk_].size()) {
        ++chunk_;
        index_ = 0;
      }
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const Iterator& a, const Iterator& b) {
      return a.chunk_ == b.chunk_ && a.index_ == b.index_;
    }

   private:
    List* list_ = nullptr;
    std::size_t chunk_ = 0;
    std::size_t index_ = 0;
  };
  using iterator = Iterator<false>;
  using const_iterator = Iterator<true>;

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }

  void push_back(T&& record) { next_chunk().push_back(std::move(record)); }
  void push_back(const T& record) { next_chunk().push_back(record); }

  /// Moves every record of `other` to the end of this list, chunk by chunk.
  void append(RecordList&& other) {
    for (auto& chunk : other.chunks_) {
      if (!chunk.empty()) chunks_.push_back(std::move(chunk));
    }
    size_ += other.size_;
    other.chunks_.clear();
    other.size_ = 0;
  }

  /// The chunks in list order (none empty), for a scan split among threads.
  [[nodiscard]] const std::vector<std::vector<T>>& chunks() const { return chunks_; }

  [[nodiscard]] iterator begin() { return {this, 0, 0}; }
  [[nodiscard]] iterator end() { return {this, chunks_.size(), 0}; }
  [[nodiscard]] const_iterator begin() const { return {this, 0, 0}; }
  [[nodiscard]] const_iterator end() const { return {this, chunks_.size(), 0}; }

 private:
  // The chunk the next record goes to (counted as pushed).
  std::vector<T>& next_chunk() {
    if (chunks_.empty() || chunks_.back().size() == chunks_.back().capacity()) {
      chunks_.emplace_back().reserve(std::clamp(size_, first_chunk_records, chunk_records));
    }
    ++size_;
    return chunks_.back();
  }

  // No chunk is ever empty (append skips empty ones), which is what lets an
  // iterator step from the last record of a chunk to index 0 of the next.
  // A chunk moved in by append() keeps its reserved capacity, so pushing into
  // it when it is partly full never reallocates.
  std::vector<std::vector<T>> chunks_;
  std::size_t size_ = 0;
};

}  // namespace scolint::model
