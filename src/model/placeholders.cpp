#include "model/placeholders.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>
#include <unordered_map>

#include "model/dataset.hpp"
#include "model/records.hpp"
#include "model/text.hpp"

namespace scolint::model {
namespace {

std::string lookup_key(FileId file, ContactField field, std::string_view value_key) {
  std::string key = std::to_string(file);
  key += '\x1f';
  key += static_cast<char>('0' + static_cast<int>(field));
  key += '\x1f';
  key += value_key;
  return key;
}

bool one_character_repeated(std::string_view key) {
  return !key.empty() && std::all_of(key.begin(), key.end(), [&](char c) { return c == key.front() || c == ' '; });
}

// The key values are counted by: "XXXXXXXXXX XXXXXXXXXX" and "XXXXXXXXXX"
// are one placeholder, whatever the length the anonymiser or typist chose.
std::string counted_key(ContactField field, std::string_view value) {
  std::string key = contact_value_key(field, value);
  if (one_character_repeated(key)) key.resize(1);
  return key;
}

// One value seen in one file's field: how often, and where first.
struct Tally {
  std::uint64_t count = 0;
  std::string first_written;
  std::vector<SourceLocation> places;
};

// Counts by hash first (8 bytes a record), then keeps the strings of the
// few values frequent enough to be candidates.
class FieldCounter {
 public:
  void add(FileId file, ContactField field, std::string_view value) {
    std::string key = counted_key(field, value);
    if (key.empty()) return;
    ++with_value_[{file, field}];
    hashes_[{file, field}].push_back(std::hash<std::string>{}(key));
  }

  // The hashes that reach `floor` occurrences (or 2, for a repeated character: checked later).
  [[nodiscard]] std::uint64_t with_value(FileId file, ContactField field) const {
    const auto it = with_value_.find({file, field});
    return it == with_value_.end() ? 0 : it->second;
  }

  std::map<std::pair<FileId, ContactField>, std::vector<std::size_t>>& hashes() { return hashes_; }

 private:
  std::map<std::pair<FileId, ContactField>, std::uint64_t> with_value_;
  std::map<std::pair<FileId, ContactField>, std::vector<std::size_t>> hashes_;
};

template <typename Visit>
void for_each_value(const Dataset& dataset, Visit visit) {
  for (const Person& person : dataset.persons) {
    visit(person.location, ContactField::tel_personnel, person.tel_personnel.view());
    visit(person.location, ContactField::tel_portable, person.tel_portable.view());
    visit(person.location, ContactField::tel_professionnel, person.tel_professionnel.view());
    visit(person.location, ContactField::mel, person.mel.view());
  }
  for (const Address& address : dataset.addresses) {
    visit(address.location, ContactField::address_lines, address_lines(address));
  }
}

}  // namespace

std::vector<FileId> export_units(const std::vector<FileRecord>& files) {
  std::vector<FileId> units(files.size());
  std::map<std::string, FileId> first;  // AAF path without its part number → first part
  for (std::size_t i = 0; i < files.size(); ++i) {
    units[i] = static_cast<FileId>(i);
    const std::string& path = files[i].path;
    // "…_<Type>_NNNN.xml": the four digits number the parts of one file.
    const std::size_t dot = path.size() >= 9 ? path.size() - 4 : std::string::npos;
    if (files[i].kind != ExportKind::aaf || dot == std::string::npos || path[dot - 5] != '_') continue;
    const std::string_view digits(path.data() + dot - 4, 4);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    units[i] = first.try_emplace(path.substr(0, dot - 5), static_cast<FileId>(i)).first->second;
  }
  return units;
}

std::string_view contact_field_name(ContactField field) {
  switch (field) {
    case ContactField::tel_personnel: return "TEL_PERSONNEL";
    case ContactField::tel_portable: return "TEL_PORTABLE";
    case ContactField::tel_professionnel: return "TEL_PROFESSIONNEL";
    case ContactField::mel: return "MEL";
    case ContactField::address_lines: return "LIGNE1_ADRESSE";
  }
  return "";
}

std::string contact_value_key(ContactField field, std::string_view value) {
  value = trim(value);
  std::string key;
  switch (field) {
    case ContactField::tel_personnel:
    case ContactField::tel_portable:
    case ContactField::tel_professionnel:
      for (const char c : value) {
        if (c >= '0' && c <= '9') key += c;
      }
      return key.empty() ? std::string(value) : key;  // "." or "néant" are values too
    case ContactField::mel:
      key.assign(value);
      for (char& c : key) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      }
      return key;
    case ContactField::address_lines: return upper_ascii(value);
  }
  return key;
}

std::string address_lines(const Address& address) {
  std::string lines;
  for (const Text* line : {&address.ligne1, &address.ligne2, &address.ligne3, &address.ligne4}) {
    const std::string_view text = trim(line->view());
    if (text.empty()) continue;
    if (!lines.empty()) lines += ' ';
    lines += text;
  }
  return lines;
}

Placeholders Placeholders::find(const Dataset& dataset) {
  Placeholders out;
  out.units_ = export_units(dataset.files);
  auto unit = [&](FileId file) { return file < out.units_.size() ? out.units_[file] : file; };
  FieldCounter counter;
  for_each_value(dataset, [&](const SourceLocation& at, ContactField field, std::string_view value) {
    counter.add(unit(at.file), field, value);
  });
  // Candidates: hashes seen twice or more (a repeated character needs two).
  std::unordered_map<std::string, Tally> candidates;  // lookup key → tally
  std::map<std::pair<FileId, ContactField>, std::unordered_set<std::size_t>> frequent;
  for (auto& [where, hashes] : counter.hashes()) {
    std::sort(hashes.begin(), hashes.end());
    for (std::size_t i = 0; i < hashes.size();) {
      std::size_t j = i;
      while (j < hashes.size() && hashes[j] == hashes[i]) ++j;
      if (j - i >= 2) frequent[where].insert(hashes[i]);
      i = j;
    }
    hashes = {};
  }
  if (frequent.empty()) return out;
  for_each_value(dataset, [&](const SourceLocation& at, ContactField field, std::string_view value) {
    const auto set = frequent.find({unit(at.file), field});
    if (set == frequent.end()) return;
    const std::string key = counted_key(field, value);
    if (key.empty() || !set->second.contains(std::hash<std::string>{}(key))) return;
    Tally& tally = candidates[lookup_key(unit(at.file), field, key)];
    if (tally.count++ == 0) tally.first_written = std::string(trim(value));
    if (tally.places.size() < max_places) tally.places.push_back(at);
  });
  for (auto& [key, tally] : candidates) {
    const FileId file = unit(tally.places.front().file);
    const auto field = static_cast<ContactField>(key[key.find('\x1f') + 1] - '0');
    const std::uint64_t of = counter.with_value(file, field);
    const std::string value_key = key.substr(key.find('\x1f', key.find('\x1f') + 1) + 1);
    const bool frequent_enough = tally.count >= min_count && tally.count * 100 >= of * min_percent;
    if (!frequent_enough && !one_character_repeated(value_key)) continue;
    out.keys_.insert(key);
    const auto parts = static_cast<std::uint32_t>(std::count(out.units_.begin(), out.units_.end(), file));
    out.all_.push_back({file, parts, field, std::move(tally.first_written), tally.count, of, std::move(tally.places)});
  }
  std::sort(out.all_.begin(), out.all_.end(), [](const Placeholder& a, const Placeholder& b) {
    return std::tie(a.file, a.field, a.value) < std::tie(b.file, b.field, b.value);
  });
  return out;
}

bool Placeholders::contains(FileId file, ContactField field, std::string_view value) const {
  if (keys_.empty()) return false;
  const std::string key = counted_key(field, value);
  if (file < units_.size()) file = units_[file];
  return !key.empty() && keys_.contains(lookup_key(file, field, key));
}

}  // namespace scolint::model
