#pragma once
// The structure codes a reader has met (divisions, groups), so that the first
// use of each becomes the structure's record. Asked for every placement of
// every pupil, by view: hashed, since a large export names tens of thousands
// of codes and a tree of them cost a cache miss per level (the SIECLE pupils'
// reader spent 6 % of a 1M-pupil run there, the AAF reader 3 %), and looked
// up before inserting, so that only a new code is copied into a string.

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace scolint::formats {

class CodeSet {
 public:
  /// True the first time `code` is given, false for every later use.
  bool first_use(std::string_view code) {
    if (codes_.contains(code)) return false;
    codes_.emplace(code);
    return true;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view code) const noexcept { return std::hash<std::string_view>{}(code); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> codes_;
};

}  // namespace scolint::formats
