// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "sim/recordpipeline.h"

#include "protocol/dloadparser.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace pfs::sim {
namespace {

// A record or a broadcast, as the simulator handed it over.
struct Output {
    qint64 timeUs = 0;
    const SimPhone *phone = nullptr; // into Simulator::phones(), which a run never changes
    QByteArray bytes;
    bool isBroadcast = false;
    bool parsed = false; // by DLoadParser, when the pipeline parses
    DLoadEvent event;    // views `bytes`, whose data a move keeps in place
};
using Batch = std::vector<Output>;

// Batches, so the threads meet once per hundreds of records, not per
// record; bounded, so a simulator faster than the model waits instead of
// holding the whole rollout's text. An Output holds its parsed event (about
// 300 bytes): 256 of them are about the bytes 2,048 records were without.
class BatchQueue {
public:
    static constexpr size_t kBatchSize = 256;
    static constexpr size_t kMaxBatches = 16;

    void put(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < kMaxBatches; });
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }
    // False once closed and drained.
    bool take(Batch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Batch> m_batches;
    bool m_closed = false;
};

// The simulator's sink on its thread: gathers its output into batches.
class Producer : public Sink {
public:
    Producer(BatchQueue *queue, bool parse)
        : m_queue(queue)
        , m_parse(parse)
    {
        m_batch.reserve(BatchQueue::kBatchSize);
    }
    void record(qint64 timeUs, const SimPhone &phone, const QByteArray &record) override
    {
        Output output = outputOf(timeUs, phone, record, false);
        if (m_parse)
            output.parsed = DLoadParser::parse(output.bytes, output.event);
        add(std::move(output));
    }
    void broadcast(qint64 timeUs, const SimPhone &phone, const QByteArray &payload) override
    {
        add(outputOf(timeUs, phone, payload, true));
    }
    void flush()
    {
        if (!m_batch.empty())
            m_queue->put(std::exchange(m_batch, {}));
        m_queue->close();
    }

private:
    static Output outputOf(qint64 timeUs, const SimPhone &phone, const QByteArray &bytes, bool isBroadcast)
    {
        Output output;
        output.timeUs = timeUs;
        output.phone = &phone;
        output.bytes = bytes;
        output.isBroadcast = isBroadcast;
        return output;
    }
    void add(Output output)
    {
        m_batch.push_back(std::move(output));
        if (m_batch.size() < BatchQueue::kBatchSize)
            return;
        m_queue->put(std::exchange(m_batch, {}));
        m_batch.reserve(BatchQueue::kBatchSize);
    }

    BatchQueue *m_queue;
    const bool m_parse;
    Batch m_batch;
};

// Runs the simulation on its own thread and hands each batch of its output
// to `take` on this one.
template<class Take> void pipeline(Simulator &simulator, qint64 untilUs, bool parse, Take take)
{
    BatchQueue queue;
    std::thread simulation([&simulator, untilUs, parse, &queue] {
        Producer producer(&queue, parse);
        if (untilUs >= 0)
            simulator.advanceTo(untilUs, producer);
        else
            simulator.runToEnd(producer);
        producer.flush();
    });
    Batch batch;
    while (queue.take(&batch)) {
        for (const Output &o : batch)
            take(o);
    }
    simulation.join();
}

} // namespace

void runPipelined(Simulator &simulator, qint64 untilUs, Sink &sink)
{
    pipeline(simulator, untilUs, false, [&sink](const Output &o) {
        if (o.isBroadcast)
            sink.broadcast(o.timeUs, *o.phone, o.bytes);
        else
            sink.record(o.timeUs, *o.phone, o.bytes);
    });
}

void runPipelined(Simulator &simulator, qint64 untilUs, ParsedRecordSink &sink)
{
    pipeline(simulator, untilUs, true, [&sink](const Output &o) {
        if (o.isBroadcast)
            sink.broadcast(o.timeUs, *o.phone, o.bytes);
        else
            sink.parsedRecord(o.timeUs, *o.phone, o.bytes, o.parsed, o.event);
    });
}

} // namespace pfs::sim
