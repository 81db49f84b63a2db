// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.167556682899) q[0];
ry(pi*0.068902806051) q[1];
ry(pi*-0.061442569876) q[2];
ry(pi*0.0873137612) q[3];
ry(pi*-0.016502631125) q[4];
ry(pi*-0.014013797941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.171000464278) q[0];
ry(pi*-0.309950683277) q[1];
ry(pi*0.117611721449) q[2];
ry(pi*-0.063541358942) q[3];
ry(pi*0.027731234448) q[4];
ry(pi*0.000602579766) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16115861703) q[0];
ry(pi*-0.016967724319) q[1];
ry(pi*-0.140984875434) q[2];
ry(pi*-0.060051118046) q[3];
ry(pi*-0.062128491623) q[4];
ry(pi*-0.01982547784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.16505723209) q[0];
ry(pi*-0.188997026159) q[1];
ry(pi*-0.281522696014) q[2];
ry(pi*0.377411475126) q[3];
ry(pi*0.107498971823) q[4];
ry(pi*0.0184375834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.043442256135) q[0];
ry(pi*0.089630969281) q[1];
ry(pi*-0.014021938435) q[2];
ry(pi*0.115645736873) q[3];
ry(pi*-0.368526992727) q[4];
ry(pi*-0.006742219654) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
