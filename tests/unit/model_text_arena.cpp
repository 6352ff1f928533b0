#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "model/text_arena.hpp"

using scolint::model::Text;
using scolint::model::TextArena;

TEST_CASE("a kept text reads back byte for byte", "[text_arena]") {
  TextArena arena;
  const Text name = arena.keep("Zoé");
  CHECK(name.view() == "Zoé");
  CHECK(name.size() == 4);  // bytes, as std::string
  CHECK_FALSE(name.empty());
  CHECK(name.str() == "Zoé");
  CHECK(name == "Zoé");
  CHECK(name != "Zoe");
}

TEST_CASE("an empty text needs no arena and behaves as an empty string", "[text_arena]") {
  TextArena arena;
  const Text none;
  const Text kept_empty = arena.keep("");
  CHECK(none.empty());
  CHECK(kept_empty.empty());
  CHECK(none.size() == 0);
  CHECK(none.view().empty());
  CHECK(none == kept_empty);
  CHECK(none == "");
  CHECK(arena.capacity() == 0);
}

TEST_CASE("a text keeps its length on each side of the one-byte length", "[text_arena]") {
  // One byte says the length up to 254; 255 says "four bytes before".
  TextArena arena;
  for (const std::size_t size : {std::size_t{1}, std::size_t{254}, std::size_t{255}, std::size_t{256},
                                 std::size_t{70000}, std::size_t{300000}}) {
    const std::string value(size, static_cast<char>('a' + size % 26));
    const Text kept = arena.keep(value);
    CHECK(kept.size() == size);
    CHECK(kept.view() == value);
  }
  // A value of bytes 255 is a value, not a length mark.
  const std::string marks(3, static_cast<char>(255));
  CHECK(arena.keep(marks).view() == marks);
}

TEST_CASE("texts keep embedded NUL bytes and their exact length", "[text_arena]") {
  TextArena arena;
  const std::string bytes("A\0B", 3);
  const Text kept = arena.keep(bytes);
  CHECK(kept.size() == 3);
  CHECK(kept.view() == bytes);
}

TEST_CASE("texts stay valid while the arena grows and after it is appended elsewhere", "[text_arena]") {
  TextArena first;
  std::vector<Text> texts;
  std::vector<std::string> expected;
  // Enough values to fill several blocks, plus one larger than a quarter block.
  for (int i = 0; i < 60000; ++i) {
    expected.push_back("value-" + std::to_string(i));
    texts.push_back(first.keep(expected.back()));
  }
  expected.emplace_back(200000, 'x');
  texts.push_back(first.keep(expected.back()));
  texts.push_back(first.keep("after the large one"));
  expected.emplace_back("after the large one");

  TextArena all;
  all.append(std::move(first));
  CHECK(first.capacity() == 0);  // NOLINT(bugprone-use-after-move): append() documents the moved-from state
  const Text later = all.keep("later");
  for (std::size_t i = 0; i < texts.size(); ++i) CHECK(texts[i].view() == expected[i]);
  CHECK(later == "later");
}

TEST_CASE("texts order, compare and concatenate as their strings do", "[text_arena]") {
  TextArena arena;
  const Text a = arena.keep("3A");
  const Text b = arena.keep("3B");
  const Text a_again = arena.keep("3A");
  CHECK(a == a_again);
  CHECK(a < b);
  CHECK(a < std::string_view("3AA"));
  const std::set<Text> codes{b, a, a_again};
  CHECK(codes.size() == 2);
  CHECK(codes.begin()->view() == "3A");
  CHECK("DIVISION=" + a == "DIVISION=3A");
  CHECK(a + "/" == "3A/");
  CHECK(a + b == "3A3B");
  CHECK(std::hash<Text>{}(a) == std::hash<std::string_view>{}("3A"));
}

TEST_CASE("a short value kept again may share its bytes, a long one never does, both read back", "[text_arena]") {
  TextArena arena;
  const Text date = arena.keep("01/09/2013");
  const std::size_t after_first = arena.capacity();
  std::vector<Text> again;
  again.reserve(1000);
  for (int i = 0; i < 1000; ++i) again.push_back(arena.keep("01/09/2013"));
  CHECK(arena.capacity() == after_first);  // no new block for a repeated value
  for (const Text& t : again) CHECK(t == date);
  // Values that evict one another from the cache still read back.
  std::vector<std::string> values;
  std::vector<Text> kept;
  values.reserve(20000);
  kept.reserve(20000);
  for (int i = 0; i < 20000; ++i) {
    values.push_back(std::to_string(i % 5000));
    kept.push_back(arena.keep(values.back()));
  }
  for (std::size_t i = 0; i < kept.size(); ++i) CHECK(kept[i].view() == values[i]);
  const std::string long_value(TextArena::max_shared_size + 1, 'x');
  const Text a = arena.keep(long_value);
  const Text b = arena.keep(long_value);
  CHECK(a == b);
  CHECK(a.data() != b.data());
}
