#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace mssops::exports {

/// Writes a ZIP archive (PKWARE APPNOTE 6.3) to a stream that need not seek: each entry is deflated
/// as it comes, its CRC-32 and sizes follow it in a data descriptor (flag bit 3), and the central
/// directory closes the archive. Entries and the archive stay under 4 GiB (no ZIP64).
class ZipWriter {
public:
    explicit ZipWriter(std::ostream& out);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    /// Starts an entry named `name` (UTF-8, '/' between folders); ends the open one first.
    void begin_entry(std::string name);
    /// Appends bytes to the open entry.
    void write(std::string_view bytes);
    /// Ends the open entry, if any.
    void end_entry();
    /// Ends the open entry and writes the central directory; call once, last.
    void finish();
    /// Bytes given to the open entry so far, before compression.
    std::uint64_t entry_size() const { return entry_size_ + pending_.size(); }

private:
    struct Entry {
        std::string name;
        std::uint32_t crc = 0;
        std::uint32_t compressed = 0;
        std::uint32_t size = 0;
        std::uint32_t offset = 0;
    };
    void deflate_pending(bool last);
    void put(const void* bytes, std::size_t count);

    std::ostream& out_;
    std::uint64_t written_ = 0;
    std::vector<Entry> entries_;
    bool open_ = false;
    std::string pending_;  // Bytes of the open entry not yet deflated.
    std::uint64_t entry_size_ = 0;
    std::uint64_t entry_compressed_ = 0;
    std::uint32_t entry_crc_ = 0;
    void* stream_ = nullptr;  // The open entry's z_stream.
};

}  // namespace mssops::exports
