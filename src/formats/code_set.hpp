#pragma once
// The structure codes a reader has met (divisions, groups), so that the first
// use of each becomes the structure's record. Looked up for every placement of
// every pupil, by view: hashed, since a large export names tens of thousands
// of codes and a tree of them cost a cache miss per level (the SIECLE pupils'
// reader spent 6 % of a 1M-pupil run there, the AAF reader 3 %).

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace scolint::formats {

struct CodeHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view code) const noexcept { return std::hash<std::string_view>{}(code); }
};

using CodeSet = std::unordered_set<std::string, CodeHash, std::equal_to<>>;

}  // namespace scolint::formats
