// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "logs/importpipeline.h"

#include <cstring>

namespace pfs {

ImportPipeline::ImportPipeline()
{
    m_all.reserve(kBatches);
    m_filling = freshBatch();
}

// Batches are made as the ring first needs them, then reused: a small file
// costs one.
ImportBatch *ImportPipeline::freshBatch()
{
    std::unique_lock lock(m_mutex);
    if (m_free.empty() && m_all.size() < size_t(kBatches)) {
        auto batch = std::make_unique<ImportBatch>();
        batch->text = std::make_unique<char[]>(size_t(kBatchTextBytes));
        batch->items.reserve(size_t(kBatchRecords));
        m_all.push_back(std::move(batch));
        return m_all.back().get();
    }
    m_changed.wait(lock, [this] { return !m_free.empty(); });
    ImportBatch *batch = m_free.back();
    m_free.pop_back();
    return batch;
}

ImportItem &ImportPipeline::push(QByteArrayView record, QByteArrayView host)
{
    const qsizetype bytes = record.size() + host.size();
    if (m_filling->items.size() == size_t(kBatchRecords) || m_filling->used + bytes > kBatchTextBytes) {
        publish();
        m_filling = freshBatch();
    }
    ImportBatch &batch = *m_filling;
    // A null view stays null and an empty one empty: the model is given
    // exactly what a single thread would give it.
    const auto copy = [&batch](QByteArrayView text) {
        if (text.isNull())
            return QByteArrayView();
        char *at = batch.text.get() + batch.used;
        std::memcpy(at, text.data(), size_t(text.size()));
        batch.used += text.size();
        return QByteArrayView(at, text.size());
    };
    ImportItem &item = batch.items.emplace_back();
    item.record = copy(record);
    item.host = copy(host);
    return item;
}

void ImportPipeline::publish()
{
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(m_filling);
        m_filling = nullptr;
    }
    m_changed.notify_all();
}

void ImportPipeline::close()
{
    if (m_filling && !m_filling->items.empty()) {
        publish();
    } else if (m_filling) {
        std::lock_guard lock(m_mutex);
        m_free.push_back(m_filling);
        m_filling = nullptr;
    }
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

ImportBatch *ImportPipeline::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_closed; });
    if (m_full.empty())
        return nullptr;
    ImportBatch *batch = m_full.front();
    m_full.pop_front();
    return batch;
}

void ImportPipeline::giveBack(ImportBatch *batch)
{
    batch->items.clear();
    batch->used = 0;
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(batch);
    }
    m_changed.notify_all();
}

} // namespace pfs
