// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

// Hands the records a file's reader recovered, on its own thread, to the
// thread that parses them and applies them to the model (issue #17: the
// second core; the DLoad parse is on the model's side, which has less to
// do). The records travel in batches through a bounded ring, in the order
// they were recovered: the model sees exactly the sequence a single thread
// would give it, and memory stays a few batches whatever the file's length.
namespace pfs {

// One record, its text and its host's in the batch's text: valid until
// the batch is given back.
struct ImportItem {
    QByteArrayView record;
    QByteArrayView host;     // null when the record has no host (the log's own stream)
    qint64 ms = -1;          // the syslog header's time; -1 when none
    qint64 timeOfDayUs = -1; // the record's time of day as the reader read it; -1 when not read
};

struct ImportBatch {
    std::unique_ptr<char[]> text;
    qsizetype used = 0;
    std::vector<ImportItem> items;
};

class ImportPipeline {
public:
    static constexpr int kBatches = 4;
    static constexpr qsizetype kBatchRecords = 1024;
    // A record is at most a line of the importer (64 KiB) and its host
    // another: every record fits an empty batch.
    static constexpr qsizetype kBatchTextBytes = 512 * 1024;

    ImportPipeline();
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    // Producer: copies `record` and `host` into the batch being filled and
    // returns its item. Waits while every batch is full.
    ImportItem &push(QByteArrayView record, QByteArrayView host);
    // Producer: no more records; the batch being filled goes out.
    void close();

    // Consumer: the next batch in order, waiting for it; null once the
    // producer has closed and every batch was taken.
    ImportBatch *take();
    void giveBack(ImportBatch *batch);

    int batchesMade() const { return int(m_all.size()); }

private:
    void publish();
    ImportBatch *freshBatch();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<ImportBatch>> m_all;
    std::vector<ImportBatch *> m_free;
    std::deque<ImportBatch *> m_full;
    ImportBatch *m_filling = nullptr;
    bool m_closed = false;
};

} // namespace pfs
