// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "sim/modelfeed.h"

#include "protocol/dloadparser.h"

namespace pfs {

ModelFeed::ModelFeed(RolloutModel *model, qint64 startUtcMs)
    : m_model(model)
    , m_startUtcMs(startUtcMs)
{
}

void ModelFeed::record(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record)
{
    DLoadEvent event;
    const bool parsed = DLoadParser::parse(record, event);
    parsedRecord(timeUs, phone, record, parsed, event);
}

void ModelFeed::parsedRecord(qint64 timeUs, const sim::SimPhone &phone, const QByteArray &record, bool parsed,
                             const DLoadEvent &event)
{
    if (!parsed || (m_verifiedOnly && event.grammar != Grammar::Verified))
        return;
    ++m_records;
    m_origin.host = phone.host;
    const qint64 ms = m_startUtcMs + timeUs / 1000;
    m_model->apply(event, m_origin, ms);
    if (m_observer)
        m_observer(record, event, m_origin, ms);
}

void ModelFeed::broadcast(qint64, const sim::SimPhone &, const QByteArray &)
{
    ++m_broadcasts;
}

} // namespace pfs
