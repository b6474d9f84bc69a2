#include "export/zip_writer.hpp"

#include <zlib.h>

#include <array>

#include "domain/verify.hpp"

namespace mssops::exports {

namespace {

constexpr std::size_t chunk = 64 * 1024;
constexpr std::uint16_t flags = 0x0008 | 0x0800;  // Sizes in a data descriptor; UTF-8 names.
constexpr std::uint16_t version_needed = 20;      // 2.0: deflate.
constexpr std::uint16_t deflated = 8;
// 1980-01-01 00:00 in MS-DOS form: a fixed stamp keeps equal exports byte-identical.
constexpr std::uint16_t dos_time = 0;
constexpr std::uint16_t dos_date = (0 << 9) | (1 << 5) | 1;

void le16(std::string& out, std::uint16_t value) {
    out.push_back(static_cast<char>(value & 0xff));
    out.push_back(static_cast<char>(value >> 8));
}

void le32(std::string& out, std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xff));
}

std::uint32_t checked32(std::uint64_t value) {
    // Past 4 GiB ZIP needs its ZIP64 extension, which this writer does not write.
    MSSOPS_VERIFY(value <= 0xffffffffu);
    return static_cast<std::uint32_t>(value);
}

}  // namespace

ZipWriter::ZipWriter(std::ostream& out) : out_(out) {}

ZipWriter::~ZipWriter() {
    if (stream_) {
        deflateEnd(static_cast<z_stream*>(stream_));
        delete static_cast<z_stream*>(stream_);
    }
}

void ZipWriter::put(const void* bytes, std::size_t count) {
    out_.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(count));
    written_ += count;
}

void ZipWriter::begin_entry(std::string name) {
    end_entry();
    Entry entry;
    entry.offset = checked32(written_);
    entry.name = std::move(name);
    std::string header;
    le32(header, 0x04034b50);
    le16(header, version_needed);
    le16(header, flags);
    le16(header, deflated);
    le16(header, dos_time);
    le16(header, dos_date);
    le32(header, 0);  // CRC-32 and sizes: in the data descriptor.
    le32(header, 0);
    le32(header, 0);
    le16(header, static_cast<std::uint16_t>(entry.name.size()));
    le16(header, 0);
    header += entry.name;
    put(header.data(), header.size());
    entries_.push_back(std::move(entry));
    auto* stream = new z_stream{};
    // Negative window bits: raw deflate, as ZIP stores it, without zlib's header and trailer.
    MSSOPS_VERIFY(deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) ==
                  Z_OK);
    stream_ = stream;
    open_ = true;
    entry_size_ = 0;
    entry_compressed_ = 0;
    entry_crc_ = static_cast<std::uint32_t>(crc32(0, nullptr, 0));
}

void ZipWriter::write(std::string_view bytes) {
    MSSOPS_VERIFY(open_);
    pending_.append(bytes);
    if (pending_.size() >= chunk) deflate_pending(false);
}

void ZipWriter::deflate_pending(bool last) {
    auto* stream = static_cast<z_stream*>(stream_);
    entry_crc_ = static_cast<std::uint32_t>(crc32(entry_crc_, reinterpret_cast<const Bytef*>(pending_.data()),
                                                  static_cast<uInt>(pending_.size())));
    entry_size_ += pending_.size();
    stream->next_in = reinterpret_cast<Bytef*>(pending_.data());
    stream->avail_in = static_cast<uInt>(pending_.size());
    std::array<unsigned char, chunk> output;
    int status = Z_OK;
    do {
        stream->next_out = output.data();
        stream->avail_out = static_cast<uInt>(output.size());
        status = deflate(stream, last ? Z_FINISH : Z_NO_FLUSH);
        MSSOPS_VERIFY(status != Z_STREAM_ERROR);
        std::size_t produced = output.size() - stream->avail_out;
        put(output.data(), produced);
        entry_compressed_ += produced;
    } while (stream->avail_out == 0 || (last && status != Z_STREAM_END));
    pending_.clear();
}

void ZipWriter::end_entry() {
    if (!open_) return;
    deflate_pending(true);
    deflateEnd(static_cast<z_stream*>(stream_));
    delete static_cast<z_stream*>(stream_);
    stream_ = nullptr;
    open_ = false;
    Entry& entry = entries_.back();
    entry.crc = entry_crc_;
    entry.size = checked32(entry_size_);
    entry.compressed = checked32(entry_compressed_);
    std::string descriptor;
    le32(descriptor, 0x08074b50);
    le32(descriptor, entry.crc);
    le32(descriptor, entry.compressed);
    le32(descriptor, entry.size);
    put(descriptor.data(), descriptor.size());
}

void ZipWriter::finish() {
    end_entry();
    const std::uint64_t directory_start = written_;
    for (const auto& entry : entries_) {
        std::string record;
        le32(record, 0x02014b50);
        le16(record, version_needed);  // Made by: MS-DOS attributes, version 2.0.
        le16(record, version_needed);
        le16(record, flags);
        le16(record, deflated);
        le16(record, dos_time);
        le16(record, dos_date);
        le32(record, entry.crc);
        le32(record, entry.compressed);
        le32(record, entry.size);
        le16(record, static_cast<std::uint16_t>(entry.name.size()));
        le16(record, 0);  // Extra field.
        le16(record, 0);  // Comment.
        le16(record, 0);  // Disk number.
        le16(record, 0);  // Internal attributes.
        le32(record, 0);  // External attributes.
        le32(record, entry.offset);
        record += entry.name;
        put(record.data(), record.size());
    }
    std::string end;
    le32(end, 0x06054b50);
    le16(end, 0);
    le16(end, 0);
    le16(end, static_cast<std::uint16_t>(entries_.size()));
    le16(end, static_cast<std::uint16_t>(entries_.size()));
    le32(end, checked32(written_ - directory_start));
    le32(end, checked32(directory_start));
    le16(end, 0);
    put(end.data(), end.size());
    out_.flush();
}

}  // namespace mssops::exports
