// Detection throughput: Detector::scan over the published seed reports (read once),
// with every pattern and dictionary loaded, with and without a case file. Reports bytes
// of block text per second on one thread (Google Benchmark's bytes_per_second).
//
//   cmake -S . -B build -DDHR_BUILD_BENCH=ON && cmake --build build --target dhr_bench_scan
//   build/bench/dhr_bench_scan
#include <benchmark/benchmark.h>

#include <filesystem>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/reader.h"

namespace {

std::vector<dhr::Document>& seeds() {
  static std::vector<dhr::Document> docs = [] {
    std::vector<dhr::Document> out;
    for (const auto& e : std::filesystem::directory_iterator(std::string(DHR_TESTDATA_DIR) + "/seeds"))
      if (e.path().extension() == ".txt") out.push_back(dhr::read_document(e.path().string()));
    return out;
  }();
  return docs;
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
}
BENCHMARK(BM_ScanNoCase)->Unit(benchmark::kMillisecond);

void BM_ScanWithCase(benchmark::State& state) {
  const auto& docs = seeds();
  const auto& d = detector();
  const auto& c = case_file();
  for (auto _ : state)
    for (const auto& doc : docs) benchmark::DoNotOptimize(d.scan(doc, &c));
  state.SetBytesProcessed(state.iterations() * text_bytes(docs));
}
BENCHMARK(BM_ScanWithCase)->Unit(benchmark::kMillisecond);

void BM_LoadDetector(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dhr::Detector());
}
BENCHMARK(BM_LoadDetector)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
