#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/record_list.hpp"

using scolint::model::RecordList;

namespace {

std::vector<int> contents(const RecordList<int>& list) {
  std::vector<int> out;
  for (const int value : list) out.push_back(value);
  return out;
}

RecordList<int> numbers(int from, int count) {
  RecordList<int> list;
  for (int i = 0; i < count; ++i) list.push_back(from + i);
  return list;
}

}  // namespace

TEST_CASE("an empty record list has nothing to iterate", "[record_list]") {
  const RecordList<int> list;
  CHECK(list.empty());
  CHECK(list.size() == 0);
  CHECK(list.begin() == list.end());
}

TEST_CASE("records come back in the order they were added, across chunks", "[record_list]") {
  const int count = static_cast<int>(RecordList<int>::chunk_records) * 2 + 7;
  const RecordList<int> list = numbers(0, count);
  const std::vector<int> seen = contents(list);
  REQUIRE(seen.size() == static_cast<std::size_t>(count));
  CHECK(list.size() == seen.size());
  for (int i = 0; i < count; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i);
}

TEST_CASE("addresses of kept records survive later appends", "[record_list]") {
  RecordList<std::string> list;
  list.push_back("first");
  const std::string* first = &*list.begin();
  for (std::size_t i = 0; i < RecordList<std::string>::chunk_records * 3; ++i) list.push_back(std::to_string(i));
  RecordList<std::string> other;
  other.push_back("other");
  list.append(std::move(other));
  CHECK(first == &*list.begin());
  CHECK(*first == "first");
}

TEST_CASE("appending lists keeps input order, partly full chunks included", "[record_list]") {
  const int chunk = static_cast<int>(RecordList<int>::chunk_records);
  RecordList<int> all = numbers(0, 3);
  all.append(numbers(3, chunk + 2));  // a full chunk then a partial one
  all.append(RecordList<int>{});      // nothing to move
  all.append(numbers(chunk + 5, 4));
  all.push_back(chunk + 9);  // goes into the partial chunk moved in last
  all.push_back(chunk + 10);
  const std::vector<int> seen = contents(all);
  REQUIRE(seen.size() == static_cast<std::size_t>(chunk + 11));
  CHECK(all.size() == seen.size());
  for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int>(i));
}

TEST_CASE("the list an append took from is left empty", "[record_list]") {
  RecordList<int> all;
  RecordList<int> part = numbers(0, 5);
  all.append(std::move(part));
  CHECK(all.size() == 5);
  CHECK(part.empty());  // NOLINT(bugprone-use-after-move): append() documents the moved-from state
  CHECK(part.begin() == part.end());
}
