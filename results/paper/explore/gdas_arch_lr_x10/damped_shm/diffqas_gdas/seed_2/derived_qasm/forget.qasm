// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001368154333) q[0];
rz(pi*-0.005701669386) q[1];
rz(pi*-0.001691037593) q[2];
rz(pi*0.002428689426) q[3];
rz(pi*-0.000269074602) q[4];
rz(pi*0.000731441519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003439028113) q[0];
rz(pi*0.00045588437) q[1];
rz(pi*0.002317814912) q[2];
rz(pi*0.0001160277) q[3];
rz(pi*0.006073394724) q[4];
rz(pi*-0.000661431117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003314717485) q[0];
rz(pi*-0.005149173486) q[1];
rz(pi*0.003666951289) q[2];
rz(pi*-0.000187857735) q[3];
rz(pi*0.003220087052) q[4];
rz(pi*0.001456807313) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005172804044) q[0];
rz(pi*0.004030141855) q[1];
rz(pi*-0.001201783494) q[2];
rz(pi*0.000871804797) q[3];
rz(pi*0.003454843974) q[4];
rz(pi*-0.003934548258) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004618350394) q[0];
rz(pi*0.0038578948) q[1];
rz(pi*0.003128751651) q[2];
rz(pi*-0.000639584443) q[3];
rz(pi*0.00096174407) q[4];
rz(pi*-0.003556284141) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
