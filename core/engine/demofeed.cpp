// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "engine/demofeed.h"

namespace pfs {

namespace {

constexpr int kLinkEthernet = 1; // DLT_EN10MB: sim::WireTraffic writes Ethernet frames

} // namespace

DemoFeed::DemoFeed(const sim::Simulator &simulator, RolloutModel *model, DemoSources sources)
{
    if (sim::carriesTraces(sources)) {
        m_traces = std::make_unique<ModelFeed>(model, simulator.config().startUtcMs);
        m_traces->keepVerifiedOnly(sim::verifiedTracesOnly(sources));
    }
    if (sim::carriesWire(sources)) {
        m_wire = std::make_unique<WireIngest>(model);
        m_broadcasts = std::make_unique<Ingest>(model);
        m_decoder.setPacketSink(m_wire.get());
        sim::WireOptions options;
        options.sources = sim::WireSources::Wire; // the records come as traces, or not at all
        options.snapLength = 96;                  // every header: nothing past them is read
        m_traffic = std::make_unique<sim::WireTraffic>(simulator, static_cast<sim::FrameConsumer *>(this), options);
    }
}

DemoFeed::~DemoFeed() = default;

void DemoFeed::setRecordObserver(ModelFeed::RecordObserver observer)
{
    if (m_traces)
        m_traces->setRecordObserver(std::move(observer));
}

void DemoFeed::finish()
{
    if (m_traffic)
        m_traffic->finish();
    if (m_wire)
        m_wire->flushProgress();
}

void DemoFeed::frame(qint64 utcUs, QByteArrayView captured, qint64 originalLength)
{
    if (m_decoder.decodeFrame(kLinkEthernet, captured, utcUs, &m_found, originalLength)
        && m_found.channel == ReceivedDatagram::Channel::Pfs)
        m_broadcasts->receive(m_found);
}

void DemoFeed::record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record)
{
    if (m_traces)
        m_traces->record(timeUs, phone, record);
}

void DemoFeed::parsedRecord(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record, bool parsed,
                            const DLoadEvent &event)
{
    if (m_traces)
        m_traces->parsedRecord(timeUs, phone, record, parsed, event);
}

void DemoFeed::broadcast(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &payload)
{
    if (m_traces)
        m_traces->broadcast(timeUs, phone, payload);
    if (m_traffic)
        m_traffic->broadcast(timeUs, phone, payload);
}

void DemoFeed::configRequested(qint64 timeUs, const sim::SimPhone &phone)
{
    if (m_traffic)
        m_traffic->configRequested(timeUs, phone);
}

void DemoFeed::transferStarted(qint64 timeUs, const sim::TransferStart &transfer)
{
    if (m_traffic)
        m_traffic->transferStarted(timeUs, transfer);
}

void DemoFeed::transferProgress(qint64 timeUs, int transfer, qint64 bytes)
{
    if (m_traffic)
        m_traffic->transferProgress(timeUs, transfer, bytes);
}

void DemoFeed::transferEnded(qint64 timeUs, int transfer, qint64 bytes, sim::TransferEnd how)
{
    if (m_traffic)
        m_traffic->transferEnded(timeUs, transfer, bytes, how);
}

void DemoFeed::transferAbandoned(qint64 timeUs, int transfer)
{
    if (m_traffic)
        m_traffic->transferAbandoned(timeUs, transfer);
}

void DemoFeed::timeReached(qint64 timeUs)
{
    if (m_traffic)
        m_traffic->timeReached(timeUs);
}

} // namespace pfs
