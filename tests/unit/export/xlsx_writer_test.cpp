#include "export/xlsx_writer.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <map>
#include <sstream>

namespace mssops::exports {
namespace {

std::uint32_t le(const std::string& bytes, std::size_t at, int width) {
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes.at(at + i));
    return value;
}

/// Reads a ZIP archive through its central directory, as spreadsheet programs do: every entry's
/// name and inflated bytes, each checked against its CRC-32 and size.
std::map<std::string, std::string> unzip(const std::string& zip) {
    std::map<std::string, std::string> entries;
    const std::size_t end = zip.rfind(std::string("PK\x05\x06", 4));
    EXPECT_NE(end, std::string::npos);
    if (end == std::string::npos) return entries;
    const std::size_t count = le(zip, end + 10, 2);
    std::size_t at = le(zip, end + 16, 4);
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_EQ(le(zip, at, 4), 0x02014b50u);
        const std::uint32_t crc = le(zip, at + 16, 4), compressed = le(zip, at + 20, 4),
                            size = le(zip, at + 24, 4);
        const std::size_t name_length = le(zip, at + 28, 2), extra = le(zip, at + 30, 2),
                          comment = le(zip, at + 32, 2);
        const std::size_t local = le(zip, at + 42, 4);
        std::string name = zip.substr(at + 46, name_length);
        at += 46 + name_length + extra + comment;
        EXPECT_EQ(le(zip, local, 4), 0x04034b50u);
        const std::size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        std::string inflated(size, '\0');
        z_stream stream{};
        inflateInit2(&stream, -15);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
        stream.avail_in = compressed;
        stream.next_out = reinterpret_cast<Bytef*>(inflated.data());
        stream.avail_out = size;
        EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END) << name;
        inflateEnd(&stream);
        EXPECT_EQ(crc32(0, reinterpret_cast<const Bytef*>(inflated.data()), size), crc) << name;
        entries[name] = inflated;
    }
    return entries;
}

TEST(xlsx_writer, writes_a_workbook_whose_parts_unzip_and_name_the_sheet) {
    std::ostringstream out;
    XlsxWriter writer(
        out, {.columns = {{"donor", "#org+donor"}, {"amount_usd", "#value+usd"}}, .title = "funding_flows"});
    writer.row({std::string("USA"), std::int64_t{300000000}});
    writer.row({std::string("A & <B>"), std::monostate{}});
    writer.finish();
    auto parts = unzip(out.str());
    ASSERT_EQ(parts.size(), 5u);
    EXPECT_NE(parts["[Content_Types].xml"].find("/xl/worksheets/sheet1.xml"), std::string::npos);
    EXPECT_NE(parts["_rels/.rels"].find("Target=\"xl/workbook.xml\""), std::string::npos);
    EXPECT_NE(parts["xl/workbook.xml"].find("<sheet name=\"funding_flows\" sheetId=\"1\" r:id=\"rId1\"/>"),
              std::string::npos);
    EXPECT_NE(parts["xl/_rels/workbook.xml.rels"].find("Target=\"worksheets/sheet1.xml\""),
              std::string::npos);
    const std::string& sheet = parts["xl/worksheets/sheet1.xml"];
    EXPECT_NE(
        sheet.find(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">donor</t></is></c>"),
        std::string::npos);
    EXPECT_NE(sheet.find("<c r=\"B2\"><v>300000000</v></c>"), std::string::npos);
    EXPECT_NE(sheet.find("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">A &amp; "
                         "&lt;B&gt;</t></is></c></row>"),
              std::string::npos);
    EXPECT_EQ(sheet.substr(sheet.size() - 24), "</sheetData></worksheet>");
}

TEST(xlsx_writer, leaves_out_control_characters_xml_forbids) {
    std::ostringstream out;
    XlsxWriter writer(out, {.columns = {{"notes", ""}}});
    writer.row(
        {std::string("a\x01"
                     "b\tc")});
    writer.finish();
    EXPECT_NE(unzip(out.str())["xl/worksheets/sheet1.xml"].find(">ab\tc</t>"), std::string::npos);
}

TEST(xlsx_writer, deflates_a_large_sheet_across_many_chunks) {
    std::ostringstream out;
    XlsxWriter writer(out, {.columns = {{"n", ""}, {"text", ""}}});
    for (std::int64_t i = 0; i < 20000; ++i) writer.row({i, std::string("row ") + std::to_string(i)});
    writer.finish();
    const std::string sheet = unzip(out.str())["xl/worksheets/sheet1.xml"];
    EXPECT_NE(sheet.find("<row r=\"20001\"><c r=\"A20001\"><v>19999</v></c>"), std::string::npos);
    EXPECT_LT(out.str().size(), sheet.size() / 4);
}

TEST(sheet_name, drops_forbidden_characters_and_cuts_at_31) {
    EXPECT_EQ(sheet_name("a/b[c]:d*e?f\\g"), "abcdefg");
    EXPECT_EQ(sheet_name(std::string(40, 'x')), std::string(31, 'x'));
    EXPECT_EQ(sheet_name("/"), "export");
}

}  // namespace
}  // namespace mssops::exports
