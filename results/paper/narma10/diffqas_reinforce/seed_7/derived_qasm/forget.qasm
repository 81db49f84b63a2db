// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000179886031) q[0];
ry(pi*0.00015221967) q[1];
ry(pi*8.193323e-06) q[2];
ry(pi*-0.000922733285) q[3];
ry(pi*1.1250096e-05) q[4];
ry(pi*1.103957e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000249005474) q[0];
ry(pi*-0.005906821114) q[1];
ry(pi*-9.018451e-06) q[2];
ry(pi*-5.698062e-06) q[3];
ry(pi*0.007617456814) q[4];
ry(pi*-0.003467258376) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.1764717e-05) q[0];
ry(pi*-2.111221e-05) q[1];
ry(pi*0.00151832452) q[2];
ry(pi*-3.441441e-06) q[3];
ry(pi*-0.00388549333) q[4];
ry(pi*-9.251961e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000685675991) q[0];
ry(pi*7.805354e-06) q[1];
ry(pi*1.477244e-06) q[2];
ry(pi*-1.5833423e-05) q[3];
ry(pi*-1.5396149e-05) q[4];
ry(pi*3.7124002e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.834757e-06) q[0];
ry(pi*-0.002476572343) q[1];
ry(pi*-0.000667563687) q[2];
ry(pi*0.003010087194) q[3];
ry(pi*1.8819732e-05) q[4];
ry(pi*0.005903668673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
