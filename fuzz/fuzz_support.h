// fuzz/fuzz_support.h — what every fuzz target shares: a place to put the input as a
// file (the readers take paths, as the app does), the fictional case file the targets
// scan with, and one Detector loaded once per process.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "dhr/case_file.h"
#include "dhr/detect.h"

namespace dhr::fuzz {

// Writes data to "<private temp dir>/<name>" and returns the path. The directory is made
// once per process (mkdtemp under $TMPDIR, or /dev/shm when it exists: no disk writes
// for millions of runs) and removed with everything in it when the process exits.
std::string write_input(const std::string& name, const std::uint8_t* data, std::size_t size);

// A path in the same private directory, for outputs (not created).
std::string scratch_path(const std::string& name);

// testdata/fixtures/case.toml: the invented subjects whose names the seed fixtures use,
// so that mutated inputs still hold names to find and edit.
const CaseFile& fixture_case();

// One Detector with every pattern and dictionary loaded (the slow part, done once).
const Detector& detector();

}  // namespace dhr::fuzz
