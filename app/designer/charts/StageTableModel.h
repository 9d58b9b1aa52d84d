// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "model/analysis/StageTable.h"

#include <QAbstractTableModel>

#include <vector>

namespace headroom::designer {

// The project's stages as a read-only table: one row per stage, in project order, with the
// figures of the CLI's `stages` command formatted for people. Numbers are right-aligned, a
// missing value shows "—", and every header and cell has a tooltip saying what it is and how it
// is computed. The 1-yr and 3-yr cells end in " †" when committable lines are on demand in the
// figure (no price for the term in the price books), and their tooltip lists those lines.
// Qt::UserRole gives the raw number (users, USD, fraction; never the mark) for sorting and tests.
class StageTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StageColumn,
        UsersColumn,
        PeakRateColumn,
        MonthlyCostColumn,
        OneYearColumn,
        ThreeYearColumn,
        CostPerUserColumn,
        BottleneckColumn,
        UtilizationColumn,
        AvailabilityColumn,
        NinesColumn,
        SlaFloorColumn,
        ColumnCount
    };

    explicit StageTableModel(QObject *parent = nullptr);

    void setRows(std::vector<StageRow> rows);
    const std::vector<StageRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const StageRow &row, int column) const;
    QVariant rawValue(const StageRow &row, int column) const;
    QString cellToolTip(const StageRow &row, int column) const;
    static QString columnTitle(int column);
    static QString columnDescription(int column);

    std::vector<StageRow> m_rows;
};

} // namespace headroom::designer
