// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.007550196644) q[0];
ry(pi*-0.030118670154) q[1];
ry(pi*0.112411993297) q[2];
ry(pi*-0.002417721696) q[3];
ry(pi*-0.500084252914) q[4];
ry(pi*-0.1476126159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.026709616018) q[0];
ry(pi*0.497552339734) q[1];
ry(pi*0.045882464539) q[2];
ry(pi*0.288706613092) q[3];
ry(pi*0.285926707127) q[4];
ry(pi*-0.187898276394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00381332159) q[0];
ry(pi*0.002728056114) q[1];
ry(pi*0.00041741253) q[2];
ry(pi*0.003281446104) q[3];
ry(pi*-0.000193113445) q[4];
ry(pi*0.089548361937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006893888985) q[0];
ry(pi*-0.000931202541) q[1];
ry(pi*-0.017780483628) q[2];
ry(pi*-0.022380917227) q[3];
ry(pi*0.073239971431) q[4];
ry(pi*0.067334030179) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003393078194) q[0];
ry(pi*0.018046552699) q[1];
ry(pi*0.047946054415) q[2];
ry(pi*0.002271485537) q[3];
ry(pi*0.004200654385) q[4];
ry(pi*-0.001548643119) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
