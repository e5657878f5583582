#pragma once
// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as used by iSCSI and RocksDB.

#include <cstdint>

#include "ordo/util/bytes.h"

namespace ordo {

uint32_t Crc32c(ByteSpan data, uint32_t crc = 0);

}  // namespace ordo
