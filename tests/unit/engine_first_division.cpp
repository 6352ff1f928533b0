// The division shown beside a pupil's findings (engine/first_division.hpp):
// the first placement of type 'D' with a code, in list order, whatever the
// number of threads that scan the list.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "engine/first_division.hpp"
#include "model/record_list.hpp"
#include "model/records.hpp"
#include "model/text_arena.hpp"

using scolint::engine::FirstDivisions;
using scolint::model::Membership;
using scolint::model::RecordList;
using scolint::model::TextArena;

namespace {

struct Placements {
  TextArena texts;
  RecordList<Membership> list;

  void add(std::string_view eleve_id, char type, std::string_view code, scolint::model::FileId file = 0) {
    Membership membership;
    membership.location.file = file;
    membership.type = type;
    membership.eleve_id = texts.keep(eleve_id);
    membership.code = texts.keep(code);
    list.push_back(membership);
  }
};

}  // namespace

TEST_CASE("a pupil's division is the first placement of type D that has a code", "[first_division]") {
  Placements placements;
  placements.add("1", 'G', "GRP1");  // a group: not a division
  placements.add("1", 'D', "");      // no code
  placements.add("1", 'D', "3A");    // this one
  placements.add("1", 'D', "3B");    // a later one
  placements.add("2", 'D', "4C");    // not asked for
  placements.add("10", 'D', "5D");   // an id that starts like another
  for (const unsigned threads : {1U, 2U, 4U}) {
    FirstDivisions divisions;
    const std::size_t one = divisions.want("1");
    const std::size_t ten = divisions.want("10");
    const std::size_t none = divisions.want("99");
    CHECK(divisions.want("1") == one);  // asked twice, one slot
    CHECK(divisions.size() == 3);
    divisions.find_in(placements.list, threads);
    CHECK(divisions.of(one) == "3A");
    CHECK(divisions.of(ten) == "5D");
    CHECK(divisions.of(none).empty());
  }
}

TEST_CASE("a pupil's division in their own file, or in any file", "[first_division]") {
  // Two files give ELEVE_ID 1 to two pupils.
  Placements placements;
  placements.add("1", 'D', "6A", 0);
  placements.add("1", 'D', "5B", 1);
  placements.add("1", 'D', "4C", 1);
  for (const unsigned threads : {1U, 2U}) {
    FirstDivisions divisions;
    const std::size_t in_first = divisions.want("1", 0);
    const std::size_t in_second = divisions.want("1", 1);
    const std::size_t in_third = divisions.want("1", 2);
    const std::size_t anywhere = divisions.want("1");
    CHECK(divisions.size() == 4);
    divisions.find_in(placements.list, threads);
    CHECK(divisions.of(in_first) == "6A");
    CHECK(divisions.of(in_second) == "5B");
    CHECK(divisions.of(in_third).empty());
    CHECK(divisions.of(anywhere) == "6A");
  }
}

TEST_CASE("slices scanned by several threads keep the first division in list order", "[first_division]") {
  // Thousands of placements make many chunks, so each thread has a slice.
  Placements placements;
  constexpr int pupils = 3000;
  for (int round = 0; round < 3; ++round) {
    for (int pupil = 0; pupil < pupils; ++pupil) {
      if ((pupil + round) % 3 == 0) placements.add(std::to_string(pupil), 'G', "G" + std::to_string(round));
      // A pupil's first division comes in round pupil % 3: in the first, a middle or the last slice.
      if (round >= pupil % 3) {
        placements.add(std::to_string(pupil), 'D', "D" + std::to_string(round) + "-" + std::to_string(pupil % 7));
      }
    }
  }
  REQUIRE(placements.list.chunks().size() > 4);
  std::vector<std::string> ids;
  for (int pupil = 0; pupil < pupils; pupil += 5) ids.push_back(std::to_string(pupil));
  ids.emplace_back("no such pupil");
  std::vector<std::string_view> expected;
  for (const std::string& id : ids) {
    std::string_view first;
    for (const Membership& m : placements.list) {
      if (m.type == 'D' && m.eleve_id == id && !m.code.empty()) {
        first = m.code;
        break;
      }
    }
    expected.push_back(first);
  }
  for (const unsigned threads : {1U, 2U, 3U, 8U}) {
    FirstDivisions divisions;
    std::vector<std::size_t> slots;
    slots.reserve(ids.size());
    for (const std::string& id : ids) slots.push_back(divisions.want(id));
    divisions.find_in(placements.list, threads);
    for (std::size_t i = 0; i < ids.size(); ++i) {
      CAPTURE(threads, ids[i]);
      CHECK(divisions.of(slots[i]) == expected[i]);
    }
  }
}

TEST_CASE("no pupil asked for: nothing is scanned, nothing is found", "[first_division]") {
  Placements placements;
  placements.add("1", 'D', "3A");
  FirstDivisions divisions;
  divisions.find_in(placements.list, 2);
  CHECK(divisions.size() == 0);
}
