#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/pupils_who_left.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// Two legal responsables of one pupil with the same RESP_LEGAL rank: GEPI
// reads responsable 1 and responsable 2 by that rank and keeps the first of
// each (docs/field.md), so the other parent is not imported as legal.
struct LegalRankTwice {
  static constexpr RuleInfo info{
      .code = "R009",
      .slug = "legal-rank-twice",
      .severity = Severity::warning,
      .summary = {.fr = "deux responsables légaux du même rang (RESP_LEGAL) pour un élève : l'un est perdu à l'import",
                  .en = "two legal responsables of the same rank (RESP_LEGAL) for a pupil: one is lost on import"},
      // {0} the pupil's name, {1} the rank, {2} the responsables (names and PERSONNE_ID)
      .message = {.fr = "l'élève {0} a deux responsables légaux de rang {1} ({2}) ; les logiciels qui lisent "
                        "« responsable 1 » et « responsable 2 » (GEPI) ne gardent que le premier",
                  .en = "pupil {0} has two legal responsables of rank {1} ({2}); software that reads \"responsable "
                        "1\" and \"responsable 2\" (GEPI) keeps only the first"},
      .hint = {.fr = "dans SIECLE-BEE (fiche de l'élève, responsables), donnez le rang 1 à l'un et le rang 2 à "
                     "l'autre, puis refaites l'export",
               .en = "in SIECLE-BEE (the pupil's record, responsables), give rank 1 to one and rank 2 to the "
                     "other, then export again"},
  };

  // RESP_LEGAL is a rank in SIECLE's responsables' export only: an AAF
  // relation says "1" for every legal responsable, a CSV extraction has a
  // column group per rank.
  static bool ranked(const model::Dataset& dataset, const model::ResponsableLink& link) {
    const auto file = link.location.file;
    return (link.resp_legal == "1" || link.resp_legal == "2") && file < dataset.files.size() &&
           dataset.files[file].kind == model::ExportKind::siecle_responsables;
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    const TextSet left = pupils_who_left(dataset);
    std::vector<const model::ResponsableLink*> links;
    for (const model::ResponsableLink& link : dataset.links) {
      if (ranked(dataset, link) && !left.contains(link.eleve_id.view())) links.push_back(&link);
    }
    std::stable_sort(links.begin(), links.end(),
                     [](const auto* a, const auto* b) { return a->eleve_id < b->eleve_id; });
    ByIdentifier records(dataset);
    for (std::size_t run = 0; run < links.size();) {
      std::size_t end = run + 1;
      while (end < links.size() && links[end]->eleve_id == links[run]->eleve_id) ++end;
      check_pupil({links.data() + run, links.data() + end}, records, out);
      run = end;
    }
  }

  // One pupil's ranked links, in export order.
  static void check_pupil(std::span<const model::ResponsableLink* const> links, ByIdentifier& records, Reporter& out) {
    std::vector<model::Text> people;
    for (const auto* link : links) people.push_back(link->personne_id);
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    if (people.size() != 2 || links.size() < 2) return;  // more than two: R007's
    for (const std::string_view rank : {std::string_view("1"), std::string_view("2")}) {
      std::vector<const model::ResponsableLink*> same;
      for (const auto* link : links) {
        const bool repeat = std::any_of(same.begin(), same.end(),
                                        [&](const auto* kept) { return kept->personne_id == link->personne_id; });
        if (link->resp_legal == rank && !repeat) same.push_back(link);
      }
      if (same.size() < 2) continue;
      std::vector<std::string> names;
      names.reserve(same.size());
      for (const auto* link : same)
        names.push_back(records.person_name_and_id(link->personne_id, link->location.file, out.language()));
      Finding finding{.location = same.back()->location,
                      .args = {records.pupil_name(same.front()->eleve_id, same.front()->location.file, out.language()),
                               std::string(rank), join_words(names, out.language())},
                      .record = model::RecordRef::pupil(same.front()->eleve_id),
                      .related = {same.front()->location}};
      out.report(std::move(finding));
    }
  }

  // Low-memory mode: the links whose pupil and rank another link shares.
  static std::uint64_t rank_key(const model::ResponsableLink& link) {
    if (link.resp_legal != "1" && link.resp_legal != "2") return 0;
    return low_memory::key_of(link.eleve_id.str() + '\x1f' + link.resp_legal.str());
  }
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> keys;
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (const std::uint64_t key = first.link(0, i); key != 0) keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint64_t> shared;
    for (std::size_t i = 1; i < keys.size(); ++i) {
      if (keys[i] == keys[i - 1] && (shared.empty() || shared.back() != keys[i])) shared.push_back(keys[i]);
    }
    const low_memory::KeySet twice(std::move(shared));
    for (std::size_t i = 0; i < first.link_count; ++i) {
      if (twice.contains(first.link(0, i))) keep.links[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .link_keys = {&rank_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(R009, LegalRankTwice)

}  // namespace scolint::rules
