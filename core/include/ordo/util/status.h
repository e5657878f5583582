#pragma once
// Status and Result<T>: how input and operating errors travel (LevelDB style). Programmer errors
// use ORDO_ASSERT instead.

#include <string>
#include <utility>
#include <variant>

#include "ordo/util/assert.h"

namespace ordo {

class [[nodiscard]] Status {
 public:
  enum class Code { Ok, InvalidArgument, Corruption, NotFound, IoError, Unavailable, Conflict };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return Status(Code::InvalidArgument, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::Corruption, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::NotFound, std::move(msg)); }
  static Status IoError(std::string msg) { return Status(Code::IoError, std::move(msg)); }
  static Status Unavailable(std::string msg) { return Status(Code::Unavailable, std::move(msg)); }
  static Status Conflict(std::string msg) { return Status(Code::Conflict, std::move(msg)); }

  bool ok() const { return m_code == Code::Ok; }
  bool IsInvalidArgument() const { return m_code == Code::InvalidArgument; }
  bool IsCorruption() const { return m_code == Code::Corruption; }
  bool IsNotFound() const { return m_code == Code::NotFound; }
  bool IsIoError() const { return m_code == Code::IoError; }
  bool IsConflict() const { return m_code == Code::Conflict; }
  Code code() const { return m_code; }
  const std::string& message() const { return m_message; }
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : m_code(code), m_message(std::move(msg)) {}
  Code m_code = Code::Ok;
  std::string m_message;
};

// Result<T>: a value or a non-ok Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_v(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : m_v(std::move(status)) { ORDO_ASSERT(!std::get<Status>(m_v).ok()); }  // NOLINT

  bool ok() const { return std::holds_alternative<T>(m_v); }
  const Status& status() const {
    static const Status ok_status;
    return ok() ? ok_status : std::get<Status>(m_v);
  }
  T& value() & { ORDO_ASSERT(ok()); return std::get<T>(m_v); }
  const T& value() const& { ORDO_ASSERT(ok()); return std::get<T>(m_v); }
  T&& value() && { ORDO_ASSERT(ok()); return std::get<T>(std::move(m_v)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> m_v;
};

}  // namespace ordo
