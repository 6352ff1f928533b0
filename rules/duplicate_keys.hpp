#pragma once
// Finds records that share a key (an INE, a folded name + birth date) without
// a hash map of a million string keys: each record costs 16 bytes (the key's
// hash and a pointer), and keys are recomputed only for the few records whose
// hashes meet, so a hash collision never merges two different keys.

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scolint::rules {

/// Calls `on_group(key, records)` for each key that at least two records of
/// `records` share, with those records in input order. `key(record)` returns
/// a std::string, or a std::string_view into the record; an empty key means
/// "no key", the record is skipped. Groups
/// come in no particular order (the engine sorts findings). `Hash` is there
/// for tests, to make every key collide.
template <typename Records, typename KeyOf, typename OnGroup, typename Hash = std::hash<std::string_view>>
void for_each_shared_key(const Records& records, KeyOf key_of, OnGroup on_group, Hash hash = {}) {
  using Record = std::remove_cvref_t<decltype(*std::begin(records))>;
  struct Entry {
    std::uint64_t hash;
    std::size_t order;
    const Record* record;
  };
  std::vector<Entry> entries;
  std::size_t order = 0;
  for (const Record& record : records) {
    const auto key = key_of(record);
    if (!key.empty()) entries.push_back({hash(std::string_view(key)), order, &record});
    ++order;
  }
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.hash != b.hash ? a.hash < b.hash : a.order < b.order; });
  for (std::size_t run = 0; run < entries.size();) {
    std::size_t end = run + 1;
    while (end < entries.size() && entries[end].hash == entries[run].hash) ++end;
    if (end - run >= 2) {
      // Same hash: split by the exact key (almost always one group).
      std::map<std::string, std::vector<const Record*>> groups;
      for (std::size_t i = run; i < end; ++i) {
        groups[std::string(key_of(*entries[i].record))].push_back(entries[i].record);
      }
      for (const auto& [key, members] : groups) {
        if (members.size() >= 2) on_group(key, members);
      }
    }
    run = end;
  }
}

}  // namespace scolint::rules
