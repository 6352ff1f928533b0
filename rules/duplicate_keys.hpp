#pragma once
// Finds records that share a key (an INE, a folded name + birth date) without
// a hash map of a million string keys: each record costs 16 bytes (part of
// the key's hash and a pointer), and keys are recomputed only for the few
// records whose hashes meet, so a hash collision never merges two different
// keys. A run holds far fewer than 2^32 records (each costs more than a byte).

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
  // 16 bytes a record: 32 bits of the key's hash above the record's position
  // (so one sort orders by hash, then input order), and the record. Keys whose
  // 32-bit hashes meet are told apart below by their exact value.
  struct Entry {
    std::uint64_t hash_order;
    const Record* record;
  };
  std::vector<Entry> entries;
  if constexpr (requires { records.size(); }) entries.reserve(records.size());
  std::uint64_t order = 0;
  for (const Record& record : records) {
    const auto key = key_of(record);
    if (!key.empty()) {
      const auto hashed = static_cast<std::uint32_t>(hash(std::string_view(key)));
      entries.push_back({(std::uint64_t{hashed} << 32) | (order & 0xFFFFFFFFU), &record});
    }
    ++order;
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.hash_order < b.hash_order; });
  auto hash_of = [](const Entry& e) { return e.hash_order >> 32; };
  for (std::size_t run = 0; run < entries.size();) {
    std::size_t end = run + 1;
    while (end < entries.size() && hash_of(entries[end]) == hash_of(entries[run])) ++end;
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
