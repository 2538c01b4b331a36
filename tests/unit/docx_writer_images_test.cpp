// Picture metadata filters of the DOCX writer: EXIF, XMP, IPTC and comments out of JPEG,
// text chunks out of PNG, pixels untouched, anything that does not parse left alone.
#include <gtest/gtest.h>

#include <string>

#include "docx_writer_helpers.h"
#include "write/docx_image_metadata.h"

namespace dhr::write::docx {
namespace {

using test::jpeg_segment;
using test::png_chunk;
using test::tiny_jpeg;

const std::string kExif = jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "Artist: Natasha Okafor");
const std::string kXmp = jpeg_segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Natasha</x:xmpmeta>");
const std::string kIptc = jpeg_segment(0xED, "Photoshop 3.0\0" "8BIM byline Natasha");
const std::string kComment = jpeg_segment(0xFE, "taken by Natasha Okafor");
const std::string kMpf = jpeg_segment(0xE2, std::string("MPF\0", 4) + "index of more images");
const std::string kIcc = jpeg_segment(0xE2, std::string("ICC_PROFILE\0", 12) + "\x01\x01profile bytes");
const std::string kAdobe = jpeg_segment(0xEE, "Adobe\0\x64\0\0\0\0\x01");

TEST(DocxImageMetadata, JpegLosesExifXmpIptcCommentsAndMpfButKeepsWhatDecodersNeed) {
  std::string bytes = tiny_jpeg(kExif + kXmp + kIcc + kIptc + kComment + kMpf + kAdobe);
  EXPECT_EQ(strip_image_metadata(bytes), ImageScrub::stripped);
  EXPECT_EQ(bytes, tiny_jpeg(kIcc + kAdobe));
  EXPECT_EQ(bytes.find("Natasha"), std::string::npos);
}

TEST(DocxImageMetadata, JpegDataAfterTheEndMarkerGoes) {
  std::string bytes = tiny_jpeg() + tiny_jpeg(kExif);  // a second picture appended, as MPF does
  EXPECT_EQ(strip_image_metadata(bytes), ImageScrub::stripped);
  EXPECT_EQ(bytes, tiny_jpeg());
}

TEST(DocxImageMetadata, JpegScanDataIsCopiedByteForByte) {
  // Stuffed FF00 and restart markers inside the scan are pixels, not segments.
  std::string jpeg = tiny_jpeg(kComment);
  const std::string scan("\x3F\xFF\x00\x12\xFF\xD0\x34\xFF\xD7\x56", 10);
  jpeg.replace(jpeg.size() - 3, 1, scan);
  std::string bytes = jpeg;
  EXPECT_EQ(strip_image_metadata(bytes), ImageScrub::stripped);
  std::string expected = tiny_jpeg();
  expected.replace(expected.size() - 3, 1, scan);
  EXPECT_EQ(bytes, expected);
}

TEST(DocxImageMetadata, CleanJpegIsLeftAsItIs) {
  std::string bytes = tiny_jpeg(kIcc);
  EXPECT_EQ(strip_image_metadata(bytes), ImageScrub::clean);
  EXPECT_EQ(bytes, tiny_jpeg(kIcc));
}

TEST(DocxImageMetadata, MalformedJpegIsLeftAsItIs) {
  std::string lying = tiny_jpeg();
  lying.insert(2, "\xFF\xE1\x7F\xFF" "Exif");  // a length past the end of the file
  std::string bytes = lying;
  EXPECT_EQ(strip_image_metadata(bytes), ImageScrub::malformed);
  EXPECT_EQ(bytes, lying);
  std::string garbage("\xFF\xD8\xFF\x00\x00", 5);
  EXPECT_EQ(strip_image_metadata(garbage), ImageScrub::malformed);
}

std::string png(const std::string& extra_after_header, const std::string& tail = {}) {
  const std::string header = png_chunk("IHDR", std::string("\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 13));
  return std::string("\x89PNG\r\n\x1a\n", 8) + header + extra_after_header + png_chunk("IDAT", "pixels") +
         png_chunk("IEND", "") + tail;
}

TEST(DocxImageMetadata, PngLosesTextChunksAndExif) {
  const std::string text = png_chunk("tEXt", std::string("Author\0Natasha Okafor", 21)) +
                           png_chunk("iTXt", std::string("Comment\0\0\0\0\0Natasha", 20)) +
                           png_chunk("zTXt", std::string("Title\0\0compressed", 18)) + png_chunk("eXIf", "MM\0*Natasha");
  const std::string kept = png_chunk("pHYs", std::string("\0\0\x0e\xc4\0\0\x0e\xc4\x01", 9));
  std::string bytes = png(text + kept, "appended: Natasha");
  EXPECT_EQ(strip_image_metadata(bytes), ImageScrub::stripped);
  EXPECT_EQ(bytes, png(kept));
}

TEST(DocxImageMetadata, CleanOrBrokenPngIsLeftAsItIs) {
  std::string clean = png({});
  EXPECT_EQ(strip_image_metadata(clean), ImageScrub::clean);
  EXPECT_EQ(clean, png({}));
  std::string truncated = png(png_chunk("tEXt", "Author")).substr(0, 40);
  const std::string before = truncated;
  EXPECT_EQ(strip_image_metadata(truncated), ImageScrub::malformed);
  EXPECT_EQ(truncated, before);
}

TEST(DocxImageMetadata, OtherBytesAreNotImages) {
  std::string emf = "\x01\0\0\0EMF data";
  EXPECT_EQ(strip_image_metadata(emf), ImageScrub::not_image);
  std::string empty;
  EXPECT_EQ(strip_image_metadata(empty), ImageScrub::not_image);
}

}  // namespace
}  // namespace dhr::write::docx
