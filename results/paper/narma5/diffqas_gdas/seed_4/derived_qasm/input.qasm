// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.00498875179) q[0];
ry(pi*0.00119214393) q[1];
ry(pi*0.002301886994) q[2];
ry(pi*-0.00061627557) q[3];
ry(pi*-0.000732861289) q[4];
ry(pi*-0.000894397412) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001459396204) q[0];
ry(pi*-0.000634021426) q[1];
ry(pi*-0.001848738034) q[2];
ry(pi*-0.000748129237) q[3];
ry(pi*0.000759496655) q[4];
ry(pi*0.003444464991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003283050486) q[0];
ry(pi*-0.000907208389) q[1];
ry(pi*-0.002355554523) q[2];
ry(pi*-0.000279132678) q[3];
ry(pi*0.002088678815) q[4];
ry(pi*0.003879295467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003987791717) q[0];
ry(pi*-0.001432848438) q[1];
ry(pi*0.002202560806) q[2];
ry(pi*-0.003491421356) q[3];
ry(pi*0.001308212605) q[4];
ry(pi*0.002478826987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003941476276) q[0];
ry(pi*-0.00228471221) q[1];
ry(pi*-0.003867236507) q[2];
ry(pi*-0.007205492057) q[3];
ry(pi*-0.000271496147) q[4];
ry(pi*-0.000884731686) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
