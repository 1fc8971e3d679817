// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/models/phonetablemodel.h"

#include "export/displayformat.h"
#include "protocol/ipv4.h"
#include "protocol/visibletext.h"
#include "render/phonestate.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <utility>

namespace pfs {

// A row's facts, taken from the snapshot once per tick, and the text its
// cells show, made from them only when they changed. Comparing the facts of
// two snapshots tells which cells changed without making any text.
struct PhoneRow {
    QByteArray host; // Name
    quint32 address = 0;
    QString model;
    quint8 roles = 0; // bit per TreeRole; kNotInPfs
    PhoneId parent = kNoPhone;
    QByteArray parentHost; // its name, as the Parent column shows it
    quint32 parentAddress = 0;
    bool hasComponent = false;
    QString file; // the current component's
    Progress progress;
    ComponentState sourceState = ComponentState::Waiting;
    bool fromTftp = false;
    quint32 peer = 0;
    QByteArray peerHost; // the peer's name, as the Source column shows it
    Provenance from = Provenance::None;
    PhoneState state = PhoneState::NotHeard;
    qint64 sinceMs = -1;
    TimeLeft eta;
    qint64 endS = -1; // when its load should be whole (clock plus time left), in seconds: Time left's key
    qint64 lastHeardMs = -1;
    PhoneHealth health;
    RolloutBucket bucket = RolloutBucket::NotHeard;
    // The values the facts were taken from, compared by address only (never
    // read): the same object, the same value (see refreshUnchanged).
    const Phone *source = nullptr;
    const Phone *parentSource = nullptr;
    const Phone *peerSource = nullptr;
    // The text of the cells, made when read (PhoneTableModel::cellText); the
    // clock's columns have none.
    mutable std::array<QString, PhoneTableModel::ColumnCount> text;
    mutable quint16 textMade = 0; // bits by column
};

namespace {

constexpr quint8 kNotInPfs = 1u << 3;
constexpr quint16 kEveryColumn = (1u << PhoneTableModel::ColumnCount) - 1;

// Read against the snapshot's clock: only their keys (times) are cached.
// Time left counts down with the clock; its key is the time it ends.
bool readsTheClock(int column)
{
    return column == PhoneTableModel::ColumnInState || column == PhoneTableModel::ColumnLastHeard
        || column == PhoneTableModel::ColumnEta;
}

bool sameHealth(const PhoneHealth &a, const PhoneHealth &b)
{
    return a.troubled == b.troubled && a.worst == b.worst && a.worstKind == b.worstKind && a.silent == b.silent
        && a.count == b.count;
}

bool sameProgress(const Progress &a, const Progress &b)
{
    return a.doneBytes == b.doneBytes && a.totalBytes == b.totalBytes && a.components == b.components
        && a.completeComponents == b.completeComponents;
}

// Whether the facts a column is made from differ (Time left: its forecast).
bool factsDiffer(const PhoneRow &a, const PhoneRow &b, int column)
{
    switch (column) {
    case PhoneTableModel::ColumnName: return a.host != b.host || a.address != b.address;
    case PhoneTableModel::ColumnAddress: return a.address != b.address;
    case PhoneTableModel::ColumnModel: return a.model != b.model;
    case PhoneTableModel::ColumnRole: return a.roles != b.roles;
    case PhoneTableModel::ColumnParent:
        return a.parent != b.parent || a.parentHost != b.parentHost || a.parentAddress != b.parentAddress;
    case PhoneTableModel::ColumnComponent: return a.hasComponent != b.hasComponent || a.file != b.file;
    case PhoneTableModel::ColumnProgress:
    case PhoneTableModel::ColumnReceived: return !sameProgress(a.progress, b.progress);
    case PhoneTableModel::ColumnSource:
        return a.hasComponent != b.hasComponent || a.sourceState != b.sourceState || a.fromTftp != b.fromTftp
            || a.peer != b.peer || a.peerHost != b.peerHost || a.from != b.from;
    case PhoneTableModel::ColumnState: return a.state != b.state || a.bucket != b.bucket;
    case PhoneTableModel::ColumnInState: return a.sinceMs != b.sinceMs;
    case PhoneTableModel::ColumnEta: return a.endS != b.endS;
    case PhoneTableModel::ColumnLastHeard: return a.lastHeardMs != b.lastHeardMs;
    }
    return true;
}

// A phone's roles as bits, to compare: PhoneStateStyle::roles() words them.
quint8 roleBits(const Phone &phone, const RolloutModel &model, HierarchyId hierarchy)
{
    if (!model.usesPfs(phone))
        return kNotInPfs;
    quint8 bits = 0;
    const auto add = [&](HierarchyId id) {
        TreeRole role;
        if (const Hierarchy *h = model.hierarchy(id); h && treeRole(phone, *h, model, &role))
            bits |= quint8(1u << unsigned(role));
    };
    if (hierarchy)
        add(hierarchy);
    else
        for (const HierarchyId id : phone.hierarchies)
            add(id);
    return bits;
}

} // namespace

PhoneTableModel::PhoneTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

PhoneTableModel::~PhoneTableModel() = default;

void PhoneTableModel::setSnapshot(std::shared_ptr<const EngineSnapshot> snapshot)
{
    const bool reset
        = !m_snapshot || !snapshot || snapshot->model->phones().size() < m_snapshot->model->phones().size();
    const bool clockMoved = m_snapshot && snapshot && snapshot->clockMs != m_snapshot->clockMs;
    // The previous snapshot stays alive until the rows are compared: a row's
    // facts are values, but holding it keeps that true of anything added later.
    const std::shared_ptr<const EngineSnapshot> previous = std::exchange(m_snapshot, std::move(snapshot));
    static const PhoneList kNoPhones; // both sides lvalues: the snapshot's list is not copied
    const PhoneList &phones = m_snapshot ? m_snapshot->model->phones() : kNoPhones;
    m_rowsChanged = 0;
    if (reset) {
        beginResetModel();
        m_ids.clear();
        m_rows.clear();
        m_rowOf.clear();
        m_phonesSeen = 0;
        // Room for every phone: a table filled in parts grows without moving its rows.
        m_ids.reserve(qsizetype(phones.size()));
        m_rows.reserve(phones.size());
        m_rowOf.reserve(qsizetype(phones.size()));
        appendNewRows(phones, true);
        endResetModel();
    } else {
        removeMergedRows(phones);
        refreshRows(previous.get());
        appendNewRows(phones, false);
    }
    if (clockMoved)
        Q_EMIT this->clockMoved();
}

void PhoneTableModel::removeMergedRows(const PhoneList &phones)
{
    // A phone merged into another since the last snapshot: its row goes.
    bool removed = false;
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (phones[size_t(m_ids[row])].merged) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
            removed = true;
        }
    }
    if (removed) {
        m_rowOf.clear();
        for (int row = 0; row < m_ids.size(); ++row)
            m_rowOf.insert(m_ids[row], row);
    }
}

// Phones are only ever appended to the model: those past the ones seen are
// new. At most m_rowsPerFill of them are listed; the others wait for fillMore.
void PhoneTableModel::appendNewRows(const PhoneList &phones, bool reset)
{
    QList<PhoneId> added;
    size_t next = m_phonesSeen;
    for (; next < phones.size() && (m_rowsPerFill <= 0 || added.size() < m_rowsPerFill); ++next) {
        if (!phones[next].merged)
            added.append(phones[next].id);
    }
    m_phonesSeen = next;
    if (added.isEmpty())
        return;
    const int first = int(m_ids.size());
    if (!reset)
        beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const PhoneId id : std::as_const(added)) {
        const Phone &phone = phones[size_t(id)];
        PhoneRow row = factsOf(phone);
        m_rowOf.insert(id, int(m_ids.size()));
        m_ids.append(id);
        m_rows.push_back(std::move(row));
    }
    if (!reset)
        endInsertRows();
}

bool PhoneTableModel::filling() const
{
    return m_snapshot && m_phonesSeen < m_snapshot->model->phones().size();
}

void PhoneTableModel::fillMore()
{
    if (filling())
        appendNewRows(m_snapshot->model->phones(), false);
}

// Each row's facts again; the cells whose text or key changed are told.
void PhoneTableModel::refreshRows(const EngineSnapshot *previous)
{
    if (!m_snapshot)
        return;
    const PhoneList &phones = m_snapshot->model->phones();
    std::vector<quint16> changed(m_rows.size(), 0);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Phone &phone = phones[size_t(m_ids[qsizetype(i)])];
        if (previous && refreshUnchanged(m_rows[i], phone, *previous->model, changed[i]))
            continue;
        PhoneRow row = factsOf(phone);
        changed[i] = updateTexts(row, m_rows[i]);
        m_rows[i] = std::move(row);
    }
    tellChanged(changed);
}

// The model shares every phone and hierarchy it did not change with the
// previous snapshot, which is still held (rolloutmodel.h, SharedValues): the
// same object is the same value. A phone whose own value, trees (its files',
// its current file's, the chosen one), parent and peer are the objects its
// row's facts were taken from has the same facts but for its findings and
// forecast, looked up afresh.
bool PhoneTableModel::refreshUnchanged(PhoneRow &row, const Phone &phone, const RolloutModel &before,
                                       quint16 &changed) const
{
    const RolloutModel &model = *m_snapshot->model;
    if (row.source != &phone || row.parentSource != model.phone(row.parent)
        || row.peerSource != (row.hasComponent ? model.phone(model.phoneByAddress(row.peer)) : nullptr))
        return false;
    const auto sameTree = [&](HierarchyId id) { return before.hierarchy(id) == model.hierarchy(id); };
    const ComponentProgress *current = currentComponent(phone);
    if (!sameTree(m_hierarchy) || (current && !sameTree(current->hierarchy))
        || !std::all_of(phone.hierarchies.cbegin(), phone.hierarchies.cend(), sameTree))
        return false;
    const PhoneHealth health = m_snapshot->findingIndex.of(phone.id);
    if (!sameHealth(health, row.health))
        return false;
    const TimeLeft eta = phone.heardFrom == 0 ? TimeLeft() : m_snapshot->forecast.phone(phone.id).load;
    const qint64 endS = endSeconds(eta);
    changed = endS != row.endS ? quint16(1u << ColumnEta) : 0;
    row.eta = eta;
    row.endS = endS;
    return true;
}

// One dataChanged per column, from its first changed row to its last
// (neighbouring columns with the same span in one). Never two for one
// column: the proxy re-sorts the rows of a signal among the others, which
// must already be in order by the keys they now have.
void PhoneTableModel::tellChanged(const std::vector<quint16> &changedColumns)
{
    std::array<std::pair<int, int>, ColumnCount> spans;
    spans.fill({-1, -1});
    for (size_t row = 0; row < changedColumns.size(); ++row) {
        if (!changedColumns[row])
            continue;
        ++m_rowsChanged;
        for (int column = 0; column < ColumnCount; ++column) {
            if (!(changedColumns[row] & (1u << column)))
                continue;
            auto &[first, last] = spans[size_t(column)];
            first = first < 0 ? int(row) : first;
            last = int(row);
        }
    }
    for (int column = 0; column < ColumnCount;) {
        int last = column;
        while (last + 1 < ColumnCount && spans[size_t(last + 1)] == spans[size_t(column)])
            ++last;
        if (const auto [top, bottom] = spans[size_t(column)]; top >= 0)
            Q_EMIT dataChanged(index(top, column), index(bottom, last));
        column = last + 1;
    }
}

// In whole seconds: a forecast made again each tick moves by milliseconds.
qint64 PhoneTableModel::endSeconds(const TimeLeft &left) const
{
    return left.highMs < 0 ? -1 : (m_snapshot->clockMs + left.highMs) / 1000;
}

PhoneRow PhoneTableModel::factsOf(const Phone &phone) const
{
    const RolloutModel &model = *m_snapshot->model;
    PhoneRow row;
    row.host = phone.host;
    row.address = phone.address;
    row.model = phone.model;
    row.roles = roleBits(phone, model, m_hierarchy);
    row.parent = parentOf(phone);
    if (const Phone *parent = model.phone(row.parent)) {
        row.parentHost = parent->host;
        row.parentAddress = parent->address;
    }
    if (const ComponentProgress *c = currentComponent(phone)) {
        row.hasComponent = true;
        row.file = c->file;
        row.sourceState = c->state;
        row.fromTftp = c->fromTftp;
        row.peer = c->peer;
        row.from = c->progressFrom;
        if (const Phone *peer = model.phone(model.phoneByAddress(c->peer)))
            row.peerHost = peer->host;
    }
    row.progress = phone.progress();
    row.health = m_snapshot->findingIndex.of(phone.id);
    row.state = phoneState(phone, model, row.health);
    row.sinceMs = stateSinceMs(phone, row.state);
    row.eta = phone.heardFrom == 0 ? TimeLeft() : m_snapshot->forecast.phone(phone.id).load;
    row.endS = endSeconds(row.eta);
    row.source = &phone;
    row.parentSource = model.phone(row.parent);
    row.peerSource = row.hasComponent ? model.phone(model.phoneByAddress(row.peer)) : nullptr;
    row.lastHeardMs = phone.lastHeardMs;
    row.bucket = rolloutBucket(phone, model, row.health.troubled);
    return row;
}

// Keeps the text made of the cells whose facts did not change since
// `before` (a default row: every cell changed), but for those in `remake`
// (bits by column). Returns the cells that changed, as bits by column; every
// cell when the phone's findings changed (its row's tint and tooltip). The
// text of a changed cell is made again when it is next read (cellText).
quint16 PhoneTableModel::updateTexts(PhoneRow &row, const PhoneRow &before, quint16 remake) const
{
    quint16 changed = sameHealth(row.health, before.health) ? 0 : kEveryColumn;
    row.textMade = 0;
    for (int column = 0; column < ColumnCount; ++column) {
        const quint16 bit = quint16(1u << column);
        if ((remake & bit) || factsDiffer(row, before, column)) {
            changed |= bit;
        } else if (before.textMade & bit) {
            row.text[size_t(column)] = before.text[size_t(column)];
            row.textMade |= bit;
        }
    }
    return changed;
}

// A cell's text, made from its row's facts the first time it is read after
// they changed: a tick makes no text but for the rows drawn and the column
// sorted on.
const QString &PhoneTableModel::cellText(int row, int column) const
{
    const PhoneRow &cached = m_rows[size_t(row)];
    const quint16 bit = quint16(1u << column);
    if (!(cached.textMade & bit)) {
        cached.text[size_t(column)] = text(cached, phoneAtRow(row), column);
        cached.textMade |= bit;
    }
    return cached.text[size_t(column)];
}

// The text of a cell that does not read the clock.
QString PhoneTableModel::text(const PhoneRow &row, const Phone &phone, int column) const
{
    const RolloutModel &model = *m_snapshot->model;
    switch (column) {
    case ColumnName: return phone.displayName();
    case ColumnAddress: return phone.address ? formatIpv4(phone.address) : QString();
    case ColumnModel: return visibleText(phone.model);
    case ColumnRole: return role(phone);
    case ColumnParent: return PhoneStateStyle::peerName(model, row.parent);
    case ColumnComponent: return row.hasComponent ? visibleText(row.file) : QString();
    case ColumnProgress: return DisplayFormat::share(row.progress.fraction(), m_locale);
    case ColumnReceived: return DisplayFormat::sizeOf(row.progress, m_locale);
    case ColumnSource: {
        const ComponentProgress *c = currentComponent(phone);
        return c ? PhoneStateStyle::source(*c, model) : QString();
    }
    case ColumnState: return PhoneStateStyle::name(row.state);
    }
    return {};
}

// What the proxy sorts on and the progress delegate draws: a number where
// the column is one, else the cell's text.
QVariant PhoneTableModel::key(int rowIndex, int column) const
{
    const PhoneRow &row = m_rows[size_t(rowIndex)];
    switch (column) {
    case ColumnAddress: return row.address;
    case ColumnProgress: return row.progress.fraction();
    case ColumnReceived: return row.progress.doneBytes;
    case ColumnState: return int(row.state);
    case ColumnInState: return row.sinceMs;
    case ColumnEta: return row.endS;
    case ColumnLastHeard: return row.lastHeardMs;
    default: return cellText(rowIndex, column);
    }
}

bool PhoneTableModel::keyLess(int left, int right, int column, Qt::CaseSensitivity cs, bool localeAware) const
{
    const PhoneRow &a = m_rows[size_t(left)];
    const PhoneRow &b = m_rows[size_t(right)];
    switch (column) {
    case ColumnAddress: return a.address < b.address;
    case ColumnProgress: return a.progress.fraction() < b.progress.fraction();
    case ColumnReceived: return a.progress.doneBytes < b.progress.doneBytes;
    case ColumnState: return int(a.state) < int(b.state);
    case ColumnInState: return a.sinceMs < b.sinceMs;
    case ColumnEta: return a.endS < b.endS;
    case ColumnLastHeard: return a.lastHeardMs < b.lastHeardMs;
    default: {
        const QString &l = cellText(left, column);
        const QString &r = cellText(right, column);
        return localeAware ? l.localeAwareCompare(r) < 0 : l.compare(r, cs) < 0;
    }
    }
}

QVariant PhoneTableModel::liveText(const PhoneRow &row, const Phone &phone, int column) const
{
    const qint64 now = m_snapshot->clockMs;
    if (column == ColumnInState)
        return row.sinceMs < 0 || now < row.sinceMs
            ? QString()
            : DisplayFormat::duration(double(now - row.sinceMs) / 1000, m_locale);
    if (column == ColumnEta)
        return phone.heardFrom == 0 ? QString() : DisplayFormat::timeLeft(row.eta, m_locale);
    return phone.lastHeardMs < 0 ? QString() : DisplayFormat::lastHeard(phone, now, m_locale);
}

// Role and Parent both depend on the file chosen: both are told (Parent
// was not, and kept the previous hierarchy's parents until the next tick).
void PhoneTableModel::setHierarchy(HierarchyId hierarchy)
{
    static_assert(ColumnParent == ColumnRole + 1, "one range for the columns the hierarchy changes");
    m_hierarchy = hierarchy;
    refreshColumns((1u << ColumnRole) | (1u << ColumnParent));
}

void PhoneTableModel::retranslate()
{
    m_locale = QLocale();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    refreshColumns(kEveryColumn);
}

// Remakes the text of `columns` in every row and tells them all; the
// snapshot is the same, so no other cell changed.
void PhoneTableModel::refreshColumns(quint16 columns)
{
    if (!m_snapshot || m_ids.isEmpty())
        return;
    const PhoneList &phones = m_snapshot->model->phones();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Phone &phone = phones[size_t(m_ids[qsizetype(i)])];
        PhoneRow row = factsOf(phone);
        updateTexts(row, m_rows[i], columns);
        m_rows[i] = std::move(row);
    }
    int first = 0;
    while (!(columns & (1u << first)))
        ++first;
    int last = ColumnCount - 1;
    while (!(columns & (1u << last)))
        --last;
    Q_EMIT dataChanged(index(0, first), index(int(m_ids.size()) - 1, last));
}

int PhoneTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PhoneTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnName: return tr("Phone");
    case ColumnAddress: return tr("Address");
    case ColumnModel: return tr("Model");
    case ColumnRole: return tr("Role");
    case ColumnParent: return tr("Parent");
    case ColumnComponent: return tr("Component");
    case ColumnProgress: return tr("Progress");
    case ColumnReceived: return tr("Received");
    case ColumnSource: return tr("Source");
    case ColumnState: return tr("State");
    case ColumnLastHeard: return tr("Last heard");
    case ColumnInState: return tr("In state");
    case ColumnEta: return tr("Time left");
    }
    return {};
}

QVariant PhoneTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot || index.row() >= m_ids.size())
        return {};
    const PhoneRow &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return readsTheClock(column) ? liveText(row, phoneAtRow(index.row()), column)
                                     : QVariant(cellText(index.row(), column));
    case RawRole: return key(index.row(), column);
    case PhoneIdRole: return m_ids[index.row()];
    case BucketRole: return int(row.bucket);
    case Qt::TextAlignmentRole:
        return column == ColumnReceived ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DecorationRole: return column == ColumnState ? QVariant(PhoneStateStyle::colour(row.state)) : QVariant();
    case Qt::BackgroundRole: return troubleTint(row.health);
    case Qt::ToolTipRole: {
        const QVariant tip = troubleTip(row.health);
        if (column != ColumnParent && column != ColumnSource)
            return tip;
        const QVariant peer = peerTip(phoneAtRow(index.row()), column);
        return tip.isValid() && peer.isValid()
            ? QVariant(QStringLiteral("%1 · %2").arg(peer.toString(), tip.toString()))
            : peer.isValid() ? peer
                             : tip;
    }
    default: return {};
    }
}

const Phone &PhoneTableModel::phoneAtRow(int row) const
{
    return m_snapshot->model->phones()[size_t(m_ids[row])];
}

// A light wash of the worst finding's colour over the whole row.
QVariant PhoneTableModel::troubleTint(const PhoneHealth &health)
{
    QColor colour = PhoneStateStyle::troubleColour(health);
    if (!colour.isValid())
        return {};
    colour.setAlpha(60);
    return colour;
}

QVariant PhoneTableModel::troubleTip(const PhoneHealth &health)
{
    if (!health.troubled)
        return {};
    //: %1: the worst problem found ("stalled"); %2: how many problems the phone has
    return tr("%1 (%Ln problem(s): see the Problems tab)", nullptr, health.count)
        .arg(Health::kindName(health.worstKind));
}

QString PhoneTableModel::role(const Phone &phone) const
{
    return PhoneStateStyle::roles(phone, *m_snapshot->model, m_hierarchy);
}

// Its parent in the chosen file, else in the file it is fetching.
PhoneId PhoneTableModel::parentOf(const Phone &phone) const
{
    const RolloutModel &model = *m_snapshot->model;
    const ComponentProgress *c = currentComponent(phone);
    const Hierarchy *h = model.hierarchy(m_hierarchy ? m_hierarchy : (c ? c->hierarchy : kNoHierarchy));
    return h ? h->parent(phone.id) : kNoPhone;
}

// Parent and Source name a peer alike; their tooltip adds its address (one
// line: a tooltip with a line break is refused for text from the network).
QVariant PhoneTableModel::peerTip(const Phone &phone, int column) const
{
    const RolloutModel &model = *m_snapshot->model;
    if (column == ColumnParent) {
        const PhoneId parent = parentOf(phone);
        return parent != kNoPhone ? QVariant(PhoneStateStyle::peerNameAndAddress(model, parent)) : QVariant();
    }
    const ComponentProgress *c = currentComponent(phone);
    return c && c->state != ComponentState::Waiting ? QVariant(PhoneStateStyle::source(*c, model, true)) : QVariant();
}

PhoneFilterProxy::PhoneFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void PhoneFilterProxy::setBucket(std::optional<RolloutBucket> bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    invalidateRowsFilter();
}

QString PhoneFilterProxy::bucketName(RolloutBucket bucket)
{
    switch (bucket) {
    case RolloutBucket::Done: return tr("done");
    case RolloutBucket::InProgress: return tr("in progress");
    case RolloutBucket::Waiting: return tr("waiting");
    case RolloutBucket::InTrouble: return tr("in trouble");
    case RolloutBucket::NotHeard: return tr("not heard");
    }
    return {};
}

bool PhoneFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *table = qobject_cast<const PhoneTableModel *>(sourceModel());
    if (!table || sortRole() != PhoneTableModel::RawRole || left.column() != right.column())
        return QSortFilterProxyModel::lessThan(left, right);
    return table->keyLess(left.row(), right.row(), left.column(), sortCaseSensitivity(), isSortLocaleAware());
}

bool PhoneFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_bucket
        && sourceModel()->index(sourceRow, 0, sourceParent).data(PhoneTableModel::BucketRole).toInt() != int(*m_bucket))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace pfs
