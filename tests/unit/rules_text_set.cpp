#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "model/text_arena.hpp"
#include "rules/text_set.hpp"

TEST_CASE("TextSet holds each text once, through growth", "[rules][text_set]") {
  scolint::model::TextArena arena;
  scolint::rules::TextSet set;  // starts small: grows many times
  std::set<std::string> expected;
  for (int i = 0; i < 50000; ++i) {
    const std::string id = std::to_string(i * 7919 % 30011);  // values repeat
    CHECK(set.insert(arena.keep(id)) == expected.insert(id).second);
  }
  CHECK(set.size() == expected.size());
  for (int i = 0; i < 40000; ++i) {
    const std::string id = std::to_string(i);
    CHECK(set.contains(id) == expected.contains(id));
  }
  CHECK_FALSE(set.contains("0000"));  // same number, other text
}

TEST_CASE("TextSet holds the empty text once, as a std::set would", "[rules][text_set]") {
  scolint::model::TextArena arena;
  scolint::rules::TextSet set(4);
  CHECK_FALSE(set.contains(""));
  CHECK(set.insert(arena.keep("")));
  CHECK(set.contains(""));
  CHECK_FALSE(set.insert(arena.keep("")));
  CHECK_FALSE(set.contains("A"));
  CHECK(set.insert(arena.keep("A")));
  CHECK_FALSE(set.insert(arena.keep("A")));
  CHECK(set.size() == 2);
}
