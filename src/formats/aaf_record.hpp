#pragma once
// The AAF request the reader is reading: its <attr>s and their <value>s, as
// strings until the request ends and the reader makes records of it.

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "formats/xml_reader.hpp"

namespace scolint::formats {

struct AafValue {
  std::string text;
  XmlPosition position;
};

// One <attr> of the record being read, with its <value>s. Slots are reused
// from record to record (strings keep their capacity): a million records
// allocate almost nothing once the first few have been read.
class AafAttribute {
 public:
  std::string name;
  XmlPosition first_position;

  void reset(std::string_view new_name, XmlPosition at) {
    name.assign(new_name);
    first_position = at;
    used_ = 0;
  }
  void add(std::string_view text, XmlPosition at) {
    if (used_ == values_.size()) values_.emplace_back();
    values_[used_].text.assign(text);
    values_[used_].position = at;
    ++used_;
  }
  [[nodiscard]] std::span<const AafValue> values() const { return {values_.data(), used_}; }

 private:
  std::vector<AafValue> values_;
  std::size_t used_ = 0;
};

// The record being read. Attributes keep the order they first appear in;
// a record has a few dozen, so a linear search by name beats a map.
class AafRecord {
 public:
  XmlPosition position;
  std::string id;

  void reset(XmlPosition at) {
    position = at;
    id.clear();
    used_ = 0;
  }
  [[nodiscard]] const AafAttribute* find(std::string_view name) const {
    for (std::size_t i = 0; i < used_; ++i) {
      if (attributes_[i].name == name) return &attributes_[i];
    }
    return nullptr;
  }
  /// The attribute called `name`, added (first seen at `at`) if new.
  AafAttribute& get(std::string_view name, XmlPosition at) {
    for (std::size_t i = 0; i < used_; ++i) {
      if (attributes_[i].name == name) return attributes_[i];
    }
    if (used_ == attributes_.size()) attributes_.emplace_back();
    attributes_[used_].reset(name, at);
    return attributes_[used_++];
  }
  /// The attributes sorted by name, as the A rules have always reported
  /// them, into `out` (reused from record to record).
  void sorted(std::vector<const AafAttribute*>& out) const {
    out.clear();
    for (std::size_t i = 0; i < used_; ++i) out.push_back(&attributes_[i]);
    std::sort(out.begin(), out.end(), [](const AafAttribute* a, const AafAttribute* b) { return a->name < b->name; });
  }

 private:
  std::vector<AafAttribute> attributes_;
  std::size_t used_ = 0;
};

}  // namespace scolint::formats
