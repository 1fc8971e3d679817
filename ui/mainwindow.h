#pragma once

#include <QMainWindow>

namespace pfs {

// The console's main window. A first frame: the live views come with the
// main-window issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace pfs
