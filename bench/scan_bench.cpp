// Detection throughput: Detector::scan over the published seed reports (read once),
// with every pattern and dictionary loaded, with and without a case file. Reports bytes
// of block text per second on one thread (Google Benchmark's bytes_per_second), and the
// counter file_bytes_per_second: bytes of the seed files themselves, the unit that
// bench/scan_vs_peers.py uses for every tool. BM_ReadScanNoCase also reads the files
// (read_document: paragraphs, numbers, tables) inside the timing: raw text in, findings out.
// DHR_BENCH_FILES=a.md:b.txt measures other text files instead of the seeds.
//
//   cmake -S . -B build -DDHR_BUILD_BENCH=ON && cmake --build build --target dhr_bench_scan
//   build/bench/dhr_bench_scan
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/reader.h"

namespace {

// The seed reports, or the files listed (separated by ':') in DHR_BENCH_FILES.
const std::vector<std::filesystem::path>& seed_paths() {
  static const std::vector<std::filesystem::path> paths = [] {
    std::vector<std::filesystem::path> out;
    if (const char* list = std::getenv("DHR_BENCH_FILES"); list != nullptr && *list != '\0') {
      std::string_view rest(list);
      while (!rest.empty()) {
        const auto colon = rest.find(':');
        if (colon != 0) out.emplace_back(std::string(rest.substr(0, colon)));
        rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
      }
      return out;  // in the order given
    }
    for (const auto& e : std::filesystem::directory_iterator(std::string(DHR_TESTDATA_DIR) + "/seeds"))
      if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
  }();
  return paths;
}

std::vector<dhr::Document>& seeds() {
  static std::vector<dhr::Document> docs = [] {
    std::vector<dhr::Document> out;
    for (const auto& p : seed_paths()) out.push_back(dhr::read_document(p.string()));
    return out;
  }();
  return docs;
}

// Bytes of the seed files as stored (what a peer given the same text is given).
std::int64_t file_bytes() {
  std::int64_t n = 0;
  for (const auto& p : seed_paths()) n += static_cast<std::int64_t>(std::filesystem::file_size(p));
  return n;
}

void count_file_bytes(benchmark::State& state) {
  state.counters["file_bytes_per_second"] = benchmark::Counter(
      static_cast<double>(state.iterations() * file_bytes()), benchmark::Counter::kIsRate);
}

std::int64_t text_bytes(const std::vector<dhr::Document>& docs) {
  std::int64_t n = 0;
  for (const auto& d : docs)
    for (const auto& b : d.blocks) n += static_cast<std::int64_t>(b.text.size());
  return n;
}

const dhr::Detector& detector() {
  static const dhr::Detector d;
  return d;
}

// A case file with six subjects, like the corpus's (names invented).
const dhr::CaseFile& case_file() {
  static const dhr::CaseFile c = dhr::parse_case_file(R"(
[[subject]]
name = "Natasha Okafor"
pseudonym = "N"
gender = "female"
[[subject]]
name = "Daniel Okafor"
pseudonym = "Mr Z"
gender = "male"
[[subject]]
name = "Will Hughes-Mbeki"
pseudonym = "W"
[[subject]]
name = "Zoe Kowalczyk"
aliases = ["Zo"]
pseudonym = "K"
[[subject]]
name = "Aoife O'Connell"
pseudonym = "A1"
[[subject]]
name = "Priya Sharma"
pseudonym = "P"
[[professional]]
name = "Kam Sandhu"
)", "bench.toml");
  return c;
}

void BM_ScanNoCase(benchmark::State& state) {
  const auto& docs = seeds();
  const auto& d = detector();
  for (auto _ : state)
    for (const auto& doc : docs) benchmark::DoNotOptimize(d.scan(doc));
  state.SetBytesProcessed(state.iterations() * text_bytes(docs));
  count_file_bytes(state);
}
BENCHMARK(BM_ScanNoCase)->Unit(benchmark::kMillisecond);

void BM_ReadScanNoCase(benchmark::State& state) {
  const auto& paths = seed_paths();
  const auto& d = detector();
  for (auto _ : state)
    for (const auto& p : paths) benchmark::DoNotOptimize(d.scan(dhr::read_document(p.string())));
  state.SetBytesProcessed(state.iterations() * file_bytes());
  count_file_bytes(state);
}
BENCHMARK(BM_ReadScanNoCase)->Unit(benchmark::kMillisecond);

void BM_ScanWithCase(benchmark::State& state) {
  const auto& docs = seeds();
  const auto& d = detector();
  const auto& c = case_file();
  for (auto _ : state)
    for (const auto& doc : docs) benchmark::DoNotOptimize(d.scan(doc, &c));
  state.SetBytesProcessed(state.iterations() * text_bytes(docs));
  count_file_bytes(state);
}
BENCHMARK(BM_ScanWithCase)->Unit(benchmark::kMillisecond);

void BM_LoadDetector(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dhr::Detector());
}
BENCHMARK(BM_LoadDetector)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
