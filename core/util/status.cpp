#include "ordo/util/status.h"

namespace ordo {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (m_code) {
    case Code::Ok: return "OK";
    case Code::InvalidArgument: name = "invalid argument"; break;
    case Code::Corruption: name = "corruption"; break;
    case Code::NotFound: name = "not found"; break;
    case Code::IoError: name = "I/O error"; break;
    case Code::Unavailable: name = "unavailable"; break;
    case Code::Conflict: name = "conflict"; break;
  }
  return std::string(name) + ": " + m_message;
}

}  // namespace ordo
