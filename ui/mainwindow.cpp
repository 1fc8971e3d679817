#include "mainwindow.h"

#include <QLabel>

namespace pfs {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("pfsmon"));
    auto *label = new QLabel(tr("The live console is not built yet: run pfsmon --headless --import FILE."), this);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(800, 500);
}

} // namespace pfs
