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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.04912208018) q[0];
rx(pi*-0.09392582069) q[1];
rx(pi*0.001914790766) q[2];
rx(pi*0.004609306026) q[3];
rx(pi*-0.003965518601) q[4];
rx(pi*0.002367942245) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.173837326432) q[0];
rx(pi*-0.092812642151) q[1];
rx(pi*0.00073155958) q[2];
rx(pi*-0.001729222471) q[3];
rx(pi*-0.003429481857) q[4];
rx(pi*-0.000197015625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053862857565) q[0];
rx(pi*-0.093920318593) q[1];
rx(pi*-0.002803696308) q[2];
rx(pi*0.00173619629) q[3];
rx(pi*-0.003297295166) q[4];
rx(pi*-0.000968666529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.169053746529) q[0];
rx(pi*-0.090150537977) q[1];
rx(pi*-0.004675293835) q[2];
rx(pi*-0.001317915683) q[3];
rx(pi*0.003763793529) q[4];
rx(pi*-0.002095599717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.056147664936) q[0];
rx(pi*-0.093330645595) q[1];
rx(pi*-0.000837456416) q[2];
rx(pi*0.0026570844) q[3];
rx(pi*-0.002929680096) q[4];
rx(pi*0.000607688993) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
