// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.250000006957) q[0];
rx(pi*-0.031517884209) q[1];
rx(pi*-0.250000006957) q[2];
rx(pi*-0.249999987984) q[3];
rx(pi*-0.25000002593) q[4];
rx(pi*-0.210433498978) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*6.956e-09) q[0];
rx(pi*-0.249999987984) q[1];
rx(pi*-0.026298419657) q[2];
rx(pi*-0.226194995288) q[3];
rx(pi*0.500000013914) q[4];
rx(pi*1.127e-09) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.035315405355) q[0];
rx(pi*0.25000002593) q[1];
rx(pi*0.030541584558) q[2];
rx(pi*-0.249999969011) q[3];
rx(pi*-0.417940186005) q[4];
rx(pi*-0.249999987984) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.249999987984) q[0];
rx(pi*-0.250000044902) q[1];
rx(pi*1.645e-09) q[2];
rx(pi*-0.25000002593) q[3];
rx(pi*0.249999969011) q[4];
rx(pi*0.209871829755) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.188629675818) q[0];
rx(pi*-0.575118813861) q[1];
rx(pi*0.197155459449) q[2];
rx(pi*0.156486909934) q[3];
rx(pi*1.101e-09) q[4];
rx(pi*-0.001866030063) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
