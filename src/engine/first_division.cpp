#include "engine/first_division.hpp"

#include <algorithm>
#include <functional>

#include "engine/parallel.hpp"

namespace scolint::engine {

namespace {

std::uint64_t hash_of(std::string_view text) { return std::hash<std::string_view>{}(text); }

}  // namespace

std::size_t FirstDivisions::slot_of(std::uint64_t hash, std::string_view id, model::FileId file) const {
  const std::size_t mask = table_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const std::uint32_t index = table_[at];
    if (index == free_slot || (hashes_[index] == hash && files_[index] == file && ids_[index] == id)) return at;
  }
}

void FirstDivisions::grow() {
  table_.assign(std::max<std::size_t>(16, table_.size() * 2), free_slot);
  for (std::size_t index = 0; index < ids_.size(); ++index) {
    table_[slot_of(hashes_[index], ids_[index], files_[index])] = static_cast<std::uint32_t>(index);
  }
}

std::size_t FirstDivisions::want(std::string_view eleve_id, model::FileId file) {
  if ((ids_.size() + 1) * 2 > table_.size()) grow();
  // The file is not hashed: the filter of find_in() knows the id only.
  const std::uint64_t hash = hash_of(eleve_id);
  const std::size_t at = slot_of(hash, eleve_id, file);
  if (table_[at] != free_slot) return table_[at];
  table_[at] = static_cast<std::uint32_t>(ids_.size());
  ids_.push_back(eleve_id);
  files_.push_back(file);
  hashes_.push_back(hash);
  codes_.emplace_back();
  return ids_.size() - 1;
}

void FirstDivisions::find_in(const model::RecordList<model::Membership>& memberships, unsigned threads) {
  if (ids_.empty()) return;
  // Sixteen bits per wanted pupil: about one membership in 20 of the others
  // gets past the filter. 84 000 pupils make 256 KiB.
  // One bit per hash prefix of filter_bits bits.
  unsigned filter_bits = 10;
  while ((std::size_t{1} << filter_bits) < ids_.size() * 16 && filter_bits < 30) ++filter_bits;
  std::vector<std::uint64_t> filter((std::size_t{1} << filter_bits) / 64);
  auto bit_of = [filter_bits](std::uint64_t hash) { return hash >> (64U - filter_bits); };
  for (const std::uint64_t hash : hashes_) filter[bit_of(hash) / 64] |= std::uint64_t{1} << (bit_of(hash) % 64);
  auto maybe_wanted = [&](std::uint64_t hash) { return (filter[bit_of(hash) / 64] >> (bit_of(hash) % 64) & 1U) != 0; };
  // Slice s covers chunks [s * n / slices, (s + 1) * n / slices) and keeps
  // the first code it meets per pupil; the slices then merge in list order.
  const auto& chunks = memberships.chunks();
  const std::size_t slices = std::max<std::size_t>(1, std::min<std::size_t>(threads, chunks.size()));
  std::vector<std::vector<std::string_view>> found(slices);
  for_each_index(slices, threads, [&](std::size_t slice) {
    std::vector<std::string_view>& codes = found[slice];
    codes.resize(ids_.size());
    const std::size_t last = (slice + 1) * chunks.size() / slices;
    for (std::size_t chunk = slice * chunks.size() / slices; chunk < last; ++chunk) {
      for (const model::Membership& membership : chunks[chunk]) {
        if (membership.type != 'D' || membership.code.empty()) continue;
        const std::string_view id = membership.eleve_id;
        const std::uint64_t hash = hash_of(id);
        if (!maybe_wanted(hash)) continue;
        for (const model::FileId file : {membership.location.file, any_file}) {
          const std::uint32_t index = table_[slot_of(hash, id, file)];
          if (index != free_slot && codes[index].empty()) codes[index] = membership.code;
        }
      }
    }
  });
  for (std::size_t index = 0; index < ids_.size(); ++index) {
    for (const auto& codes : found) {
      if (!codes[index].empty()) {
        codes_[index] = codes[index];
        break;
      }
    }
  }
}

}  // namespace scolint::engine
