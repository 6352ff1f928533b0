#pragma once
/// @file
/// Errors as values at the library's edges (moves to std::expected with C++23).

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace scolint {

/// Why an operation outside the data failed.
enum class ErrorCode : std::uint8_t {
  invalid_option,  ///< an option value is out of range or malformed
  unknown_rule,    ///< a rule code or prefix matches no rule
  io_error,        ///< a file could not be read or written
};

/// A failure: a code for programs and a detail for people.
struct Error {
  ErrorCode code = ErrorCode::invalid_option;
  std::string detail;
};

/// A T, or the Error that prevented it.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] T& value() & { return std::get<T>(state_); }
  [[nodiscard]] const T& value() const& { return std::get<T>(state_); }
  [[nodiscard]] T&& value() && { return std::get<T>(std::move(state_)); }
  [[nodiscard]] const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace scolint
