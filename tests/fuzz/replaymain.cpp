// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
// A stand-in for libFuzzer's main in ordinary builds: runs the target once
// over every file of the folders (or files) named on the command line, so
// the seed corpora and the regression cases run under every compiler and
// under the sanitizer build. A crash or a failed check aborts the run.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

namespace fs = std::filesystem;

bool readFile(const fs::path &path, std::vector<char> *bytes)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// The input in a heap block of exactly its size, as libFuzzer passes it, so
// AddressSanitizer sees a read one byte past its end.
void runOne(const fs::path &path, const std::vector<char> &bytes)
{
    std::fprintf(stderr, "Running: %s (%zu bytes)\n", path.c_str(), bytes.size());
    std::unique_ptr<uint8_t[]> copy(new uint8_t[bytes.size() ? bytes.size() : 1]);
    std::copy(bytes.cbegin(), bytes.cend(), copy.get());
    LLVMFuzzerTestOneInput(copy.get(), bytes.size());
}

std::vector<fs::path> inputsOf(const fs::path &argument, std::error_code *error)
{
    std::vector<fs::path> files;
    if (fs::is_directory(argument, *error)) {
        for (const fs::directory_entry &entry : fs::directory_iterator(argument, *error)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
    } else if (fs::exists(argument, *error)) {
        files.push_back(argument);
    } else if (!*error) {
        *error = std::make_error_code(std::errc::no_such_file_or_directory);
    }
    std::sort(files.begin(), files.end()); // the same order on every machine
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    size_t runs = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        const std::vector<fs::path> files = inputsOf(argv[i], &error);
        if (error) {
            std::fprintf(stderr, "%s: %s\n", argv[i], error.message().c_str());
            return 2;
        }
        for (const fs::path &file : files) {
            std::vector<char> bytes;
            if (!readFile(file, &bytes)) {
                std::fprintf(stderr, "%s: cannot read\n", file.c_str());
                return 2;
            }
            runOne(file, bytes);
            ++runs;
        }
    }
    if (runs == 0) {
        std::fprintf(stderr, "no inputs found: a corpus that runs nothing proves nothing\n");
        return 2;
    }
    std::fprintf(stderr, "Executed %zu inputs without a finding\n", runs);
    return 0;
}
