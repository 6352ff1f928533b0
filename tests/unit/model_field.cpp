// A record's field keeps its place in four bytes, relative to its record's
// (model/records.hpp): every place a reader gives comes back, and the places
// four bytes cannot say come back as the record's.
#include <catch2/catch.hpp>

#include "model/records.hpp"
#include "model/text_arena.hpp"

using scolint::model::Field;
using scolint::model::SourceLocation;
using scolint::model::Text;

namespace {
SourceLocation round_trip(const SourceLocation& at, const SourceLocation& record) {
  return Field(Text(), at, record).in(record);
}
bool same(const SourceLocation& a, const SourceLocation& b) {
  return a.file == b.file && a.line == b.line && a.column == b.column;
}
}  // namespace

TEST_CASE("a field's place comes back from its record's", "[field]") {
  const SourceLocation record{3, 1'000'000, 5};
  // Pretty-printed XML: a few lines down, a small column.
  CHECK(same(round_trip({3, 1'000'007, 9}, record), {3, 1'000'007, 9}));
  // The record's own place (a CSV fallback, an AAF attribute never written).
  CHECK(same(round_trip(record, record), record));
  // A CSV cell left of the record's first cell, on the same line.
  CHECK(same(round_trip({3, 1'000'000, 1}, {3, 1'000'000, 30}), {3, 1'000'000, 1}));
  // A file written on one line: columns past 2 MiB, counted from the record's.
  const SourceLocation wide{3, 1, 700'000'000};
  CHECK(same(round_trip({3, 1, 700'000'123}, wide), {3, 1, 700'000'123}));
  // The farthest line four bytes say.
  CHECK(same(round_trip({3, 1'001'022, 4}, record), {3, 1'001'022, 4}));
}

TEST_CASE("a field never read has no place, one too far is said at its record", "[field]") {
  const SourceLocation record{1, 40, 3};
  CHECK(same(Field().in(record), {1, 0, 0}));
  CHECK(same(round_trip({1, 0, 0}, record), {1, 0, 0}));
  // More than 1 022 lines into its record, before it, or past 2 MiB on a later line.
  CHECK(same(round_trip({1, 40 + 1023, 1}, record), record));
  CHECK(same(round_trip({1, 39, 1}, record), record));
  CHECK(same(round_trip({1, 41, 3'000'000}, record), record));
}

TEST_CASE("a field is twelve bytes, a Text eight aligned on four", "[field]") {
  STATIC_REQUIRE(sizeof(Field) == 12);
  STATIC_REQUIRE(sizeof(Text) == 8);
  STATIC_REQUIRE(alignof(Text) == 4);
}
